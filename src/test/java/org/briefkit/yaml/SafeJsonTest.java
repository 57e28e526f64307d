package org.briefkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;
import org.junit.jupiter.api.Test;

class SafeJsonTest {
    /** {@code json} as the front matter at the top of a file. */
    private static SafeYaml.Result parse(String json) {
        return parse(json, YamlLimits.DEFAULT);
    }

    private static SafeYaml.Result parse(String json, YamlLimits limits) {
        return SafeJson.parse(new SourceText("f.md", json + "\nBody\n"), json, 0, limits);
    }

    private static List<String> messages(SafeYaml.Result r) {
        return r.diagnostics().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void valuesAreTheModelYamlIsReadInto() {
        SafeYaml.Result r = parse("""
                {
                  "title": "B",
                  "weight": 8.40,
                  "count": 3,
                  "draft": false,
                  "nothing": null,
                  "yes": "true",
                  "tags": ["a", "b"],
                  "params": {"x": {"y": 1}}
                }""");
        assertEquals(List.of(), messages(r));
        YMap m = (YMap) r.root();
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("title", "B");
        expected.put("weight", new BigDecimal("8.40"));
        expected.put("count", 3L);
        expected.put("draft", false);
        expected.put("nothing", null);
        expected.put("yes", "true");
        expected.put("tags", List.of("a", "b"));
        expected.put("params", Map.of("x", Map.of("y", 1L)));
        assertEquals(expected, YValues.toJava(m));
        assertEquals("8.40", ((YScalar) m.get("weight")).text(), "numbers keep the text as written");
    }

    @Test
    void keysAndValuesHaveTheirPositions() {
        YMap m = (YMap) parse("{\n  \"title\": \"B\",\n  \"theme\": [\"privacy\",\n     \"nada\"]\n}").root();
        assertEquals(List.of(3, 3), List.of(m.field("theme").keyLine(), m.field("theme").keyColumn()));
        YNode nada = ((YList) m.get("theme")).items().get(1);
        assertEquals(List.of(4, 6), List.of(nada.line(), nada.column()));
    }

    @Test
    void mistakesAreOneMessageAtTheirLineAndColumnWithAHint() {
        SafeYaml.Result comma = parse("{\n  \"title\": \"F\",\n}");
        assertEquals(List.of("f.md:3:1: error: invalid JSON: Unexpected character ('}'): was expecting double-quote to start field name"),
                messages(comma));
        assertEquals("JSON has no comma after the last field", comma.diagnostics().get(0).hint());
        assertEquals("names are in double quotes in JSON: {\"title\": \"…\"}", parse("{title: \"x\"}").diagnostics().get(0).hint());
        assertEquals(List.of("f.md:1:11: error: invalid JSON: Unrecognized token 'Chapter': was expecting (JSON String, Number, "
                + "Array, Object or token 'null', 'true' or 'false')"), messages(parse("{\"title\": Chapter}")));
        assertEquals(List.of("f.md:1:9: error: invalid JSON: Unexpected close marker '}': expected ']'"),
                messages(parse("{\"a\": [1}")));
    }

    @Test
    void aDuplicateKeyIsAnErrorAtTheSecondKey() {
        assertEquals(List.of("f.md:3:3: error: duplicate key 'title' (first set on line 1)"),
                messages(parse("{\"title\": \"G\",\n  \"x\": {\"title\": 1},\n  \"title\": \"H\"}")));
    }

    @Test
    void limitsOfSizeAndNestingApply() {
        YamlLimits small = new YamlLimits(100, 3, 50, 10);
        assertEquals(List.of("f.md:1:1: error: front matter is nested more than 3 levels deep"),
                messages(parse("{\"a\": [[[[1]]]]}", small)));
        assertTrue(parse("{\"a\": [[1]]}", small).ok());
        assertEquals(List.of("f.md:1:1: error: JSON is too large: more than 100 characters"),
                messages(parse("{\"a\": \"" + "x".repeat(100) + "\"}", small)));
        assertFalse(parse("{\"a\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}", small).ok());
        char[] open = new char[100_000];
        Arrays.fill(open, '[');
        String deep = "{\"a\": " + new String(open) + "}";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertEquals(
                List.of("f.md:1:1: error: front matter is nested more than 40 levels deep"), messages(parse(deep))));
    }
}
