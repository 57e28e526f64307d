package org.briefkit.outputs.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The words of the index by length ({@code search/v<length>.js}), for typing mistakes: when a word
 * of a query is in no document, search.js loads the words of about its length and tries those
 * within one edit (words of 4 to 7 letters) or two (8 or more), so that "survelance" finds
 * "surveillance". Only words of letters count: IDs, numbers and pairs are typed exactly or found by
 * prefix. Words are added in index order, so each file lists them sorted. Not thread-safe: one
 * thread adds.
 */
final class Vocabulary {
    /** A typo is looked for in words of 4 letters or more; a word may be 2 letters shorter than its typo. */
    static final int MIN = 3;
    static final int MAX = 24;
    private final TreeMap<Integer, StringBuilder> byLength = new TreeMap<>();

    /** Whether {@code term} is one of the words: pairs, IDs and words with digits are not. */
    static boolean holds(String term) {
        int length = term.length();
        if (length < MIN || length > MAX) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!Character.isLetter(term.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Notes a term of the index, when it is one of the words. */
    void add(String term) {
        if (!holds(term)) {
            return;
        }
        int length = term.length();
        StringBuilder sb = byLength.computeIfAbsent(length, k -> new StringBuilder());
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(term);
    }

    /** Hands each length's file to {@code files}, under {@code prefix}search/; returns the lengths written. */
    List<Integer> write(String prefix, FileBatch files) {
        List<Integer> lengths = new ArrayList<>(byLength.keySet());
        byLength.forEach((length, words) -> files.add(path(prefix, length), file(length, words)));
        byLength.clear();
        return lengths;
    }

    static String path(String prefix, int length) {
        return prefix + "search/v" + length + ".js";
    }

    /** The file of the words of one length, separated by spaces (letters only: nothing to escape). */
    static byte[] file(int length, CharSequence words) {
        return SearchIndex.script("vocab(" + length + ",\"" + words + "\")");
    }

    /** The words of a file as {@link #file} writes it, in order; null when it is not such a file. */
    static List<String> read(byte[] file) {
        String s = new String(file, StandardCharsets.UTF_8);
        int from = s.indexOf(",\"");
        int to = s.lastIndexOf("\")");
        if (from < 0 || to < from + 2) {
            return null;
        }
        return new ArrayList<>(Arrays.asList(s.substring(from + 2, to).split(" ")));
    }
}
