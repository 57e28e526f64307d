package org.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefkit.diag.Diagnostic;
import org.briefkit.source.MemorySource;
import org.briefkit.source.ThemeSource;
import org.briefkit.testing.Corpus;
import org.briefkit.write.MemoryOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental rebuilds give exactly the site a full build gives: random sequences of edits (text,
 * titles, references, weights, new, deleted and renamed files, drafts, templates, messages,
 * site.yml) are applied, and after each one the incrementally rebuilt site is compared byte for
 * byte with a fresh full build of the same files.
 */
class IncrementalBuildTest {
    @TempDir
    Path tmp;

    private final BuildOptions options = new BuildOptions(false, false, 2, null);

    private MemorySource load(Path dir) throws Exception {
        MemorySource s = new MemorySource();
        try (Stream<Path> w = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) w.filter(Files::isRegularFile)::iterator) {
                s.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return s;
    }

    private Map<String, byte[]> full(MemorySource source, List<String> problems) {
        MemoryOutput out = new MemoryOutput();
        BuildResult r = new SiteBuilder(source, ThemeSource.builtIn(), options, BuildListener.NONE).build(out);
        r.diagnostics().forEach(d -> problems.add(d.headline()));
        return r.ok() ? new TreeMap<>(out.files()) : null;
    }

    @Test
    void randomEditSequencesMatchFullBuilds() throws Exception {
        MemorySource source = load(Corpus.write(tmp.resolve("c"), 40, 1));
        BuildCache cache = new BuildCache();
        BuildResult first = new SiteBuilder(source, ThemeSource.builtIn(), options, BuildListener.NONE, cache).build(null);
        assertTrue(first.ok(), first.diagnostics().toString());
        Random random = new Random(2026);
        int incrementalPages = 0;
        int fullPages = 0;
        int reusedGraphs = 0;
        for (int step = 0; step < 80; step++) {
            List<String> changed = edit(source, random, step);
            cache.changed(changed);
            SiteBuilder incremental = new SiteBuilder(source, ThemeSource.builtIn(), options, BuildListener.NONE, cache);
            BuildResult r = incremental.build(null);
            List<String> fullProblems = new ArrayList<>();
            Map<String, byte[]> expected = full(source, fullProblems);
            assertEquals(fullProblems, r.diagnostics().stream().map(Diagnostic::headline).toList(), "step " + step + " " + changed);
            if (expected == null) {
                continue;
            }
            Map<String, byte[]> actual = cache.site();
            assertEquals(expected.keySet(), actual.keySet(), "step " + step + " " + changed);
            for (String path : expected.keySet()) {
                assertTrue(Arrays.equals(expected.get(path), actual.get(path)), "step " + step + " " + changed + ": " + path
                        + " differs from a full build");
            }
            reusedGraphs += incremental.reusedGraph() ? 1 : 0;
            incrementalPages += incremental.renderedPages();
            fullPages += r.pages();
        }
        assertTrue(incrementalPages < fullPages * 7 / 10, "rebuilds render only what changed: " + incrementalPages + " of " + fullPages);
        assertTrue(reusedGraphs >= 3, "edits of text alone keep the graph: " + reusedGraphs);
    }

    /** One random edit; returns the paths it touched. */
    private static List<String> edit(MemorySource s, Random random, int step) {
        List<String> content = s.list("content", new org.briefkit.diag.Diagnostics()).stream().map(f -> f.path())
                .filter(p -> p.endsWith(".md")).toList();
        String path = content.get(random.nextInt(content.size()));
        String text = s.text(path);
        switch (random.nextInt(15)) {
            case 0 -> s.put(path, text.replaceFirst("(?m)^title: .*$", "title: Edited title " + step));
            case 1 -> s.put(path, text + "\nAn added sentence " + step + ".\n");
            case 2 -> s.put(path, text.replaceFirst("(?m)^weight: .*$", "weight: " + random.nextInt(20)));
            case 3 -> {
                String id = String.format("TP-9%03d", step);
                s.put("content/talking-points/" + id + ".md", "---\ntitle: New point " + step + "\ntheme: privacy\nproposals: [P-1.0]\n"
                        + "countries: [CAA]\n---\nSee [[P-2.0]].\n");
                return List.of("content/talking-points/" + id + ".md");
            }
            case 4 -> {
                if (path.contains("talking-points")) {
                    s.remove(path);
                    return List.of(path);
                }
                s.put(path, text.replace("\n---\n", "\nsummary: changed " + step + "\n---\n"));
            }
            case 5 -> {
                if (path.contains("talking-points")) {
                    String to = path.replace(".md", "-renamed" + step + ".md");
                    s.remove(path);
                    s.put(to, text);
                    return List.of(path, to);
                }
                s.put(path, text + "\n## A heading " + step + "\n");
            }
            case 6 -> s.put(path, text.replaceFirst("\n---\n", "\ndraft: " + (step % 2 == 0) + "\n---\n"));
            case 7 -> s.put(path, text.replaceFirst("proposals: \\[[^]]*]", "proposals: [P-" + (1 + random.nextInt(4)) + ".0]"));
            case 8 -> {
                s.put("templates/themes/entry.ftlh", "<#import \"../layout.ftlh\" as layout><@layout.base title=entry.title>"
                        + "<h1>${entry.title}</h1><p>${step}</p><ul><#list entry.referrers(\"talking-points\") as t><li>${t.title}</li></#list></ul>"
                        + "</@layout.base>".replace("${step}", "v" + step));
                return List.of("templates/themes/entry.ftlh");
            }
            case 9 -> {
                s.put("templates/i18n/en.properties", "home=Start " + step + "\n");
                return List.of("templates/i18n/en.properties");
            }
            case 10 -> {
                s.put("site.yml", "title: Generated briefing edited " + step + "\nbaseUrl: https://corpus.example/\n");
                return List.of("site.yml");
            }
            case 11 -> s.put(path, text.replaceFirst("\\[\\[[^]]*]]", "[[P-1.0]]"));
            // text alone: a word changed on its line, or a line inserted before the body's references
            case 12 -> s.put(path, text.replaceFirst("(?s)(\n---\n.*?)\\b(\\w{4,})\\b", "$1$2ed" + step));
            case 13 -> s.put(path, text.replaceFirst("\n---\n", "\n---\nA first line " + step + ".\n\n"));
            default -> s.put(path, text + "Closing words " + step + ".\n");
        }
        return List.of(path);
    }

