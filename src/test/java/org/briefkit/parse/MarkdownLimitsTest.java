package org.briefkit.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;
import org.junit.jupiter.api.Test;

class MarkdownLimitsTest {
    private final List<Diagnostic> problems = new ArrayList<>();

    private boolean check(String body) {
        String text = "---\ntitle: x\n---\n" + body;
        return MarkdownLimits.check(new SourceText("a.md", text), 17, body, problems);
    }

    private String headline() {
        return problems.get(0).headline();
    }

    @Test
    void ordinaryTextPasses() {
        assertTrue(check("# Title\n\n- a\n  - b\n    - c\n\n> quote\n> > nested\n\n[link](x) `code` *em* &amp;\n"));
        assertTrue(problems.isEmpty());
    }

    @Test
    void deepNestingIsRefusedAtItsLine() {
        assertEquals(false, check("ok\n" + "> ".repeat(101) + "x\n"));
        assertEquals("a.md:5:1: error: the text is nested more than 100 levels deep (lists, quotes or indentation)", headline());
    }

    @Test
    void deeplyIndentedListsAreRefused() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            sb.append("  ".repeat(i)).append("- x\n");
        }
        assertEquals(false, check(sb.toString()));
        assertTrue(headline().contains("nested more than 100 levels"), headline());
    }

    @Test
    void tooManyBracketsBackticksOrEntitiesAreRefused() {
        assertEquals(false, check("[x](".repeat(10_001)));
        assertEquals("a.md:4:40001: error: more than 10000 '[' in one text", headline());
        problems.clear();
        assertEquals(false, check("`".repeat(10_001)));
        assertEquals("a.md:4:10001: error: more than 10000 '`' in one text", headline());
        problems.clear();
        assertEquals(false, check("&amp;".repeat(10_001)));
        assertTrue(headline().contains("more than 10000 '&'"), headline());
        problems.clear();
        assertEquals(true, check("*_".repeat(50_000) + "\u00e9\u4e2d"));
        assertEquals(false, check("a*".repeat(50_001)));
        assertEquals("a.md:4:100002: error: more than 50000 '*' in one text", headline());
        problems.clear();
        assertEquals(false, check("_".repeat(50_001)));
        assertEquals("a.md:4:50001: error: more than 50000 '_' in one text", headline());
    }

    @Test
    void charactersBeyondAsciiAreNotCountedAndKeepTheColumnsRight() {
        // ś (U+015B) and Š (U+0160) end in the bytes of '[' and '`'; an emoji is two characters.
        assertEquals(true, check("\u015b\u0160".repeat(10_001)));
        assertEquals(false, check("\uD83D\uDE00\u00e9\u4e2d" + "`".repeat(10_001)));
        assertEquals("a.md:4:10005: error: more than 10000 '`' in one text", headline());
        problems.clear();
        assertEquals(false, check("\u00e9\u4e2d" + "`".repeat(10_001)));
        assertEquals("a.md:4:10003: error: more than 10000 '`' in one text", headline());
    }

    @Test
    void tooManyLinkDefinitionsAreRefused() {
        assertEquals(false, check("[a]: /b\n".repeat(1001)));
        assertEquals("a.md:1004:1: error: more than 1000 link definitions ([label]: url)", headline());
    }

    @Test
    void tooLongTextIsRefused() {
        assertEquals(false, check("x".repeat(MarkdownLimits.MAX_CHARS + 1)));
        assertTrue(headline().startsWith("a.md:4:1: error: the text is too long"), headline());
    }
}
