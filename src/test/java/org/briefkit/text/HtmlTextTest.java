package org.briefkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The plain text of body HTML, as the index splits it into terms. */
class HtmlTextTest {
    @Test
    void plainTextOfBodyHtml() {
        assertEquals(" A & B <c> \"d\" 'e' 'f' g\u00a0h  x    ",
                HtmlText.fromHtml("<p>A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39; &apos;f&apos; g&#xa0;h</p> x <a href=\"#p\">¶</a>"));
        assertEquals("&unknown; &amp text", HtmlText.fromHtml("&unknown; &amp text"));
        assertEquals("😀 ok", HtmlText.fromHtml("&#x1F600; ok\u0001"));
    }
}
