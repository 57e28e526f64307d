package org.briefkit.outputs.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The search terms of a text, by the rules that the reader's browser applies to a query in
 * {@code search.js} (templates/static): lower case, accents removed (NFKD, marks dropped), runs of
 * letters and digits, Chinese and Japanese characters one by one; and the same stop words, which
 * pairs of neighbouring words skip. The two must agree, or a query misses terms the index holds:
 * a change here is a change there. {@link CodedText} splits ASCII text itself by the same rules.
 * Stateless and thread-safe.
 */
final class Tokenizer {
    /** Single terms longer than this, or with a space, are left out of the index (pairs are not). */
    static final int MAX_TERM = 40;
    /** Words that pairs skip: {@code STOP} in search.js. */
    static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "in",
            "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "will", "with");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Tokenizer() {
    }

    /**
     * Search terms of a text: the same rules as search.js. The index takes this way only for text
     * that is not ASCII; {@link CodedText} splits ASCII text itself, with the same result.
     */
    static List<String> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String folded = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
        List<String> out = new ArrayList<>();
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z') {
                    t.append((char) cp);
                } else {
                    flush(t, out);
                }
            } else if (isCjk(cp)) {
                flush(t, out);
                out.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp)) {
                t.appendCodePoint(cp);
            } else {
                flush(t, out);
            }
        }
        flush(t, out);
        return out;
    }

    /** An ID's tokens run together ("ru-8.4" → "ru84"): a second term for the ID, as people type it. */
    static String compactId(String id) {
        return String.join("", tokens(id));
    }

    /** Single terms longer than {@link #MAX_TERM}, or with a space, are left out of the index (pairs are not). */
    static boolean indexable(String term) {
        return !term.isEmpty() && term.length() <= MAX_TERM && term.indexOf(' ') < 0;
    }

    private static void flush(StringBuilder t, List<String> out) {
        if (t.length() > 0) {
            out.add(t.toString());
            t.setLength(0);
        }
    }

    /** search.js's {@code CJK}: Han, Hiragana and Katakana characters are terms one by one. */
    private static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }
}
