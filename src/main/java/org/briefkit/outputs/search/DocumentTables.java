package org.briefkit.outputs.search;

import java.util.Arrays;

/**
 * The search index's tables for one document at a time, kept per thread and emptied for each
 * document: open-addressing tables, sized to a power of two at least twice the most entries they
 * will hold. They replace sorting each document's terms, body words and pairs (~30% of the index's
 * time at 10k). Not thread-safe: each belongs to one {@link Dictionary.Local}, used by one thread at a time.
 */
final class DocumentTables {
    private DocumentTables() {
    }

    /** The slots for {@code distinct} entries at most: a power of two, at least twice as many (16 at least). */
    private static int capacity(int distinct) {
        return Integer.highestOneBit(Math.max(8, distinct) * 2 - 1) << 1;
    }

    /** Sums of weights by term (a non-negative int), with the terms in the order they were first added. */
    static final class TermSums {
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
            int capacity = capacity(distinct);
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

    /** A set of non-negative longs (a document's pairs of words), each kept once without sorting. */
    static final class DistinctLongs {
        private static final long EMPTY = -1;
        private long[] table = new long[0];
        private int shift;
        private int mask;

        /** Empties the set, with room for {@code distinct} values at most. */
        void reset(int distinct) {
            int capacity = capacity(distinct);
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
}
