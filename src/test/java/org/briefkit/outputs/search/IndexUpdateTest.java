package org.briefkit.outputs.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.testing.Corpus;
import org.briefkit.work.Workers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index brought up to date after edits is, file for file and byte for byte, the index a whole
 * build makes of the edited site, and only the files that differ are written.
 */
class IndexUpdateTest {
    @TempDir
    Path dir;

    @Test
    void anUpdatedIndexIsTheWholeBuildsIndex() throws IOException {
        Corpus.write(dir, 400, 11);
        Built before = build(Corpus.graph(dir));
        Random random = new Random(11);
        List<Path> points;
        try (var list = Files.list(dir.resolve("content/talking-points"))) {
            points = list.sorted().toList();
        }
        String[] edits = {"body", "title", "new words", "fewer words", "two at once", "nothing searchable"};
        for (int round = 0; round < 12; round++) {
            String edit = edits[round % edits.length];
            Path p = points.get(random.nextInt(points.size()));
            String text = Files.readString(p);
            switch (edit) {
                case "body" -> text = text + "\nThe delegation of " + round + " asked again about routing.\n";
                case "title" -> text = text.replaceFirst("(?m)^title: .*$", "title: Zygomorphic quokka treaty " + round);
                case "new words" -> text = text + "\nUnheardof" + round + " xylophonic quibbleword" + (char) ('a' + round) + " appears.\n";
                case "fewer words" -> text = text.substring(0, text.indexOf("---", 4) + 4) + "Short.\n";
                case "two at once" -> {
                    Path q = points.get(random.nextInt(points.size()));
                    Files.writeString(q, Files.readString(q) + "\nSpectrum spectrum spectrum spectrum spectrum.\n");
                    text = text.replace("network", "netwerk");
                }
                default -> text = text + "\n\n\n";
            }
            Files.writeString(p, text);
            SiteGraph graph = Corpus.graph(dir);
            Built whole = build(graph);
            Built updated = update(graph, before);
            assertNotNull(updated.state, edit);
            assertEquals(whole.files.keySet(), updated.files.keySet(), edit + ": the same files");
            for (String path : whole.files.keySet()) {
                assertArrayEquals(whole.files.get(path), updated.files.get(path), edit + ": " + path);
            }
            assertEquals(whole.state, updated.state, edit);
            long shardsWritten = updated.written.stream().filter(f -> f.startsWith("search/i")).count();
            if (edit.equals("nothing searchable")) {
                assertEquals(Set.of("search/manifest.js"), updated.written, "nothing but the manifest written");
            } else if (!edit.equals("fewer words") && !edit.equals("two at once")) {
                // a document's text is in most shards; a sentence more changes few of them
                assertTrue(shardsWritten < whole.state.shards().size() / 4, edit + ": " + shardsWritten + " of "
                        + whole.state.shards().size() + " shards written");
            }
            before = whole;
        }
    }

    @Test
    void aShardThatIsNotAsWrittenMeansABuildOfTheWhole() throws IOException {
        Corpus.write(dir, 60, 12);
        SiteGraph graph = Corpus.graph(dir);
        Built before = build(graph);
        String shard = "search/" + before.state.shards().get(0).name() + ".js";
        before.files.put(shard, "briefkitSearch.shard(\"x\",{});\n".getBytes());
        Built updated = update(graph, before, 0);
        assertNull(updated.state);
        assertTrue(updated.files.isEmpty(), "nothing written or kept: " + updated.files.keySet());
    }

    /** An index: what describes it, its files, those written (not kept), the documents it was made of. */
    private record Built(IndexState state, Map<String, byte[]> files, Set<String> written, List<SiteEntry> docs) {
    }

    private static Built build(SiteGraph graph) {
        Map<String, byte[]> files = new ConcurrentSkipListMap<>();
        try (Workers workers = new Workers(2)) {
            return new Built(SearchIndex.build(graph, workers, files::put), files, files.keySet(), SearchIndex.documents(graph));
        }
    }

    /** The index of {@code graph} brought up to date from {@code before}, the documents whose searchable text changed having changed. */
    private static Built update(SiteGraph graph, Built before) {
        List<SiteEntry> now = SearchIndex.documents(graph);
        Map<String, SiteEntry> was = new TreeMap<>();
        for (SiteEntry e : before.docs()) {
            was.put(e.collection() + "/" + e.id(), e);
        }
        List<Integer> changed = new ArrayList<>();
        for (int d = 0; d < now.size(); d++) {
            SiteEntry e = now.get(d);
            SiteEntry old = was.get(e.collection() + "/" + e.id());
            if (!Objects.equals(e.title(), old.title()) || !Objects.equals(e.html(), old.html())
                    || !Objects.equals(e.entry().summary(), old.entry().summary())) {
                changed.add(d);
            }
        }
        return update(graph, before, changed.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Built update(SiteGraph graph, Built before, int... changed) {
        Map<String, byte[]> files = new ConcurrentSkipListMap<>();
        Set<String> written = new ConcurrentSkipListSet<>();
        try (Workers workers = new Workers(2)) {
            List<SiteEntry> docs = SearchIndex.documents(graph);
            IndexState state = SearchIndex.update(graph, docs, before.state, changed, before.files::get, workers, (path, bytes) -> {
                written.add(path);
                files.put(path, bytes);
            }, path -> {
                files.put(path, before.files.get(path));
                return true;
            });
            return new Built(state, files, written, docs);
        }
    }
}
