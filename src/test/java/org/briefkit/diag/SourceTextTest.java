package org.briefkit.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceTextTest {
    private final SourceText text = new SourceText("a.md", "one\ntwo\n\nfour");

    @Test
    void offsetsBecomeLinesAndColumns() {
        assertEquals(1, text.lineOf(0));
        assertEquals(1, text.columnOf(0));
        assertEquals(2, text.lineOf(4));
        assertEquals(3, text.columnOf(6));
        assertEquals(3, text.lineOf(8));
        assertEquals(4, text.lineOf(9));
        assertEquals(4, text.lineOf(100));
    }

    @Test
    void linesWithoutTheirEnds() {
        assertEquals(4, text.lineCount());
        assertEquals("two", text.line(2));
        assertEquals("", text.line(3));
        assertEquals("four", text.line(4));
        assertEquals("", text.line(5));
        assertEquals(4, text.offsetOfLine(2));
    }

    @Test
    void diagnosticsQuoteTheirLine() {
        Diagnostic d = text.errorAt(5, "bad");
        assertEquals("a.md:2:2: error: bad", d.headline());
        assertEquals("two", d.sourceLine());
    }
}
