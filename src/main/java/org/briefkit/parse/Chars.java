package org.briefkit.parse;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/** The text of flexmark's character sequences. */
final class Chars {
    private Chars() {
    }

    /**
     * The text of {@code chars}. A {@link SubSequence} is a slice of the document's text, so when
     * that text is a {@code String} the slice is copied at once; flexmark's own {@code toString()}
     * appends it a character at a time (3% of a large build's CPU, for the autolink filter and
     * paragraph IDs).
     */
    static String of(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String text) {
            return text.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }
}
