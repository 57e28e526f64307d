package org.briefkit.outputs.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.briefkit.work.Workers;
import org.junit.jupiter.api.Test;

/** Words ranked on the workers against one sort on one thread. */
class WordRanksTest {
    @Test
    void ranksAreTheOrderOfTheWordsText() {
        Random random = new Random(5);
        // runs of one task (8,192 words) or more, an odd number of runs, and fewer words than one run
        for (int threads : new int[] {1, 2, 3}) {
            for (int size : new int[] {0, 1, 1000, 20_000, 50_001}) {
                Set<String> distinct = new LinkedHashSet<>();
                while (distinct.size() < size) {
                    distinct.add(word(random));
                }
                String[] words = distinct.toArray(String[]::new);
                String[] expected = words.clone();
                Arrays.sort(expected);
                WordRanks ranks;
                try (Workers workers = new Workers(threads)) {
                    ranks = WordRanks.of(words, workers);
                }
                String[] actual = new String[size];
                for (int r = 0; r < size; r++) {
                    actual[r] = ranks.word(r);
                    assertEquals(r, ranks.rank()[ranks.byRank()[r]], "rank of the word of rank " + r);
                }
                assertArrayEquals(expected, actual, threads + " threads, " + size + " words");
            }
        }
    }

    @Test
    void sortKeepsEqualElementsInTheirOrder() {
        Integer[] a = new Integer[30_000];
        Arrays.setAll(a, i -> i);
        Comparator<Integer> byTens = Comparator.comparingInt(i -> i % 10);
        Integer[] expected = a.clone();
        Arrays.sort(expected, byTens);
        try (Workers workers = new Workers(3)) {
            WordRanks.sort(a, byTens, workers);
        }
        assertArrayEquals(expected, a);
    }

    /** A word of one to six letters, from few letters, so that words share beginnings (pairs sort after them). */
    private static String word(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = 1 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + random.nextInt(8)));
        }
        if (random.nextInt(10) == 0) {
            sb.append(' ').append((char) ('a' + random.nextInt(8)));
        }
        return sb.toString();
    }
}
