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
        assertEquals("title: x\n", fm.yaml());
        assertEquals(2, fm.yamlLine());
        assertEquals("# Body\n", fm.body());
        assertEquals(17, fm.bodyOffset());
    }

    @Test
    void noFrontMatterMeansAllBody() {
        FrontMatter fm = split("# Title\ntext\n");
        assertNull(fm.yaml());
        assertEquals("# Title\ntext\n", fm.body());
    }

    @Test
    void closingLineAtEndOfFile() {
        FrontMatter fm = split("---\ntitle: x\n---");
        assertEquals("title: x\n", fm.yaml());
        assertEquals("", fm.body());
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        assertNull(split("---\ntitle: x\n\nBody text\n"));
        assertEquals("a.md:1:1: error: front matter is not closed: no '---' line after the opening '---'",
                problems.get(0).headline());
    }

    @Test
    void tomlIsRefusedWithAHint() {
        assertNull(split("+++\ntitle = 'x'\n+++\n"));
        assertEquals("write the front matter in YAML between '---' lines", problems.get(0).hint());
    }
}
