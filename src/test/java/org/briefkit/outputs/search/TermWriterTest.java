package org.briefkit.outputs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListMap;
import org.briefkit.work.Workers;
import org.junit.jupiter.api.Test;

/** Terms written in the order of their text, words and pairs together, with their scores. */
class TermWriterTest {
    @Test
    void wordsAndPairsAreWrittenInTextOrderWithTheirScores() {
        // the sink is called from several workers at once
        Map<String, byte[]> files = new ConcurrentSkipListMap<>();
        try (Workers workers = new Workers(2)) {
            // word numbers: work 0, net 1, network 2; three documents
            WordRanks ranks = WordRanks.of(new String[] {"work", "net", "network"}, workers);
            Postings[] singles = {postings(1, 3), postings(0, 8, 2, 1), postings(2, 12)};
            PairPostings pairs = new PairPostings(1_000, List.of(), new Dictionary(), workers);
            long netWork = PairPostings.pair(PairPostings.first(PairPostings.part("net"), 1), 0);
            pairs.add(new DocumentTerms(new int[0], new int[0], new long[] {netWork}), 0);
            pairs.add(new DocumentTerms(new int[0], new int[0], new long[] {netWork}), 2);
            FileBatch batch = new FileBatch(files::put, workers);
            Shards shards = new Shards("", batch);
            new TermWriter(ranks, singles, 3, shards, workers).writeAll(pairs);
            shards.finish();
            batch.flush();
            assertEquals(List.of("net"), shards.bounds());
        }
        // "net work" after "net" and before "network": a space sorts before every letter
        String expected = "briefkitSearch.shard(0,{\"net\":\"0." + score(8, 2) + " 2." + score(1, 2) + "\",\"net work\":\"0."
                + score(1, 2) + " 2." + score(1, 2) + "\",\"network\":\"2." + score(12, 1) + "\",\"work\":\"1." + score(3, 1) + "\"});\n";
        assertEquals(expected, new String(files.get("search/i0.js"), StandardCharsets.UTF_8));
    }

    @Test
    void base36IsIntegerToString() {
        Random random = new Random(36);
        for (int i = 0; i < 10_000; i++) {
            int v = i < 100 ? i : random.nextInt(Integer.MAX_VALUE);
            StringBuilder sb = new StringBuilder();
            TermWriter.base36(v, sb);
            assertEquals(Integer.toString(v, 36), sb.toString());
        }
    }

    /** Postings of (document, weight) pairs. */
    private static Postings postings(int... docWeights) {
        Postings p = new Postings();
        for (int k = 0; k < docWeights.length; k += 2) {
            p.add(docWeights[k], docWeights[k + 1]);
        }
        return p;
    }

    /** The score of a weight in one of 3 documents, for a term in {@code df} of them (docs/search.md). */
    private static String score(int weight, int df) {
        long score = Math.min(9999, Math.max(1, Math.round(weight * Math.log(1.0 + 3.0 / df) * 10)));
        return Long.toString(score, 36);
    }
}
