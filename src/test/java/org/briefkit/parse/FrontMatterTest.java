package org.briefkit.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    private final List<Diagnostic> problems = new ArrayList<>();

    private FrontMatter split(String text) {
        return FrontMatter.split(new SourceText("a.md", text), problems);
    }

    @Test
    void yamlBetweenDashLinesThenBody() {
        FrontMatter fm = split("---\ntitle: x\n---\n# Body\n");
        assertEquals("title: x\n", fm.text());
        assertEquals(2, fm.line());
        assertEquals("# Body\n", fm.body());
        assertEquals(17, fm.bodyOffset());
    }

    @Test
    void noFrontMatterMeansAllBody() {
        FrontMatter fm = split("# Title\ntext\n");
        assertNull(fm.text());
        assertEquals("# Title\ntext\n", fm.body());
    }

    @Test
    void closingLineAtEndOfFile() {
        FrontMatter fm = split("---\ntitle: x\n---");
        assertEquals("title: x\n", fm.text());
        assertEquals("", fm.body());
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        assertNull(split("---\ntitle: x\n\nBody text\n"));
        assertEquals("a.md:1:1: error: front matter is not closed: no '---' line after the opening '---'",
                problems.get(0).headline());
    }

    @Test
    void tomlBetweenPlusLinesThenBody() {
        FrontMatter fm = split("+++\ntitle = 'x'\n+++\nBody\n");
        assertEquals(FrontMatter.Format.TOML, fm.format());
        assertEquals("title = 'x'\n", fm.text());
        assertEquals(2, fm.line());
        assertEquals("Body\n", fm.body());
        assertEquals(20, fm.bodyOffset());
    }

    @Test
    void unclosedTomlIsAnError() {
        assertNull(split("+++\ntitle = 'x'\n---\nBody\n"));
        assertEquals("a.md:1:1: error: front matter is not closed: no '+++' line after the opening '+++'",
                problems.get(0).headline());
    }

    @Test
    void jsonIsTheObjectAtTheTopAsHugoFindsIt() {
        FrontMatter fm = split("{\"title\": \"a } \\\" {\",\n \"p\": {\"q\": 1}}\nBody {x}\n");
        assertEquals(FrontMatter.Format.JSON, fm.format());
        assertEquals("{\"title\": \"a } \\\" {\",\n \"p\": {\"q\": 1}}", fm.text());
        assertEquals(1, fm.line());
        assertEquals("Body {x}\n", fm.body());
        assertEquals(fm.text().length() + 1, fm.bodyOffset());
    }

    @Test
    void unclosedJsonIsAnError() {
        assertNull(split("{\"title\": \"}\"\n\nBody\n"));
        assertEquals("a.md:1:1: error: JSON front matter is not closed: no '}' for the '{' that opens the file",
                problems.get(0).headline());
    }

    @Test
    void aBraceLaterInTheFileIsBody() {
        FrontMatter fm = split("\n{\"title\": \"x\"}\n");
        assertNull(fm.format());
        assertEquals("\n{\"title\": \"x\"}\n", fm.body());
    }
}
