package org.briefkit.outputs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.testing.Corpus;
import org.briefkit.work.Workers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a result shows, 25 entries to a file, read back against the graph. */
class DocumentChunksTest {
    @TempDir
    Path dir;

    @Test
    void everyEntryIsInItsChunkWithItsSummaryCut() throws IOException {
        Corpus.write(dir, 60, 4);
        // a summary over 160 characters with a space where it is cut (the space goes, the ellipsis follows)
        Files.writeString(dir.resolve("content/pages/long.md"), "---\ntitle: Long\nsummary: " + "x".repeat(158) + " yyyy\n---\nText.\n");
        SiteGraph graph = Corpus.graph(dir);
        // the sink is called from several workers at once
        Map<String, byte[]> files = new ConcurrentSkipListMap<>();
        try (Workers workers = new Workers(2)) {
            FileBatch batch = new FileBatch(files::put, workers);
            DocumentChunks.write(graph, SearchIndex.documents(graph), batch);
            batch.flush();
        }
        List<SiteEntry> docs = SearchIndex.documents(graph);
        assertEquals((docs.size() + 24) / 25, files.size());
        List<String> collections = graph.collectionNames();
        for (int d = 0; d < docs.size(); d++) {
            String script = new String(files.get("search/d" + d / 25 + ".js"), StandardCharsets.UTF_8);
            String prefix = "briefkitSearch.docs(" + d / 25 + ",";
            assertTrue(script.startsWith(prefix) && script.endsWith(");\n"), script);
            JsonNode doc = new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 3)).get(d % 25);
            SiteEntry e = docs.get(d);
            String summary = e.entry().summary() == null ? "" : e.entry().summary();
            String shown = summary.length() <= 160 ? summary : summary.substring(0, 159).strip() + "…";
            assertEquals(e.title(), doc.get(0).asText(), "entry " + d);
            assertEquals(collections.indexOf(e.collection()), doc.get(1).asInt(), "entry " + d);
            assertEquals(shown, doc.get(2).asText(), "entry " + d);
            assertEquals(graph.href(e.path()), doc.get(3).asText(), "entry " + d);
            assertEquals(e.id(), doc.get(4).asText(), "entry " + d);
        }
        assertTrue(files.values().stream().anyMatch(f -> new String(f, StandardCharsets.UTF_8).contains("x".repeat(158) + "…")),
                "the long summary is cut");
    }
}