    @Test
    void oneEditedTalkingPointRendersFewPages() throws Exception {
        MemorySource source = load(Corpus.write(tmp.resolve("d"), 200, 3));
        BuildCache cache = new BuildCache();
        SiteBuilder first = new SiteBuilder(source, ThemeSource.builtIn(), options, BuildListener.NONE, cache);
        assertTrue(first.build(null).ok());
        String path = "content/talking-points/TP-0100.md";
        source.put(path, source.text(path) + "\nOne more sentence.\n");
        cache.changed(List.of(path));
        SiteBuilder second = new SiteBuilder(source, ThemeSource.builtIn(), options, BuildListener.NONE, cache);
        BuildResult r = second.build(null);
        assertTrue(r.ok());
        assertTrue(second.renderedPages() <= 8, "only pages that show its body (its page, the handout, briefing packs): "
                + second.renderedPages() + " of " + r.pages());
        assertTrue(new String(cache.site().get("talking-points/tp-0100/index.html"), StandardCharsets.UTF_8).contains("One more sentence."));
    }

    @Test
    void aPageWhoseBodyLinksToAPageThatComesOrGoesIsRenderedAgain() {
        BuildOptions lenient = options.withLenient(true);
        MemorySource source = new MemorySource();
        source.put("site.yml", "title: Links\nlanguages: [en, es]\ncollections:\n  notes: {}\n");
        source.put("content/notes/a.md", "---\ntitle: A\n---\nSee [b](/notes/b) and [c](/notes/c).\n");
        source.put("content/notes/b.md", "---\ntitle: B\n---\nText.\n");
        // A page that reads nothing but its body: only its links make it depend on other pages.
        source.put("templates/notes/entry.ftlh", "<!DOCTYPE html><html lang=en><title>x</title><main>${entry.body}</main></html>");
        BuildCache cache = new BuildCache();
        assertTrue(new SiteBuilder(source, ThemeSource.builtIn(), lenient, BuildListener.NONE, cache).build(null).ok());
        List<List<String>> edits = List.of(List.of("content/notes/c.md", "---\ntitle: C\n---\nText.\n"), List.of("content/notes/b.md"));
        for (List<String> edit : edits) {
            if (edit.size() == 2) {
                source.put(edit.get(0), edit.get(1));
            } else {
                source.remove(edit.get(0));
            }
            cache.changed(List.of(edit.get(0)));
            assertTrue(new SiteBuilder(source, ThemeSource.builtIn(), lenient, BuildListener.NONE, cache).build(null).ok());
            MemoryOutput out = new MemoryOutput();
            new SiteBuilder(source, ThemeSource.builtIn(), lenient, BuildListener.NONE).build(out);
            for (String page : List.of("notes/a/index.html", "es/notes/a/index.html")) {
                assertEquals(new String(out.files().get(page), StandardCharsets.UTF_8),
                        new String(cache.site().get(page), StandardCharsets.UTF_8), edit.get(0) + ": " + page);
            }
        }
        assertTrue(new String(cache.site().get("notes/a/index.html"), StandardCharsets.UTF_8).contains("href=\"../../notes/c/index.html\""));
    }

    @Test
    void anEditOfTextWithLinksKeepsTheGraphAndChecksTheLinksAgain() {
        MemorySource source = new MemorySource();
        source.put("site.yml", "title: Links\ncollections:\n  notes: {}\n");
        source.put("content/notes/a.md", "---\ntitle: A\n---\nSee [b](/notes/b/).\n");
        source.put("content/notes/b.md", "---\ntitle: B\n---\nText.\n");
        BuildCache cache = new BuildCache();
        assertTrue(new SiteBuilder(source, ThemeSource.builtIn(), options, BuildListener.NONE, cache).build(null).ok());
        List<String> texts = List.of("Read [b](/notes/b/).", "Read [b](/notes/zz/).", "Read [b](/notes/b).");
        List<List<String>> problems = new ArrayList<>();
        List<Boolean> reused = new ArrayList<>();
        for (String text : texts) {
            source.put("content/notes/a.md", "---\ntitle: A\n---\n" + text + "\n");
            cache.changed(List.of("content/notes/a.md"));
            SiteBuilder builder = new SiteBuilder(source, ThemeSource.builtIn(), options, BuildListener.NONE, cache);
            BuildResult r = builder.build(null);
            problems.add(r.diagnostics().stream().map(Diagnostic::headline).toList());
            reused.add(builder.reusedGraph());
        }
        assertEquals(List.of(true, true, false), reused, "edits of text keep the graph (not after a failed build)");
        assertEquals(List.of(List.of(), List.of("content/notes/a.md:4:10: error: link to '/notes/zz/' leads to no page or file of the site"
                + " (notes/zz/)"), List.of()), problems);
        assertTrue(new String(cache.site().get("notes/a/index.html"), StandardCharsets.UTF_8).contains("href=\"../../notes/b/index.html\""));
    }
}
