package org.briefkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.briefkit.source.MemorySource;
import org.junit.jupiter.api.Test;

/** Marks in a page's output are replaced as it is written, wherever Freemarker writes them from. */
class TemplateMarksTest {
    private static final char[] MARKS = {'\u0001', '\u0004'};
    private static final String[] TEXTS = {"../../", "Link to this paragraph"};

    private static String render(String template, Map<String, Object> model) throws TemplateEngine.TemplateProblem {
        TemplateEngine engine = new TemplateEngine(MemorySource.of(Map.of("templates/page.ftlh", template)), MemorySource.of(Map.of()));
        return engine.render("page.ftlh", new HashMap<>(model), "", MARKS, TEXTS);
    }

    @Test
    void marksInValuesAreReplacedEverywhereTheyOccur() throws Exception {
        String body = "\u0001a<p aria-label=\"\u0004\">\u0001\u0001b\u0004\u0001";
        assertEquals("[../../a<p aria-label=\"Link to this paragraph\">../../../../bLink to this paragraph../../]",
                render("[${body?no_esc}]", Map.of("body", body)));
    }

    @Test
    void marksInEscapedValuesAreReplacedInShortAndLongPieces() throws Exception {
        // The escaper writes the pieces between escaped characters one by one: short and long ones, with and without marks.
        String long40 = "l".repeat(40);
        String value = "\u0001s&" + long40 + "\u0004<" + long40 + ">\u0001\u0001\"" + "t\u0004";
        assertEquals("../../s&amp;" + long40 + "Link to this paragraph&lt;" + long40 + "&gt;../../../../&quot;tLink to this paragraph",
                render("${v}", Map.of("v", value)));
    }

    @Test
    void textWithoutMarksIsUnchanged() throws Exception {
        assertEquals("<p>plain &amp; simple</p>", render("<p>${v}</p>", Map.of("v", "plain & simple")));
        assertEquals("", render("${v}", Map.of("v", "")));
    }

    @Test
    void marksInTheTemplatesOwnTextAreReplacedToo() throws Exception {
        assertEquals("x../../y../../", render("x\u0001y${r}", Map.of("r", "\u0001")));
    }

    @Test
    void withoutMarksTheOutputIsAsWritten() throws Exception {
        TemplateEngine engine = new TemplateEngine(MemorySource.of(Map.of("templates/page.ftlh", "a${v?no_esc}")), MemorySource.of(Map.of()));
        assertEquals("a\u0001b", engine.render("page.ftlh", new HashMap<>(Map.of("v", "\u0001b")), "", new char[0], new String[0]));
    }
}
