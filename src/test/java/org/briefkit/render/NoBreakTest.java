package org.briefkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** IDs and short names kept on one line; ordinary compounds and tags left alone. */
class NoBreakTest {
    @Test
    void idsAndShortNamesWithADigitOrACapitalAreKeptWhole() {
        assertEquals("Keep it open at <span class=\"nobr\">WCIT-12</span>.", NoBreak.text("Keep it open at WCIT-12."));
        assertEquals("<span class=\"nobr\">ARB-3.3</span> and <span class=\"nobr\">ITU-T</span>, a civil-society view",
                NoBreak.text("ARB-3.3 and ITU-T, a civil-society view"));
        assertEquals("a-very-long-name-Of-many-parts-9 &amp; x", NoBreak.text("a-very-long-name-Of-many-parts-9 & x"));
    }

    @Test
    void inHtmlOnlyTextChangesAndTheParagraphLinkStaysWithItsLastWord() {
        assertEquals("<p id=\"p-RU-8\"><a href=\"x/ru-8.4/\"><span class=\"nobr\">RU-8.4</span></a> ends&nbsp;<a class=\"para-link\" href=\"#p\">¶</a></p>",
                NoBreak.html("<p id=\"p-RU-8\"><a href=\"x/ru-8.4/\">RU-8.4</a> ends <a class=\"para-link\" href=\"#p\">¶</a></p>"));
        assertEquals("<p>plain</p>", NoBreak.html("<p>plain</p>"));
    }
}
