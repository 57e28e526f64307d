package org.briefkit.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;

/** Paragraph IDs must not change between versions: the text they hash is normalised the same way. */
class ParagraphAnchorsTest {
    @Property(tries = 2000)
    void collapsingSpaceMatchesTheRegularExpressionItReplaced(
            @ForAll @Chars({' ', '\t', '\n', '\r', '\f', '\u000B', '\u2003', '\u3000', '\u00A0', 'a', 'é'})
            @CharRange(from = 'x', to = 'z') String text) {
        assertEquals(text.strip().replaceAll("\\s+", " "), ParagraphAnchors.collapseSpace(text));
    }
}
