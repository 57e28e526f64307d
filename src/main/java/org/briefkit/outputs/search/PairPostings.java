package org.briefkit.outputs.search;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.briefkit.graph.SiteEntry;
import org.briefkit.work.Workers;

/**
 * The postings of pairs of neighbouring words, in parts by the first character of their first
 * word: one part per ASCII character, one for the rest ({@value #PARTS}). Words of a part have
 * consecutive ranks, so the parts in order, each sorted, are all pairs in the order of their text.
 *
 * <p>A pair posting is one {@code long}: first word, second word, document ({@value #WORD_BITS},
 * {@value #WORD_BITS} and {@value #DOC_BITS} bits), so that the postings of all pairs are one
 * array sorted once, with no object or string per pair (at 10,000 entries there are millions).
 * Pairs with a word numbered beyond 4 million, or in a document beyond the millionth, are left out.
 * A document's pair, before it becomes a posting, is {@code first << 32 | second}, with the part of
 * the first word above the first word's number ({@link #first}, {@link #pair}).
 *
 * <p>When the postings would take more than a budget of the heap (a seventh; at 100,000 entries
 * there are some 90 million), they are only counted in the first pass, and collected again, from
 * the documents, a group of consecutive parts within the budget at a time. Not thread-safe: one
 * thread adds and takes; ranking, sorting and collecting again run on the build's workers.
 */
final class PairPostings {
    static final int PARTS = 129;
    private static final int WORD_BITS = 22;
    private static final int DOC_BITS = 20;
    private static final long WORD_MASK = (1L << WORD_BITS) - 1;
    private static final long DOC_MASK = (1L << DOC_BITS) - 1;
    /** Postings ranked by one task: large enough that handing out a slice costs little beside it. */
    private static final int SLICE = 1 << 14;

    private final LongChunks[] parts = new LongChunks[PARTS];
    /** When all parts were held: each part ranked and sorted, until taken. */
    private long[][] ready;
    private final long[] counts = new long[PARTS];
    private final long budget;
    private final List<SiteEntry> docs;
    private final Dictionary dictionary;
    private final Workers workers;
    private long held;
    private boolean counting;
    /** The parts collected: [from, to). */
    private int from;
    private int to = PARTS;

    /**
     * Postings of the pairs of {@code docs}, at most about {@code budget} of them held at a time;
     * documents' terms made again (when parts are collected again) by {@code dictionary}, and
     * parallel steps run, on {@code workers}.
     */
    PairPostings(long budget, List<SiteEntry> docs, Dictionary dictionary, Workers workers) {
        this.budget = budget;
        this.docs = docs;
        this.dictionary = dictionary;
        this.workers = workers;
    }

    /** The part of the pairs whose first word is {@code word}. */
    static int part(String word) {
        char c = word.isEmpty() ? 0 : word.charAt(0);
        return Math.min(c, PARTS - 1);
    }

    /** The first word of a document's pair, with its part above it; -1 (no pair) for a word beyond the word bits. */
    static long first(int part, int word) {
        return word > WORD_MASK ? -1 : (long) part << WORD_BITS | word;
    }

    /** A document's pair of {@code first} (from {@link #first}) and the word after it. */
    static long pair(long first, int second) {
        return first << 32 | second;
    }

    /** The number of a document's pair's first word (from {@link #pair}). */
    static int firstWord(long pair) {
        return (int) (pair >>> 32 & WORD_MASK);
    }

    /** The number of a document's pair's second word; beyond the word bits, the pair is left out ({@link #kept}). */
    static long secondWord(long pair) {
        return pair & 0xFFFFFFFFL;
    }

    /** The rank of a ranked posting's first word. */
    static int firstRank(long posting) {
        return (int) (posting >>> (WORD_BITS + DOC_BITS));
    }

    /** The rank of a ranked posting's second word. */
    static int secondRank(long posting) {
        return (int) (posting >>> DOC_BITS & WORD_MASK);
    }

    /** A posting without its document: equal for the postings of one pair. */
    static long key(long posting) {
        return posting >>> DOC_BITS;
    }

    static int doc(long posting) {
        return (int) (posting & DOC_MASK);
    }

    /**
     * Counts the pairs of document {@code doc} (the first pass) and keeps them, until they are
     * more than the budget: then none are kept, and parts are collected again when needed.
     */
    void add(DocumentTerms dt, int doc) {
        for (long pair : dt.pairs()) {
            if (kept(pair, doc)) {
                counts[part(pair)]++;
                if (!counting && ++held > budget) {
                    counting = true;
                    Arrays.fill(parts, null);
                    to = 0;
                }
                if (!counting) {
                    keep(pair, doc);
                }
            }
        }
    }

