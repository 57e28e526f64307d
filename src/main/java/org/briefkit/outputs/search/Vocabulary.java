package org.briefkit.outputs.search;

import java.util.ArrayList;
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

    /** Notes a term of the index; pairs, IDs and words with digits are left out. */
    void add(String term) {
        int length = term.length();
        if (length < MIN || length > MAX) {
            return;
        }
        for (int i = 0; i < length; i++) {
            if (!Character.isLetter(term.charAt(i))) {
                return;
            }
        }
        StringBuilder sb = byLength.computeIfAbsent(length, k -> new StringBuilder());
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(term);
    }

    /** Hands each length's file to {@code files}, under {@code prefix}search/; returns the lengths written. */
    List<Integer> write(String prefix, FileBatch files) {
        List<Integer> lengths = new ArrayList<>(byLength.keySet());
        byLength.forEach((length, words) -> {
            StringBuilder call = new StringBuilder("vocab(").append(length).append(",\"").append(words).append("\")");
            files.add(prefix + "search/v" + length + ".js", SearchIndex.script(call.toString()));
        });
        byLength.clear();
        return lengths;
    }
}
