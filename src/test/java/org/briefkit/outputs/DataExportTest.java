package org.briefkit.outputs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.testing.Corpus;
import org.briefkit.write.OutputSink;
import org.briefkit.work.Workers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data files of a collection larger than one block of entries made at a time. */
class DataExportTest {
    @TempDir
    Path dir;

    @Test
    void aCollectionFileListsEveryEntryInOrderWithItsBody() throws IOException {
        Corpus.write(dir, 1_100, 11);
        SiteGraph graph = Corpus.graph(dir);
        Map<String, List<byte[]>> pieces = new TreeMap<>();
        try (Workers workers = new Workers(2)) {
            DataExport.build(graph, workers, pieces::put);
            check(graph, pieces);
        }
    }

    private static void check(SiteGraph graph, Map<String, List<byte[]>> pieces) throws IOException {
        List<byte[]> points = pieces.get("data/talking-points.json");
        byte[] once = OutputSink.join(points);
        assertArrayEquals(once, OutputSink.join(points), "read again, the pieces are made again the same");

        JsonNode entries = new ObjectMapper().readTree(once).get("entries");
        List<SiteEntry> expected = graph.collection("talking-points");
        assertTrue(expected.size() > 1_024, "more entries than two blocks");
        assertEquals(expected.size(), entries.size());
        for (int i = 0; i < expected.size(); i++) {
            SiteEntry e = expected.get(i);
            assertEquals(e.id(), entries.get(i).get("id").asText(), "entry " + i);
            assertEquals(e.title(), entries.get(i).get("title").asText(), "entry " + i);
            String html = entries.get(i).get("html").asText();
            assertTrue(html.startsWith("<p") && html.contains("</p>") && html.length() > 100, "entry " + i + " has its body");
        }
    }
}