    /** Whether the pairs of {@code part} are collected. */
    boolean holds(int part) {
        return part >= from && part < to;
    }

    /** Collects the pairs of {@code part} and the parts after it that fit the budget with it. */
    void collect(int part) {
        from = part;
        to = part + 1;
        long sum = counts[part];
        while (to < PARTS && sum + counts[to] <= budget) {
            sum += counts[to++];
        }
        for (int first = 0; first < docs.size(); first += DocumentTerms.BLOCK) {
            DocumentTerms[] block = DocumentTerms.block(docs, first, dictionary, workers);
            for (int d = 0; d < block.length; d++) {
                for (long pair : block[d].pairs()) {
                    if (kept(pair, first + d) && holds(part(pair))) {
                        keep(pair, first + d);
                    }
                }
            }
        }
    }

    private static int part(long pair) {
        return (int) (pair >>> (32 + WORD_BITS));
    }

    /** Pairs with a second word numbered beyond the word bits, or in a document beyond the document bits, are left out. */
    static boolean kept(long pair, int doc) {
        return (pair & 0xFFFFFFFFL) <= WORD_MASK && doc <= DOC_MASK;
    }

    private void keep(long pair, int doc) {
        int part = part(pair);
        if (parts[part] == null) {
            parts[part] = new LongChunks();
        }
        long a = pair >>> 32 & WORD_MASK;
        long b = pair & 0xFFFFFFFFL;
        parts[part].add(a << (WORD_BITS + DOC_BITS) | b << DOC_BITS | doc);
    }

    /**
     * The pairs of {@code part} in one array, word numbers replaced by ranks, sorted; the part is
     * let go. When all parts are held, they are all ranked and sorted at the first call, in parallel
     * (each part's own steps then run on the worker that takes the part).
     */
    long[] take(int part, int[] rank) {
        if (!counting && ready == null) {
            ready = new long[PARTS][];
            workers.forEach(PARTS, p -> {
                ready[p] = parts[p] == null ? new long[0] : ranked(parts[p], rank, workers);
                parts[p] = null;
            });
        }
        if (ready != null) {
            long[] out = ready[part];
            ready[part] = null;
            return out;
        }
        LongChunks chunks = parts[part];
        parts[part] = null;
        return chunks == null ? new long[0] : ranked(chunks, rank, workers);
    }

    /** The pair postings of a part in one array, with word numbers replaced by ranks, sorted; slices of it in parallel. */
    private static long[] ranked(LongChunks part, int[] rank, Workers workers) {
        long[] a = part.toArray();
        workers.forEach((a.length + SLICE - 1) / SLICE, s -> {
            for (int i = s * SLICE, end = Math.min(a.length, i + SLICE); i < end; i++) {
                long p = a[i];
                long x = rank[(int) (p >>> (WORD_BITS + DOC_BITS))];
                long y = rank[(int) (p >>> DOC_BITS & WORD_MASK)];
                a[i] = x << (WORD_BITS + DOC_BITS) | y << DOC_BITS | (p & DOC_MASK);
            }
        });
        sortInPlace(a, workers);
        return a;
    }

    /**
     * Sorts {@code a} without a second array of its size ({@code Arrays.parallelSort} takes one: at
     * 100,000 entries that is hundreds of megabytes): split around a sampled middle value, then the
     * two parts sorted in place at the same time, on {@code workers}.
     */
    static void sortInPlace(long[] a, Workers workers) {
        if (a.length < 1 << 16) {
            Arrays.sort(a);
            return;
        }
        long[] sample = new long[1025];
        Random random = new Random(a.length);
        for (int i = 0; i < sample.length; i++) {
            sample[i] = a[random.nextInt(a.length)];
        }
        Arrays.sort(sample);
        long pivot = sample[sample.length / 2];
        int low = 0;
        int high = a.length - 1;
        while (low <= high) {
            if (a[low] < pivot) {
                low++;
            } else {
                long t = a[low];
                a[low] = a[high];
                a[high--] = t;
            }
        }
        int split = low;
        workers.forEach(2, half -> Arrays.sort(a, half == 0 ? 0 : split, half == 0 ? split : a.length));
    }
}
