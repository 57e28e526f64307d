package org.briefkit.outputs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.testing.Corpus;
import org.briefkit.text.HtmlText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index of a generated site, read back from its shard files, against a plain reference
 * computation of every term's documents and weights: the index is built with shared numbered terms in
 * blocks of documents, and must say exactly what the simple rules say.
 */
class SearchIndexTest {
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has",
            "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "will", "with");

    @TempDir
    Path dir;

    @Test
    void everyTermListsTheDocumentsAndWeightsTheRulesGiveIt() throws IOException {
        // 700 talking points: more documents than one block, so the postings cross block boundaries.
        Corpus.write(dir, 700, 7);
        Files.writeString(dir.resolve("content/pages/special.md"), """
                ---
                title: Réglementation des télécommunications et 互联网
                summary: The Sending Party pays, and the sending party network pays again.
                ---
                Privacy privacy privacy privacy privacy privacy privacy is repeated seven times; \
                antidisestablishmentarianismantidisestablishmentarianism is longer than forty letters. \
                Naïve café &amp; crème, &#233;t&#xE9; — the sending party of the network.
                """);
        SiteGraph graph = graph();
        Map<String, byte[]> files = SearchIndex.build(graph);

        Map<String, Map<Integer, Integer>> expected = reference(graph);
        Map<String, Map<Integer, Integer>> actual = read(files);
        assertEquals(expected.size(), actual.size(), "number of terms");
        for (Map.Entry<String, Map<Integer, Integer>> term : expected.entrySet()) {
            assertEquals(term.getValue(), actual.get(term.getKey()), () -> "documents and weights of \"" + term.getKey() + "\"");
        }
        assertTrue(actual.containsKey("sending party") && actual.containsKey("互") && actual.containsKey("reglementation")
                && actual.containsKey("ete"), "pairs, CJK characters, folded accents and numeric entities are indexed");
        assertTrue(actual.keySet().stream().noneMatch(t -> t.startsWith("antidisestablishmentarianismanti") && !t.contains(" ")),
                "words longer than 40 characters are left out as single terms");

        // With room for few pairs at a time (as a large site in a small heap), the pairs are
        // collected again a group of parts at a time, and the files are the same.
        for (long budget : new long[] {1, 5_000, 60_000}) {
            Map<String, byte[]> small = SearchIndex.build(graph, budget);
            assertEquals(files.keySet(), small.keySet(), "budget " + budget);
            for (String path : files.keySet()) {
                assertTrue(Arrays.equals(files.get(path), small.get(path)), "budget " + budget + ": " + path);
            }
        }
    }

    private SiteGraph graph() throws IOException {
        return Corpus.graph(dir);
    }

    /** Term → document → weight, computed the simple way: a map per document. */
    private static Map<String, Map<Integer, Integer>> reference(SiteGraph graph) {
        List<SiteEntry> docs = SearchIndex.documents(graph);
        Map<String, Map<Integer, Integer>> weights = new TreeMap<>();
        for (int d = 0; d < docs.size(); d++) {
            SiteEntry e = docs.get(d);
            Map<String, Integer> w = new HashMap<>();
            add(w, e.id().toLowerCase(Locale.ROOT), 12);
            // And the ID run together, as people type it ("ru84"), when that differs.
            String compact = String.join("", Tokenizer.tokens(e.id()));
            if (!compact.equals(e.id().toLowerCase(Locale.ROOT))) {
                add(w, compact, 12);
            }
            Tokenizer.tokens(e.id()).forEach(t -> add(w, t, 12));
            List<String> title = Tokenizer.tokens(e.title());
            title.forEach(t -> add(w, t, 8));
            List<String> summary = e.entry().summary() == null ? List.of() : Tokenizer.tokens(e.entry().summary());
            summary.forEach(t -> add(w, t, 3));
            List<String> body = Tokenizer.tokens(HtmlText.fromHtml(e.html()));
            Map<String, Integer> tf = new HashMap<>();
            body.stream().filter(t -> !STOP.contains(t)).forEach(t -> tf.merge(t, 1, Integer::sum));
            tf.forEach((t, n) -> add(w, t, Math.min(n, 5)));
            for (List<String> text : List.of(title, summary, body)) {
                String previous = null;
                for (String t : text) {
                    if (!STOP.contains(t)) {
                        if (previous != null) {
                            w.putIfAbsent(previous + " " + t, 1);
                        }
                        previous = t;
                    }
                }
            }
            int doc = d;
            w.forEach((t, weight) -> weights.computeIfAbsent(t, x -> new TreeMap<>()).put(doc, weight));
        }
        return weights;
    }

    private static void add(Map<String, Integer> w, String term, int weight) {
        if (!term.isEmpty() && term.length() <= 40 && !term.contains(" ")) {
            w.merge(term, weight, Integer::sum);
        }
    }

    /** Term → document → weight, from the shard scripts ({@code "term":"gap.weight gap.weight"}, base 36). */
    private static Map<String, Map<Integer, Integer>> read(Map<String, byte[]> files) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Map<Integer, Integer>> index = new TreeMap<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().matches("search/i[a-z0-9_-]+\\.js")) {
                continue;
            }
            String script = new String(f.getValue(), StandardCharsets.UTF_8);
            JsonNode shard = json.readTree(script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1));
            for (Iterator<Map.Entry<String, JsonNode>> it = shard.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> term = it.next();
                Map<Integer, Integer> postings = new TreeMap<>();
                int doc = 0;
                for (String p : term.getValue().asText().split(" ")) {
                    String[] gapWeight = p.split("\\.");
                    doc += Integer.parseInt(gapWeight[0], 36);
                    postings.put(doc, Integer.parseInt(gapWeight[1], 36));
                }
                index.put(term.getKey(), postings);
            }
        }
        return index;
    }
}
