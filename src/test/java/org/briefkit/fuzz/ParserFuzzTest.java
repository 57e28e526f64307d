package org.briefkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.briefkit.config.SiteConfig;
import org.briefkit.diag.SourceText;
import org.briefkit.parse.EntryParser;
import org.briefkit.parse.MarkdownRenderer;
import org.briefkit.yaml.SafeYaml;
import org.briefkit.yaml.YamlLimits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Property-based fuzzing of the front-matter and Markdown stages with inputs built from the
 * characters and tokens that matter to YAML and Markdown. Properties: never an exception, never a
 * hang (each input within 5 s), and the HTML of a body never contains script, event handlers or
 * script URLs. Runs 300 tries per property in every build; set {@code -Djqwik.tries.default=N} for
 * a longer run (docs/security.md).
 */
class ParserFuzzTest {
    private static final EntryParser PARSER = new EntryParser(SiteConfig.defaults(), new MarkdownRenderer(false));
    private static final List<String> YAML_TOKENS = List.of("title", "id", "proposals", "theme", "weight", "draft", ": ",
            ":", " ", "  ", "\t", "\n", "- ", "[", "]", "{", "}", ",", "\"", "'", "&a ", "*a", "!!", "!!str ", "!!javax.x ",
            "|", ">-", "#", "~", "null", "true", "NO", "8.40", "012", "<<: ", "---", "...", "?", "%YAML 1.1", "\u00e9", "\ufeff");
    private static final List<String> MD_TOKENS = List.of("[[", "]]", "[", "]", "(", ")", "](", "|", "#", "*", "**", "_",
            "`", "```", "~~", ">", "- ", "1. ", "\n", "\n\n", "    ", " ", "<", ">", "&", "&#106;", "&amp;", "javascript:",
            "JaVaScRiPt:", "data:", "http://x.example/", "<script>", "</script>", "<img src=x onerror=alert(1)>", "<a href=",
            "\"", "'", "!", "word", "RU-8.4", "www.x.example", "\\", "\u0000", "\r", "\t", "<!--", "-->", "://");

    @Provide
    Arbitrary<String> frontMatter() {
        return Arbitraries.of(YAML_TOKENS).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of(MD_TOKENS).list().ofMaxSize(120).map(l -> String.join("", l));
    }

    @Property
    void anyFrontMatterEndsWithAnEntryOrAMessage(@ForAll("frontMatter") String yaml, @ForAll("markdown") String body) {
        byte[] file = ("---\n" + yaml + "\n---\n" + body).getBytes(StandardCharsets.UTF_8);
        EntryParser.Result r = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> PARSER.parse("content/talking-points/x.md", file));
        assertNotNull(r);
        assertTrue(r.entry() != null || r.diagnostics().stream().anyMatch(d -> d.isError()),
                "a file that gives no entry says why");
        r.diagnostics().forEach(d -> assertTrue(d.line() >= 0 && d.path().equals("content/talking-points/x.md")));
    }

    @Property
    void anyBytesEndWithAnEntryOrAMessage(@ForAll byte[] bytes) {
        EntryParser.Result r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> PARSER.parse("content/pages/x.md", bytes));
        assertTrue(r.entry() != null || !r.diagnostics().isEmpty());
    }

    @Property
    void yamlNeverThrows(@ForAll("frontMatter") String yaml) {
        SourceText src = new SourceText("f", yaml);
        SafeYaml.Result r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> SafeYaml.parse(src, yaml, 1, YamlLimits.DEFAULT));
        assertTrue(r.root() != null || !r.diagnostics().isEmpty() || yaml.isBlank() || r.ok());
    }

    @Property
    void bodiesNeverRunScript(@ForAll("markdown") String body) {
        EntryParser.Result r = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> PARSER.parse("content/pages/x.md", ("---\ntitle: x\n---\n" + body).getBytes(StandardCharsets.UTF_8)));
        if (r.entry() == null) {
            return;
        }
        Document doc = Jsoup.parseBodyFragment(r.entry().body().html());
        assertTrue(doc.select("script, iframe, object, embed, img[onerror]").isEmpty(), body);
        for (Element el : doc.getAllElements()) {
            for (Attribute a : el.attributes()) {
                assertFalse(a.getKey().startsWith("on"), body + " -> " + el);
                if (a.getKey().equals("href") || a.getKey().equals("src")) {
                    String v = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase();
                    assertFalse(v.startsWith("javascript:") || v.startsWith("data:") || v.startsWith("vbscript:"), body + " -> " + el);
                }
            }
        }
    }
}
