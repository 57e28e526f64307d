package org.briefkit.outputs.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.briefkit.work.Workers;
import org.junit.jupiter.api.Test;

/** The pair postings' in-place sort against {@code Arrays.sort}. */
class PairPostingsTest {
    @Test
    void sortInPlaceSortsLikeArraysSort() {
        try (Workers workers = new Workers(2)) {
            sortInPlaceSortsLikeArraysSort(workers);
        }
    }

    private static void sortInPlaceSortsLikeArraysSort(Workers workers) {
        Random random = new Random(8);
        for (int size : new int[] {0, 1, 1000, 70_000, 300_001}) {
            for (int kind = 0; kind < 3; kind++) {
                long[] a = new long[size];
                for (int i = 0; i < size; i++) {
                    // any longs (negative ones too, as packed pairs with a high word rank are), few distinct values, or all equal
                    a[i] = kind == 0 ? random.nextLong() : kind == 1 ? random.nextInt(5) - 2 : 7;
                }
                long[] expected = a.clone();
                Arrays.sort(expected);
                PairPostings.sortInPlace(a, workers);
                assertTrue(Arrays.equals(expected, a), "size " + size + ", kind " + kind);
            }
        }
    }
}
