package org.briefkit.outputs;

import java.util.Arrays;

/**
 * A set of non-negative longs for one document at a time (its pairs of words), emptied for each
 * document: an open-addressing table. It keeps each pair once without sorting the document's pairs.
 */
final class DistinctLongs {
    private static final long EMPTY = -1;
    private long[] table = new long[0];
    private int shift;
    private int mask;

    /** Empties the set, with room for {@code distinct} values at most. */
    void reset(int distinct) {
        int capacity = Integer.highestOneBit(Math.max(8, distinct) * 2 - 1) << 1;
        if (table.length < capacity) {
            table = new long[capacity];
        }
        Arrays.fill(table, 0, capacity, EMPTY);
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    /** Adds {@code value} (≥ 0); whether it was not in the set yet. */
    boolean add(long value) {
        int i = (int) (value * 0x9E3779B97F4A7C15L >>> shift);
        for (long v; (v = table[i]) != EMPTY; i = i + 1 & mask) {
            if (v == value) {
                return false;
            }
        }
        table[i] = value;
        return true;
    }
}
