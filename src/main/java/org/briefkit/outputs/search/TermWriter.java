package org.briefkit.outputs.search;

import java.util.Arrays;
import org.briefkit.outputs.Json;
import org.briefkit.outputs.search.Shards.TermEntry;
import org.briefkit.work.Workers;

/**
 * Writes every term in the order of its text into the shards: single terms from their postings,
 * pairs from the pair postings a part at a time. Entries are made on the workers {@value #BATCH}
 * terms at a time. A term is a word ({@code end} -1, {@code first} its number) or a run [{@code first},
 * {@code end}) of equal pairs in the sorted pair postings. An entry is
 * {@code "term":"gap.weight gap.weight"}: gaps between documents and weights in base 36 (search.js
 * makes them scores: an entry depends on no other term's, so an edit changes only its own terms'
 * entries). Not thread-safe: one thread writes.
 */
final class TermWriter {
    /** Terms whose entries are written in parallel at a time. */
    private static final int BATCH = 16_384;
    private final WordRanks ranks;
    private final Postings[] singles;
    private long[] pairs = new long[0];
    private final Shards shards;
    private final Workers workers;
    /** The pair postings each run of the batch indexes. */
    private final long[][] source = new long[BATCH][];
    private final int[] first = new int[BATCH];
    private final int[] end = new int[BATCH];
    private int size;

    /**
     * A writer of terms: words ranked by {@code ranks}, with their postings in {@code singles} (by
     * word number, null for a word that is only in pairs), their entries made on {@code workers}.
     */
    TermWriter(WordRanks ranks, Postings[] singles, Shards shards, Workers workers) {
        this.ranks = ranks;
        this.singles = singles;
        this.shards = shards;
        this.workers = workers;
    }

    /**
     * Writes the terms, words and pairs, rank by rank: the pairs of one part at a time, numbered by
     * rank and sorted. The words of a part (by first character) have consecutive ranks, so the
     * parts in order are all pairs in order.
     */
    void writeAll(PairPostings pairPostings) {
        Integer[] byRank = ranks.byRank();
        long[] sortedPairs = new long[0];
        int loaded = -1;
        int next = 0;
        for (int r = 0; r < byRank.length; r++) {
            if (singles[byRank[r]] != null) {
                add(byRank[r], -1);
            }
            int part = PairPostings.part(ranks.word(r));
            if (part != loaded) {
                // Let the previous part's pairs go before the next part is collected and copied: at
                // 100,000 entries a part is tens of megabytes, and the heap is nearly full here.
                flush();
                pairs = new long[0];
                sortedPairs = null;
                if (!pairPostings.holds(part)) {
                    pairPostings.collect(part);
                }
                sortedPairs = pairPostings.take(part, ranks.rank());
                pairs = sortedPairs;
                loaded = part;
                next = 0;
            }
            while (next < sortedPairs.length && PairPostings.firstRank(sortedPairs[next]) == r) {
                int start = next;
                long key = PairPostings.key(sortedPairs[next]);
                while (next < sortedPairs.length && PairPostings.key(sortedPairs[next]) == key) {
                    next++;
                }
                add(start, next);
            }
        }
        flush();
    }

    private void add(int first, int end) {
        this.source[size] = pairs;
        this.first[size] = first;
        this.end[size] = end;
        if (++size == BATCH) {
            flush();
        }
    }

    private void flush() {
        TermEntry[] out = new TermEntry[size];
        workers.forEach(size, i -> out[i] = entry(source[i], first[i], end[i]));
        Arrays.fill(source, null);
        shards.add(out);
        size = 0;
    }

    private TermEntry entry(long[] pairs, int first, int end) {
        if (end < 0) {
            Postings p = singles[first];
            singles[first] = null; // written once, at its rank: let it go
            return entry(ranks.words()[first], p.docs(), p.weights(), p.size());
        }
        int[] docs = new int[end - first];
        for (int k = first; k < end; k++) {
            docs[k - first] = PairPostings.doc(pairs[k]);
        }
        int[] ones = new int[docs.length];
        Arrays.fill(ones, 1);
        String term = ranks.word(PairPostings.firstRank(pairs[first])) + " " + ranks.word(PairPostings.secondRank(pairs[first]));
        return entry(term, docs, ones, docs.length);
    }

    /** The entry of {@code term} in the documents {@code docs[0, size)} (ascending), with their weights. */
    static TermEntry entry(String term, int[] docs, int[] weights, int size) {
        StringBuilder sb = new StringBuilder(term.length() + 4 + size * 5);
        Json.string(term, sb);
        sb.append(":\"");
        int previous = 0;
        for (int k = 0; k < size; k++) {
            if (k > 0) {
                sb.append(' ');
            }
            base36(docs[k] - previous, sb);
            sb.append('.');
            base36(weights[k], sb);
            previous = docs[k];
        }
        return new TermEntry(term, sb.append('"').toString());
    }

    /** {@code Integer.toString(v, 36)} for v ≥ 0, without the garbage. */
    static void base36(int v, StringBuilder sb) {
        if (v < 36) {
            sb.append(Character.forDigit(v, 36));
            return;
        }
        base36(v / 36, sb);
        sb.append(Character.forDigit(v % 36, 36));
    }
}
