package org.briefkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;
import org.junit.jupiter.api.Test;

class SafeTomlTest {
    /** {@code toml} as the front matter of a file, between {@code +++} lines. */
    private static SafeYaml.Result parse(String toml) {
        return parse(toml, YamlLimits.DEFAULT);
    }

    private static SafeYaml.Result parse(String toml, YamlLimits limits) {
        return SafeToml.parse(new SourceText("f.md", "+++\n" + toml + "+++\nBody\n"), toml, 2, limits);
    }

    private static List<String> messages(SafeYaml.Result r) {
        return r.diagnostics().stream().map(Diagnostic::headline).toList();
    }

    private static YMap map(String toml) {
        SafeYaml.Result r = parse(toml);
        assertEquals(List.of(), messages(r));
        return (YMap) r.root();
    }

    @Test
    void valuesAreTheModelYamlIsReadInto() {
        YMap m = map("""
                title = "Chapter one"
                weight = 1
                ratio = 8.40
                hex = 0x1F
                draft = false
                tags = ["a", 'b']
                date = 2016-03-01T10:00:00Z
                local = 1979-05-27 07:32:00
                day = 1979-05-27
                [params]
                x = "y"
                """);
        assertEquals(Map.of("title", "Chapter one", "weight", 1L, "ratio", new BigDecimal("8.40"), "hex", 31L,
                "draft", false, "tags", List.of("a", "b"), "date", "2016-03-01T10:00:00Z", "local", "1979-05-27T07:32:00",
                "day", "1979-05-27", "params", Map.of("x", "y")), YValues.toJava(m));
        assertFalse(((YScalar) m.get("title")).plain(), "strings are quoted scalars: \"true\" stays text");
        assertTrue(((YScalar) m.get("date")).plain());
        assertEquals("2016-03-01T10:00:00Z", Dates.canonical(((YScalar) m.get("date")).text()));
    }

    @Test
    void keysAndValuesHaveTheirPositionsInTheFile() {
        YMap m = map("""
                title = "A"
                  proposals = [ "RU-8.4",
                    'ARB-3.3' ]   # comment
                note = \"""
                two "lines" ""\"
                site.menu = "main"
                inline = { a = 1, "b c" = [1, 2] }
                [[menu.main]]
                name = "x"
                [[menu.main]]
                name = "y"
                [menu.main.sub]
                z = 1
                """);
        assertEquals(3, m.field("proposals").keyLine());
        assertEquals(3, m.field("proposals").keyColumn());
        YList proposals = (YList) m.get("proposals");
        assertEquals(List.of(3, 15), List.of(proposals.line(), proposals.column()));
        YNode arb = proposals.items().get(1);
        assertEquals(List.of(4, 5), List.of(arb.line(), arb.column()));
        assertEquals(7, m.field("site").keyLine());
        YMap inline = (YMap) m.get("inline");
        YNode second = ((YList) inline.get("b c")).items().get(1);
        assertEquals(List.of(8, 31), List.of(second.line(), second.column()));
        YList menu = (YList) ((YMap) m.get("menu")).get("main");
        YMap y = (YMap) menu.items().get(1);
        assertEquals(12, y.field("name").keyLine());
        assertEquals(List.of(12, 8), List.of(y.get("name").line(), y.get("name").column()));
        assertEquals(14, ((YMap) y.get("sub")).field("z").keyLine());
    }

    @Test
    void syntaxErrorsAreOneMessageAtTheirLineAndColumn() {
        assertEquals(List.of("f.md:3:9: error: invalid TOML value"), messages(parse("a = 1\ntitle = Chapter one\n")));
        assertEquals("text is in quotes in TOML: title = \"…\"; numbers, true, false and dates are not",
                parse("title = Chapter one\n").diagnostics().get(0).hint());
        assertEquals(List.of("f.md:2:6: error: expected 'name = value'"), messages(parse("title: x\n")));
        assertEquals(List.of("f.md:2:13: error: a quoted value is not closed"), messages(parse("title = \"abc\n")));
        assertEquals(List.of("f.md:4:3: error: invalid TOML: table redefined"), messages(parse("[a]\nb = 1\n[a]\nc = 2\n")));
    }

    @Test
    void aDuplicateKeyIsAnErrorAtTheSecondKey() {
        assertEquals(List.of("f.md:4:1: error: duplicate key 'title' (first set on line 2)"),
                messages(parse("title = 'a'\nsummary = 's'\ntitle = 'b'\n")));
        assertEquals(List.of("f.md:3:1: error: duplicate key 'b' (first set on line 2)"),
                messages(parse("a.b = 1\na . b = 2\n")));
        assertTrue(parse("a.b = 1\na.c = 2\n").ok(), "a dotted key adds to its table");
    }

    @Test
    void limitsOfSizeAndNestingApply() {
        YamlLimits small = new YamlLimits(100, 3, 50, 10);
        assertEquals(List.of("f.md:2:1: error: front matter is nested more than 3 levels deep"),
                messages(parse("a = [[[[1]]]]\n", small)));
        assertTrue(parse("a = [[1]]\n", small).ok());
        assertFalse(parse("a = [[[1]]]\n", small).ok(), "as in YAML, the 1 is a fourth level");
        assertEquals(List.of("f.md:2:1: error: TOML is too large: more than 100 characters"),
                messages(parse("a = \"" + "x".repeat(100) + "\"\n", small)));
        assertEquals(List.of("f.md:2:30: error: front matter has more than 10 values"),
                messages(parse("a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n", small)));
        String deep = "a = " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertFalse(parse(deep).ok()));
    }

    @Test
    void anyTextIsAResultNeverAnException() {
        Random random = new Random(18);
        String alphabet = "ab=\"'[]{}.,#\n \\\t1-:+zT";
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String toml = sb.append('\n').toString();
            SafeYaml.Result r = parse(toml);
            assertTrue(r.ok() == (r.root() != null), toml);
            r.diagnostics().forEach(d -> assertTrue(d.line() >= 2 && d.line() <= toml.lines().count() + 2, d.headline()));
        }
        assertNull(parse("= 1\n").root());
    }
}
