package org.briefkit.outputs.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BiConsumer;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.outputs.Json;

/**
 * The client-side search index, built at build time and split so that a reader downloads only what
 * a query needs: a small manifest (shard boundaries, collection names), shards of the inverted index
 * (terms in order, each shard about {@value Shards#SHARD_BYTES} bytes), and chunks of
 * {@value DocumentChunks#CHUNK} documents (title, collection, summary, path). Every file is a script
 * that hands its data to {@code briefkitSearch}, so it loads from {@code file://} too, where
 * {@code fetch} of JSON is refused. Terms are split by {@link Tokenizer}, whose rules
 * {@code search.js} mirrors. Besides words, the index holds pairs of neighbouring words
 * ({@code "sending party"}, stop words skipped), so that typing a phrase finds the page it comes
 * from, without storing word positions. Stateless and thread-safe.
 */
public final class SearchIndex {
    private SearchIndex() {
    }

    /** The files of the index, paths relative to the site root (under {@code search/}). */
    public static Map<String, byte[]> build(SiteGraph graph) {
        return build(graph, pairBudget());
    }

    /** As {@link #build(SiteGraph)}, holding at most about {@code pairBudget} pair postings at a time. */
    static Map<String, byte[]> build(SiteGraph graph, long pairBudget) {
        Map<String, byte[]> files = new ConcurrentSkipListMap<>();
        build(graph, pairBudget, files::put);
        return files;
    }

    /**
     * Makes the files of the index and hands each to {@code out} (path, bytes) soon after it is made, a
     * batch at a time from several threads, so that they are never all held: at 100,000 entries they
     * are ~550 MB. {@code out} must be thread-safe.
     */
    public static void build(SiteGraph graph, BiConsumer<String, byte[]> out) {
        build(graph, pairBudget(), out);
    }

    /**
     * How many pair postings are held at a time: a seventh of the heap. With a fifth, a 100,000-entry
     * build under 2 GB spent its search stage in back-to-back full collections, its live set at
     * 1.8–1.9 GB, and sometimes ran out (docs/performance.md).
     */
    private static long pairBudget() {
        return Runtime.getRuntime().maxMemory() / 7 / Long.BYTES;
    }

    private static void build(SiteGraph graph, long pairBudget, BiConsumer<String, byte[]> sink) {
        FileBatch out = new FileBatch(sink);
        List<SiteEntry> docs = graph.entries();
        Dictionary dictionary = new Dictionary();
        PairPostings pairs = new PairPostings(pairBudget, docs, dictionary);
        Postings[] singles = collect(docs, dictionary, pairs);
        Shards shards = new Shards(graph.prefix(), out);
        new TermWriter(WordRanks.of(dictionary.strings()), singles, docs.size(), shards).writeAll(pairs);
        shards.finish();
        DocumentChunks.write(graph, out);
        out.add(graph.prefix() + "search/manifest.js", manifest(graph, shards.bounds()));
        out.flush();
    }

    /**
     * The first pass: the terms of a block of documents in parallel, then their postings in
     * document order; single terms' postings by word number are returned, pairs go to {@code pairs}.
     */
    private static Postings[] collect(List<SiteEntry> docs, Dictionary dictionary, PairPostings pairs) {
        Postings[] postings = new Postings[1024];
        for (int first = 0; first < docs.size(); first += DocumentTerms.BLOCK) {
            DocumentTerms[] block = DocumentTerms.block(docs, first, dictionary);
            if (postings.length < dictionary.size()) {
                postings = Arrays.copyOf(postings, Math.max(dictionary.size(), postings.length * 2));
            }
            for (int d = 0; d < block.length; d++) {
                DocumentTerms dt = block[d];
                int doc = first + d;
                for (int k = 0; k < dt.terms().length; k++) {
                    int t = dt.terms()[k];
                    if (postings[t] == null) {
                        postings[t] = new Postings();
                    }
                    postings[t].add(doc, dt.weights()[k]);
                }
                pairs.add(dt, doc);
            }
        }
        return postings;
    }

    /** The manifest: how many documents, in chunks of how many, the first term of each shard, collection titles. */
    private static byte[] manifest(SiteGraph graph, List<String> bounds) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("docs", graph.entries().size());
        manifest.put("chunk", DocumentChunks.CHUNK);
        manifest.put("shards", bounds);
        List<String> titles = new ArrayList<>();
        for (String c : graph.collectionNames()) {
            titles.add(graph.config().collection(c).title());
        }
        manifest.put("collections", titles);
        return script("manifest(" + Json.write(manifest) + ")");
    }

    /** A file of the index: a script that hands {@code call}'s data to {@code briefkitSearch}. */
    static byte[] script(String call) {
        return ("briefkitSearch." + call + ";\n").getBytes(StandardCharsets.UTF_8);
    }
}
