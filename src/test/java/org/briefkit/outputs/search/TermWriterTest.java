package org.briefkit.outputs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListMap;
import org.briefkit.work.Workers;
import org.junit.jupiter.api.Test;

/** Terms written in the order of their text, words and pairs together, with their weights. */
class TermWriterTest {
    @Test
    void wordsAndPairsAreWrittenInTextOrderWithTheirWeights() {
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
            Shards shards = new Shards("", batch, null);
            new TermWriter(ranks, singles, shards, workers).writeAll(pairs);
            shards.finish();
            batch.flush();
            assertEquals(List.of("net"), shards.made().stream().map(IndexState.Shard::bound).toList());
        }
        // "net work" after "net" and before "network": a space sorts before every letter; weights in base 36
        String expected = "briefkitSearch.shard(\"inet\",{\"net\":\"0.8 2.1\",\"net work\":\"0.1 2.1\",\"network\":\"2.c\","
                + "\"work\":\"1.3\"});\n";
        assertEquals(expected, new String(files.get("search/inet.js"), StandardCharsets.UTF_8));
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
}
