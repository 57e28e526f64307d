package org.briefkit.graph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefkit.config.SiteConfig;
import org.briefkit.config.SiteConfigParser;
import org.briefkit.model.Entry;
import org.briefkit.parse.EntryParser;
import org.briefkit.parse.MarkdownRenderer;

/**
 * A site's files parsed as the build parses them, for the graph's tests: {@code site.yml} and
 * every file under {@code content/}, given as one text block with {@code -- path --} lines.
 */
record Parsed(SiteConfig config, List<Entry> published, List<Entry> drafts) {
    /**
     * A methods toolkit: activities refer to authors (matched by title) and methods; one author
     * ({@code jd}, Jane Doe) and one method ({@code survey}, with two headings).
     */
    static final String TOOLKIT = """
            -- site.yml --
            title: Methods toolkit
            collections:
              activities:
                references: {authors: authors, methods: methods}
              authors:
                key: title
              methods: {}
            -- content/authors/jd.md --
            ---
            title: Jane Doe
            ---
            -- content/methods/survey.md --
            ---
            title: Survey
            ---
            ## Method steps
            ## Sampling
            """;

    static Parsed of(String files) {
        Map<String, StringBuilder> byPath = new TreeMap<>();
        StringBuilder text = null;
        for (String line : files.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                text = new StringBuilder();
                byPath.put(line.substring(3, line.length() - 3), text);
            } else if (text != null) {
                text.append(line).append('\n');
            }
        }
        StringBuilder site = byPath.remove("site.yml");
        SiteConfig config = SiteConfigParser.parse(site == null ? "title: Test\n" : site.toString()).config();
        EntryParser parser = new EntryParser(config, new MarkdownRenderer(false));
        List<Entry> published = new ArrayList<>();
        List<Entry> drafts = new ArrayList<>();
        byPath.forEach((path, body) -> {
            Entry e = parser.parse(path, body.toString().getBytes(StandardCharsets.UTF_8)).entry();
            (e.draft() ? drafts : published).add(e);
        });
        return new Parsed(config, published, drafts);
    }

    /** The index of the default language's tree, as {@link GraphBuilder} makes it. */
    EntryIndex index() {
        List<Entry> defaults = published.stream().filter(e -> e.lang().equals(config.defaultLanguage())).toList();
        return new EntryIndex(config, config.defaultLanguage(), "", defaults, drafts);
    }

    /** Every published entry, translations included, sorted by path. */
    List<Entry> all() {
        return published;
    }

    /** The published default-language entry with this ID. */
    Entry entry(String id) {
        return published.stream().filter(e -> e.id().equals(id) && e.lang().equals(config.defaultLanguage())).findFirst().orElseThrow();
    }
}
