package org.briefkit.outputs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.briefkit.outputs.search.Shards.TermEntry;
import org.briefkit.work.Workers;
import org.junit.jupiter.api.Test;

/** Term entries cut into shard scripts, with the first term of each for the manifest. */
class ShardsTest {
    @Test
    void entriesAreCutIntoShardsOfAboutSixteenKilobytes() {
        // the sink is called from several workers at once
        Map<String, byte[]> files = new ConcurrentSkipListMap<>();
        try (Workers workers = new Workers(1)) {
            FileBatch batch = new FileBatch(files::put, workers);
            Shards shards = new Shards("fr/", batch);
            TermEntry[] entries = new TermEntry[2000];
            for (int i = 0; i < entries.length; i++) {
                String term = String.format("t%05d", i);
                entries[i] = new TermEntry(term, "\"" + term + "\":\"" + "0.1 ".repeat(5) + "\"");
            }
            // in two calls, as the term writer adds a batch at a time
            shards.add(Arrays.copyOfRange(entries, 0, 700));
            shards.add(Arrays.copyOfRange(entries, 700, entries.length));
            shards.finish();
            batch.flush();

            StringBuilder all = new StringBuilder();
            for (int k = 0; k < shards.bounds().size(); k++) {
                String script = new String(files.get("fr/search/i" + k + ".js"), StandardCharsets.UTF_8);
                String prefix = "briefkitSearch.shard(" + k + ",{";
                assertTrue(script.startsWith(prefix) && script.endsWith("});\n"), script);
                String body = script.substring(prefix.length(), script.length() - "});\n".length());
                assertTrue(body.length() <= Shards.SHARD_BYTES + 40, "shard " + k + " is " + body.length() + " characters");
                assertTrue(body.startsWith("\"" + shards.bounds().get(k) + "\""), "shard " + k + " starts with its bound");
                all.append(k == 0 ? "" : ",").append(body);
            }
            assertEquals(shards.bounds().size(), files.size());
            assertTrue(files.size() > 1, "more than one shard");
            StringBuilder expected = new StringBuilder();
            for (TermEntry e : entries) {
                expected.append(expected.length() == 0 ? "" : ",").append(e.entry());
            }
            assertEquals(expected.toString(), all.toString(), "every entry once, in order");
        }
    }
}
