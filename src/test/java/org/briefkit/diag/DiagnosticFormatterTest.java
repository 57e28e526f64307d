package org.briefkit.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticFormatterTest {
    @Test
    void headlineThenLineWithCaretThenHint() {
        Diagnostic d = Diagnostic.error("content/x.md", 12, 13, "unknown proposal 'RU-8.5'")
                .withSourceLine("proposals: [RU-8.5]").withHint("check the ID");
        assertEquals("""
                content/x.md:12:13: error: unknown proposal 'RU-8.5'
                 12 | proposals: [RU-8.5]
                    |             ^
                 = hint: check the ID""", DiagnosticFormatter.format(d));
    }

    @Test
    void wholeFileDiagnosticsHaveNoPosition() {
        assertEquals("content/x: warning: ignored", DiagnosticFormatter.format(Diagnostic.warning("content/x", 0, 0, "ignored")));
    }

    @Test
    void summaryCountsErrorsAndWarnings() {
        List<Diagnostic> ds = List.of(Diagnostic.error("a", 1, 1, "x"), Diagnostic.error("a", 2, 1, "y"),
                Diagnostic.warning("a", 3, 1, "z"));
        assertEquals("2 errors, 1 warning", DiagnosticFormatter.summary(ds));
    }

    @Test
    void collectorSortsAndDropsRepeats() {
        Diagnostics c = new Diagnostics();
        c.add(Diagnostic.error("b", 1, 1, "x"));
        c.add(Diagnostic.error("a", 9, 1, "y"));
        c.add(Diagnostic.error("a", 2, 5, "z"));
        c.add(Diagnostic.error("a", 2, 5, "z"));
        assertEquals(List.of("a:2:5: error: z", "a:9:1: error: y", "b:1:1: error: x"),
                c.sorted().stream().map(Diagnostic::headline).toList());
    }

    @Test
    void jsonIsOneDocumentWithStringsByTheOneJsonRule() {
        Diagnostic d = Diagnostic.error("content/x.md", 2, 5, "unknown '<b>'\u2028").withSourceLine("a:\t\"\\\u0001");
        assertEquals("{\"diagnostics\":[{\"severity\":\"error\",\"file\":\"content/x.md\",\"line\":2,\"column\":5,"
                + "\"message\":\"unknown '\\u003cb>'\\u2028\",\"hint\":\"\",\"suggestion\":\"\",\"sourceLine\":\"a:\\t\\\"\\\\\\u0001\"}],"
                + "\"errors\":1,\"warnings\":0}", DiagnosticFormatter.json(List.of(d)));
    }

    @Test
    void controlCharactersFromFilesAreShownNotPrinted() {
        Diagnostic d = Diagnostic.error("content/\u001b[2Jx.md", 1, 4, "unknown '\u001b]0;x\u0007'")
                .withSourceLine("a:\t\u001b[31mred\u009b").withHint("see\nthis");
        assertEquals("""
                content/␛[2Jx.md:1:4: error: unknown '␛]0;x␇'
                 1 | a: ␛[31mred\ufffd
                   |    ^
                 = hint: see␊this""", DiagnosticFormatter.format(d));
        assertEquals("::error file=content/\u001b[2Jx.md,line=1,col=4,title=briefkit::unknown '␛]0;x␇'%0Ahint: see␊this",
                DiagnosticFormatter.github(d));
    }
}
