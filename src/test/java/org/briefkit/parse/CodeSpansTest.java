package org.briefkit.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import org.briefkit.diag.SourceText;
import org.junit.jupiter.api.Test;

class CodeSpansTest {
    private static String html(String markdown) {
        return new MarkdownRenderer(false).render(new SourceText("a.md", markdown), 0, markdown, false, new ArrayList<>()).html();
    }

    @Test
    void oneSpaceIsTakenOffEachEndOnlyWhenBothHaveOne() {
        assertEquals("<p><code>`x`</code> <code> a</code> <code> b </code> <code>  </code> <code>c</code></p>\n",
                html("`` `x` `` ` a` `  b  ` `  ` ` c `\n"));
    }

    @Test
    void lineEndsAreSpacesAndTheNextLinesIndentIsNot() {
        assertEquals("<p><code>a b  c</code> &lt;<code>&lt;&amp;&gt;</code></p>\n", html("`a\n   b \n c` <`<&>`\n"));
    }
}
