package org.briefkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The first paragraph of a body as a page's description. */
class DescriptionsTest {
    @Test
    void theFirstParagraphsTextSkippingHeadingsAndCode() {
        String html = "<h2 id=\"a\">The argument</h2>\n<pre><code>code</code></pre>\n<p id=\"p1\">Governments &amp; <a href=\"x\">the ITU</a>\n"
                + "meet. <a class=\"para-link\" href=\"#p1\">¶</a></p><p>second</p>";
        assertEquals("Governments & the ITU meet.", Descriptions.firstParagraph(html));
        assertEquals("", Descriptions.firstParagraph("<h2>only a heading</h2>"));
    }

    @Test
    void aLongParagraphIsCutAtAWord() {
        String text = "word ".repeat(60).strip();
        String cut = Descriptions.shorten(text);
        assertTrue(cut.length() <= Descriptions.MAX + 1 && cut.endsWith("word…"), cut);
    }
}
