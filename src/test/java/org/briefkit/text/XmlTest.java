package org.briefkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTest {
    @Test
    void escapesAsHtmlDoes() {
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; it&#39;s", Xml.escape("a & b <c> \"d\" it's"));
    }

    @Test
    void dropsControlCharactersXmlCannotHold() {
        assertEquals("ab\tc\nd", Xml.escape("a\u0000b\t\u0001c\r\nd\u001f"));
    }

    @Test
    void dropsNonCharactersAndLoneSurrogates() {
        assertEquals("ab\ud83d\ude00cd", Xml.escape("a\ufffeb\ud83d\ude00\ud800c\udc00d\uffff"));
        assertEquals("x", Xml.escape("x\ud83d"));
    }

    @Test
    void keepsOtherCharacters() {
        String s = "é中\ud83d\ude00\u007f\u0085\u2028\u2029\ufffd";
        assertEquals(s, Xml.escape(s));
    }
}
