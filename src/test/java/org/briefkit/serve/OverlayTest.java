package org.briefkit.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefkit.diag.Diagnostic;
import org.junit.jupiter.api.Test;

class OverlayTest {
    @Test
    void showsEachErrorEscapedAsTheTemplatesEscape() {
        String html = Overlay.html(List.of(
                Diagnostic.error("content/x.md", 3, 13, "unknown proposal 'RU-8.5' <b>").withSourceLine("a: \"&\""),
                Diagnostic.warning("content/y.md", 1, 1, "not shown")));
        assertTrue(html.contains(">content/x.md:3:13: error: unknown proposal &#39;RU-8.5&#39; &lt;b&gt;\n"
                + " 3 | a: &quot;&amp;&quot;</pre>"), html);
        assertFalse(html.contains("not shown"), "warnings are not laid over the page");
        assertTrue(html.contains("1 error. Fix the file and save"), html);
        // Pages carry a Content-Security-Policy without inline styles: the overlay is styled by a stylesheet.
        assertFalse(html.contains("style="), html);
        assertTrue(html.startsWith("<link rel=\"stylesheet\" href=\"" + Overlay.STYLESHEET + "\">"), html);
    }
}
