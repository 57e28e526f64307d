package org.briefkit.outputs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.briefkit.outputs.search.DocumentTables.DistinctLongs;
import org.briefkit.outputs.search.DocumentTables.TermSums;
import org.junit.jupiter.api.Test;

/**
 * The per-document tables of the search index against Java's own maps and sets: documents of many
 * sizes one after another in the same table (as a worker thread uses it), with repeated terms, and
 * values that collide in the table's slots.
 */
class DocumentTablesTest {
    private static final int DOCUMENTS = 400;

    /** How many entries document {@code doc} adds: a few hundred, every fiftieth thousands (the table grows). */
    private static int adds(Random random, int doc) {
        return random.nextInt(doc % 50 == 0 ? 5_000 : 300);
    }

    /** How many distinct values those entries are drawn from: some documents repeat much, others little. */
    private static int range(Random random, int adds) {
        return 1 + random.nextInt(Math.max(1, adds));
    }

    @Test
    void termSumsAddUpEachTermInTheOrderFirstAdded() {
        Random random = new Random(7);
        TermSums sums = new TermSums();
        for (int doc = 0; doc < DOCUMENTS; doc++) {
            int adds = adds(random, doc);
            int range = range(random, adds);
            // terms spaced by a power of two: a table indexed by their low bits alone would put them in one slot
            int stride = random.nextBoolean() ? 1 : 1 << random.nextInt(20);
            Map<Integer, Integer> expected = new LinkedHashMap<>();
            sums.reset(adds);
            for (int i = 0; i < adds; i++) {
                int term = random.nextInt(range) * stride & Integer.MAX_VALUE;
                int weight = 1 + random.nextInt(12);
                sums.add(term, weight);
                expected.merge(term, weight, Integer::sum);
            }
            Map<Integer, Integer> actual = new LinkedHashMap<>();
            for (int i = 0; i < sums.size(); i++) {
                actual.put(sums.term(i), sums.sum(i));
            }
            assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(actual.entrySet()), "document " + doc);
        }
    }

    @Test
    void distinctLongsKeepEachValueOnce() {
        Random random = new Random(11);
        DistinctLongs set = new DistinctLongs();
        for (int doc = 0; doc < DOCUMENTS; doc++) {
            int adds = adds(random, doc);
            int range = range(random, adds);
            Set<Long> expected = new LinkedHashSet<>();
            List<Long> kept = new ArrayList<>();
            set.reset(adds);
            for (int i = 0; i < adds; i++) {
                // the shape of a pair: first word and its part in the high half, second word in the low
                long value = (long) ('a' + random.nextInt(26)) << 54 | (long) random.nextInt(range) << 32 | random.nextInt(range);
                boolean added = set.add(value);
                assertEquals(expected.add(value), added, "document " + doc + ", value " + value);
                if (added) {
                    kept.add(value);
                }
            }
            assertEquals(new ArrayList<>(expected), kept, "document " + doc);
        }
    }
}
