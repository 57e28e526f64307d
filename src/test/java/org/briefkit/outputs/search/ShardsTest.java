package org.briefkit.outputs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import org.briefkit.outputs.search.Shards.TermEntry;
import org.briefkit.work.Workers;
import org.junit.jupiter.api.Test;

/** Term entries cut into shard scripts where their own terms say, each named after its first term. */
class ShardsTest {
    @Test
    void entriesAreCutIntoShardsNamedAfterTheirFirstTerm() {
        TermEntry[] entries = entries(4000, new Random(4));
        Map<String, byte[]> files = new ConcurrentSkipListMap<>();
        List<IndexState.Shard> made = cut(entries, files);

        StringBuilder all = new StringBuilder();
        int at = 0;
        for (IndexState.Shard s : made) {
            String script = new String(files.get("fr/search/" + s.name() + ".js"), StandardCharsets.UTF_8);
            String prefix = "briefkitSearch.shard(\"" + s.name() + "\",{";
            assertTrue(script.startsWith(prefix) && script.endsWith("});\n"), script);
            String body = script.substring(prefix.length(), script.length() - "});\n".length());
            assertTrue(body.length() <= Shards.MAX, s.name() + " is " + body.length() + " characters");
            assertEquals(Shards.fileName(s.bound()), s.name());
            assertTrue(body.startsWith("\"" + s.bound() + "\""), s.name() + " starts with its bound");
            // it ends after a term that says so, or before one that would not fit
            int end = at + body.split(",\"").length - 1;
            TermEntry lastOne = entries[end];
            assertEquals(Shards.endsShard(lastOne.term(), lastOne.entry().length()), s.ended(), s.name());
            if (!s.ended() && end + 1 < entries.length) {
                assertTrue(body.length() + 1 + entries[end + 1].entry().length() > Shards.MAX, s.name());
            }
            at = end + 1;
            all.append(all.length() == 0 ? "" : ",").append(body);
        }
        assertEquals(entries.length, at);
        assertEquals(made.size(), files.size());
        assertTrue(made.size() > 5, "more than a few shards: " + made.size());
        StringBuilder expected = new StringBuilder();
        for (TermEntry e : entries) {
            expected.append(expected.length() == 0 ? "" : ",").append(e.entry());
        }
        assertEquals(expected.toString(), all.toString(), "every entry once, in order");
    }

    @Test
    void aChangedEntryChangesOnlyTheShardsNearIt() {
        TermEntry[] entries = entries(4000, new Random(5));
        List<IndexState.Shard> before = cut(entries, new ConcurrentSkipListMap<>());
        TermEntry[] edited = entries.clone();
        int middle = entries.length / 2;
        edited[middle] = new TermEntry(entries[middle].term(), entries[middle].entry().replace("\":\"", "\":\"0.1 1.2 3.3 "));
        List<IndexState.Shard> after = cut(edited, new ConcurrentSkipListMap<>());
        Set<IndexState.Shard> changed = new HashSet<>(after);
        changed.removeAll(before);
        assertTrue(!changed.isEmpty() && changed.size() <= 3, "shards made again: " + changed.size());
        assertEquals(before.get(0), after.get(0));
        assertEquals(before.get(before.size() - 1), after.get(after.size() - 1));
    }

    @Test
    void namesDifferWhenTermsDo() {
        assertEquals("iru_19_8_1a_4", Shards.fileName("ru-8.4"));
        assertEquals("isending_w_party", Shards.fileName("sending party"));
        assertEquals("i_6h_", Shards.fileName("é"));
        assertNotEquals(Shards.fileName("a_b"), Shards.fileName("a b"));
        String longer = "x".repeat(60);
        String name = Shards.fileName(longer + " a");
        assertTrue(name.length() < 48 && name.contains("-"), name);
        assertNotEquals(name, Shards.fileName(longer + " b"));
        assertTrue(name.matches("[a-z0-9_-]+"), name);
    }

    /** Entries of {@code n} terms in order, of lengths from a few to a few hundred characters. */
    private static TermEntry[] entries(int n, Random random) {
        TermEntry[] entries = new TermEntry[n];
        for (int i = 0; i < n; i++) {
            String term = String.format("t%05d", i);
            entries[i] = new TermEntry(term, "\"" + term + "\":\"" + "0.1 ".repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 200 : 20)) + "1.1\"");
        }
        return entries;
    }

    /** The shards of {@code entries}, added in two calls as the term writer adds a batch at a time. */
    private static List<IndexState.Shard> cut(TermEntry[] entries, Map<String, byte[]> files) {
        try (Workers workers = new Workers(2)) {
            FileBatch batch = new FileBatch(files::put, workers);
            Shards shards = new Shards("fr/", batch, null);
            shards.add(Arrays.copyOfRange(entries, 0, 700));
            shards.add(Arrays.copyOfRange(entries, 700, entries.length));
            shards.finish();
            batch.flush();
            return new ArrayList<>(shards.made());
        }
    }
}
