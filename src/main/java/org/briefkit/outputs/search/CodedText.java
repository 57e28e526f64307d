package org.briefkit.outputs.search;

import java.util.Arrays;
import java.util.List;

/**
 * The tokens of a text as {@link Tokenizer#tokens} finds them, as the dictionary's numbers
 * ({@link Dictionary#coded}: a stop word's number as {@code ~number}), each with its {@link #shape}.
 * ASCII text (nearly all of a big site) is split, lower-cased and looked up in one pass over its
 * characters, a word made into a string only the first time a thread meets it; other text takes
 * {@link Tokenizer#tokens}.
 * Immutable once made (its arrays are not shared).
 */
record CodedText(int[] words, int[] shapes) {
    static CodedText of(String text, Dictionary.Local local) {
        int n = text.length();
        char[] chars = local.charBuffer(n);
        text.getChars(0, n, chars, 0);
        return of(chars, n, local);
    }

    /** The tokens of the text in {@code chars[0, n)}, which is overwritten (a buffer of {@code local}'s). */
    static CodedText of(char[] chars, int n, Dictionary.Local local) {
        for (int i = 0; i < n; i++) {
            if (chars[i] >= 0x80) {
                List<String> tokens = Tokenizer.tokens(new String(chars, 0, n));
                int[] shapes = new int[tokens.size()];
                for (int k = 0; k < shapes.length; k++) {
                    shapes[k] = shape(tokens.get(k).length(), tokens.get(k).charAt(0));
                }
                return new CodedText(local.coded(tokens), shapes);
            }
        }
        local.tokenRoom(n / 2 + 1);
        int[] words = local.words();
        int[] shapes = local.shapes();
        int count = 0;
        int start = -1;
        int hash = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? chars[i] : ' ';
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
                chars[i] = c;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + c;
            } else if (start >= 0) {
                words[count] = local.coded(chars, start, i, hash);
                shapes[count++] = shape(i - start, chars[start]);
                start = -1;
            }
        }
        return new CodedText(Arrays.copyOf(words, count), Arrays.copyOf(shapes, count));
    }

    /** A token's length, as far as {@link #indexable} needs it, and its first character (its part), in one int. */
    private static int shape(int length, char first) {
        return Math.min(length, Tokenizer.MAX_TERM + 1) << 16 | first;
    }

    int size() {
        return words.length;
    }

    /** {@link Tokenizer#indexable}: tokens are never empty and hold no space. */
    boolean indexable(int i) {
        return shapes[i] >>> 16 <= Tokenizer.MAX_TERM;
    }

    /** The part of the pair postings that pairs starting with token {@code i} go to ({@link PairPostings#part}). */
    int part(int i) {
        return Math.min(shapes[i] & 0xFFFF, PairPostings.PARTS - 1);
    }
}
