package org.briefkit.outputs.search;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The dictionary's words in the order of their text: {@code byRank[r]} is the number of the word
 * of rank {@code r}, {@code rank[w]} the rank of word number {@code w}. Terms are written in this
 * order: words by rank; a pair "a b" right after the word a and before any other word that starts
 * with a, since a space sorts before every letter and digit. Immutable once made.
 */
record WordRanks(String[] words, Integer[] byRank, int[] rank) {
    /** The ranks of {@code words} (each word once, as a dictionary holds them). */
    static WordRanks of(String[] words) {
        Integer[] byRank = IntStream.range(0, words.length).boxed().toArray(Integer[]::new);
        Arrays.parallelSort(byRank, (x, y) -> words[x].compareTo(words[y]));
        int[] rank = new int[words.length];
        for (int r = 0; r < byRank.length; r++) {
            rank[byRank[r]] = r;
        }
        return new WordRanks(words, byRank, rank);
    }

    /** How many words there are. */
    int size() {
        return words.length;
    }

    /** The word of rank {@code r}. */
    String word(int r) {
        return words[byRank[r]];
    }
}
