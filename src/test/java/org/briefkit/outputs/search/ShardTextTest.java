package org.briefkit.outputs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.briefkit.outputs.search.Shards.TermEntry;
import org.briefkit.work.Workers;
import org.junit.jupiter.api.Test;

/** A shard read back as it was written: its entries, terms with escapes, and the postings of chosen documents. */
class ShardTextTest {
    @Test
    void aShardIsReadBackAsWritten() {
        List<TermEntry> entries = List.of(
                TermWriter.entry("a\"b\\c", new int[] {0, 7}, new int[] {3, 12}, 2),
                TermWriter.entry("a<b", new int[] {5}, new int[] {1}, 1),
                TermWriter.entry("café crème", new int[] {1, 2, 40}, new int[] {1, 8, 40}, 3),
                TermWriter.entry("x\u2028y", new int[] {36 * 36}, new int[] {5}, 1));
        Map<String, byte[]> files = new ConcurrentSkipListMap<>();
        try (Workers workers = new Workers(1)) {
            FileBatch batch = new FileBatch(files::put, workers);
            Shards shards = new Shards("", batch, null);
            entries.forEach(shards::add);
            shards.finish();
            batch.flush();
        }
        assertEquals(1, files.size());
        byte[] file = files.values().iterator().next();
        assertEquals(entries, ShardText.entries(file));

        BitSet chosen = new BitSet();
        chosen.set(7);
        chosen.set(40);
        chosen.set(36 * 36);
        Map<String, Integer> hits = new TreeMap<>();
        ShardText.hits(file, chosen, (term, doc, weight) -> hits.put(term + "@" + doc, weight));
        assertEquals(Map.of("a\"b\\c@7", 12, "café crème@40", 40, "x\u2028y@1296", 5), hits);

        List<String> postings = new ArrayList<>();
        ShardText.postings(entries.get(2).entry(), (doc, weight) -> postings.add(doc + ":" + weight));
        assertEquals(List.of("1:1", "2:8", "40:40"), postings);
    }

    @Test
    void anythingElseIsUnreadable() {
        for (String bad : List.of("", "briefkitSearch.shard(\"x\",{\"a\":\"0.1\"", "briefkitSearch.shard(\"x\",{\"a\":\"0.\"});\n",
                "briefkitSearch.shard(\"x\",{\"a\":\"0.1\"\"b\":\"1.1\"});\n", "briefkitSearch.shard(\"x\",{\"a\":\"0.1 Z.1\"});\n",
                "alert(1);briefkitSearch.shard(\"x\",{});\n")) {
            assertThrows(ShardText.Unreadable.class, () -> ShardText.entries(bad.getBytes(StandardCharsets.UTF_8)), bad);
        }
    }
}
