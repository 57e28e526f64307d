package org.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.briefkit.graph.SiteGraph;
import org.briefkit.outputs.search.SearchIndex;
import org.briefkit.testing.Corpus;
import org.briefkit.work.Workers;
import org.briefkit.write.OutputSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index with the build cache: brought up to date when one entry changed (few files
 * written, the rest kept), made whole when entries came or went; the same files either way.
 */
class SearchFilesTest {
    @TempDir
    Path dir;

    /** The current output as a map; what a build writes and keeps. */
    private static final class Output implements OutputSink {
        final Map<String, byte[]> current;
        final Map<String, byte[]> next = new ConcurrentSkipListMap<>();
        final Set<String> written = new ConcurrentSkipListSet<>();

        Output(Map<String, byte[]> current) {
            this.current = current;
        }

        @Override
        public void write(String path, byte[] content) {
            written.add(path);
            next.put(path, content);
        }

        @Override
        public boolean keep(String path) {
            byte[] b = current.get(path);
            if (b != null) {
                next.put(path, b);
            }
            return b != null;
        }

        @Override
        public byte[] current(String path) {
            return current.get(path);
        }

        @Override
        public void zip() {
        }

        @Override
        public void commit() {
        }

        @Override
        public void abort() {
        }
    }

    @Test
    void oneEditedEntryWritesFewFilesAndANewEntryAllOfThem() throws IOException {
        Corpus.write(dir, 300, 21);
        Made first = make(new Made(new Output(Map.of()), new SearchFiles(Map.of(), null, null)));
        assertSame(whole(), first.out().next);

        Path point = dir.resolve("content/talking-points/TP-0042.md");
        Files.writeString(point, Files.readString(point) + "\nThe quokka delegation spoke of spectrum again.\n");
        Made edited = make(first);
        assertSame(whole(), edited.out().next);
        long shards = edited.out().written.stream().filter(f -> f.startsWith("search/i")).count();
        long all = edited.out().next.keySet().stream().filter(f -> f.startsWith("search/i")).count();
        assertTrue(shards > 0 && shards * 4 < all, shards + " of " + all + " shards written");
        assertTrue(edited.out().written.contains("search/manifest.js"));

        Files.writeString(dir.resolve("content/talking-points/TP-0042a.md"), "---\ntitle: A new one\n---\nNew text.\n");
        Made added = make(edited);
        assertSame(whole(), added.out().next);
        assertEquals(added.out().next.keySet(), added.out().written, "a new entry renumbers the others: every file written");
    }

    /** A build's output and its search indexes. */
    private record Made(Output out, SearchFiles files) {
    }

    /** The index made by a build after {@code last}, over its output. */
    private Made make(Made last) throws IOException {
        SiteGraph graph = Corpus.graph(dir);
        Output out = new Output(last.out().next);
        // As a build with the disk cache makes them: digests, a body standing for its parsed body's digest.
        Map<String, Long> bodies = new HashMap<>();
        graph.entries().forEach(e -> bodies.put(e.entry().path(), ParsedFiles.bodyDigest(e.entry())));
        Prints prints = Prints.digests(List.of(graph), path -> bodies.getOrDefault(path, 0L));
        SearchFiles files = new SearchFiles(last.files().indexes(), prints, out);
        try (Workers workers = new Workers(2)) {
            files.make(graph, workers, out::write, out::keep);
        }
        return new Made(out, files);
    }

    /** The index a whole build makes of the site as it is now. */
    private Map<String, byte[]> whole() throws IOException {
        return new ConcurrentSkipListMap<>(SearchIndex.build(Corpus.graph(dir)));
    }

    /** The same files with the same bytes. */
    private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }
}
