package org.briefkit.outputs;

import java.util.Arrays;

/**
 * Sums of weights by term (a non-negative int) for one document at a time: an open-addressing table,
 * emptied for each document, with the terms in the order they were first added. It replaces sorting
 * each document's terms and body words (with the sort of its pairs, ~30% of the index's time at 10k).
 */
final class TermSums {
    private static final int EMPTY = -1;
    private int[] keys = new int[0];
    private int[] values = new int[0];
    /** The slots in use, in the order their terms were first added. */
    private int[] used = new int[0];
    private int size;
    private int shift;
    private int mask;

    /** Empties the table, with room for {@code distinct} terms at most. */
    void reset(int distinct) {
        int capacity = Integer.highestOneBit(Math.max(8, distinct) * 2 - 1) << 1;
        if (keys.length < capacity) {
            keys = new int[capacity];
            values = new int[capacity];
        }
        if (used.length < distinct) {
            used = new int[Math.max(distinct, 2 * used.length)];
        }
        Arrays.fill(keys, 0, capacity, EMPTY);
        mask = capacity - 1;
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
        size = 0;
    }

    /** Adds {@code weight} to the sum of {@code term} (≥ 0). */
    void add(int term, int weight) {
        int i = term * 0x9E3779B9 >>> shift;
        for (int k; (k = keys[i]) != EMPTY; i = i + 1 & mask) {
            if (k == term) {
                values[i] += weight;
                return;
            }
        }
        keys[i] = term;
        values[i] = weight;
        used[size++] = i;
    }

    int size() {
        return size;
    }

    /** The {@code n}th term added. */
    int term(int n) {
        return keys[used[n]];
    }

    /** The sum of the {@code n}th term added. */
    int sum(int n) {
        return values[used[n]];
    }
}
