package org.briefkit.outputs.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.outputs.Json;
import org.briefkit.work.Workers;

/**
 * The client-side search index, built at build time and split so that a reader downloads only what
 * a query needs: a small manifest (shard boundaries, collection names), shards of the inverted index
 * (terms in order, each shard about {@value Shards#SHARD_BYTES} bytes), and chunks of
 * {@value DocumentChunks#CHUNK} documents (title, collection, summary, path). Every file is a script
 * that hands its data to {@code briefkitSearch}, so it loads from {@code file://} too, where
 * {@code fetch} of JSON is refused. Terms are split by {@link Tokenizer}, whose rules
 * {@code search.js} mirrors. Besides words, the index holds pairs of neighbouring words
 * ({@code "sending party"}, stop words skipped), so that typing a phrase finds the page it comes
 * from, without storing word positions. Its parallel steps run on the build's {@link Workers},
 * from one of them or from another thread. Stateless and thread-safe.
 */
public final class SearchIndex {
    private SearchIndex() {
    }

    /**
     * Makes the files of the index and hands each to {@code out} (path, bytes) soon after it is made, a
     * batch at a time from several of the {@code workers}, so that they are never all held: at 100,000
     * entries they are ~550 MB. {@code out} must be thread-safe. Returns when every file is handed over;
     * after a failure (of {@code out} too), no file is handed over and the first exception is thrown.
     */
    public static IndexState build(SiteGraph graph, Workers workers, BiConsumer<String, byte[]> out) {
        return build(graph, pairBudget(), workers, out);
    }

    /**
     * Brings the index that {@code last} describes up to date, {@code docs} being
     * {@link #documents}{@code (graph)} and {@code changed} the numbers (ascending) of those that
     * changed since, the same documents in the same order: only the files that differ from what a whole build would make
     * are made and handed to {@code out}; each other file of {@code last} is handed to
     * {@code keep}, which keeps it as the current output has it (false: it could not, and the file
     * is handed to {@code out}). Returns null, having made and kept nothing, when the current
     * output ({@code current}: path to bytes, null when absent) does not hold the files
     * {@code last} describes: then build it whole.
     */
    public static IndexState update(SiteGraph graph, List<SiteEntry> docs, IndexState last, int[] changed,
                                    Function<String, byte[]> current, Workers workers, BiConsumer<String, byte[]> out,
                                    Predicate<String> keep) {
        return IndexUpdate.apply(graph, docs, last, changed, current, workers, out, keep);
    }

    /**
     * The index's documents in its order: by collection, then by ID, so that a document keeps its
     * number (and the postings their gaps) when its title changes.
     */
    public static List<SiteEntry> documents(SiteGraph graph) {
        List<SiteEntry> docs = new ArrayList<>();
        for (String c : graph.collectionNames()) {
            List<SiteEntry> entries = new ArrayList<>(graph.collection(c));
            entries.sort(Comparator.comparing(SiteEntry::id));
            docs.addAll(entries);
        }
        return docs;
    }

    /**
     * The files of the index, paths relative to the site root (under {@code search/}), all held: for
     * tests and the benchmark, on workers of its own, one per core.
     */
    public static Map<String, byte[]> build(SiteGraph graph) {
        return build(graph, pairBudget());
    }

    /** As {@link #build(SiteGraph)}, holding at most about {@code pairBudget} pair postings at a time. */
    static Map<String, byte[]> build(SiteGraph graph, long pairBudget) {
        Map<String, byte[]> files = new ConcurrentSkipListMap<>();
        try (Workers workers = new Workers(Runtime.getRuntime().availableProcessors())) {
            build(graph, pairBudget, workers, files::put);
        }
        return files;
    }

    /**
     * How many pair postings are held at a time: a seventh of the heap. With a fifth, a 100,000-entry
     * build under 2 GB spent its search stage in back-to-back full collections, its live set at
     * 1.8–1.9 GB, and sometimes ran out (docs/performance.md).
     */
    private static long pairBudget() {
        return Runtime.getRuntime().maxMemory() / 7 / Long.BYTES;
    }

    private static IndexState build(SiteGraph graph, long pairBudget, Workers workers, BiConsumer<String, byte[]> sink) {
        FileBatch out = new FileBatch(sink, workers);
        List<SiteEntry> docs = documents(graph);
        Dictionary dictionary = new Dictionary();
        PairPostings pairs = new PairPostings(pairBudget, docs, dictionary, workers);
        Postings[] singles = collect(docs, dictionary, pairs, workers);
        Vocabulary vocabulary = new Vocabulary();
        Shards shards = new Shards(graph.prefix(), out, vocabulary);
        WordRanks ranks = WordRanks.of(dictionary.strings(), workers);
        new TermWriter(ranks, singles, shards, workers).writeAll(pairs);
        shards.finish();
        IndexState state = new IndexState(graph.prefix(), docs.size(), shards.made(), vocabulary.write(graph.prefix(), out));
        DocumentChunks.write(graph, docs, out);
        out.add(manifestPath(graph.prefix()), manifest(graph, state));
        out.flush();
        return state;
    }

    /**
     * The first pass: the terms of a block of documents in parallel on {@code workers}, then their
     * postings in document order; single terms' postings by word number are returned, pairs go to
     * {@code pairs}.
     */
    private static Postings[] collect(List<SiteEntry> docs, Dictionary dictionary, PairPostings pairs, Workers workers) {
        Postings[] postings = new Postings[1024];
        for (int first = 0; first < docs.size(); first += DocumentTerms.BLOCK) {
            DocumentTerms[] block = DocumentTerms.block(docs, first, dictionary, workers);
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

    /**
     * The manifest: how many documents, in chunks of how many, the first term of each shard (and the
     * names of those cut for length: search.js makes the others from the term), collection
     * titles (in the default language: the search page gives them in its own) and names, the lengths
     * of the words files.
     */
    static byte[] manifest(SiteGraph graph, IndexState state) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("docs", state.docs());
        manifest.put("chunk", DocumentChunks.CHUNK);
        manifest.put("shards", state.shards().stream().map(IndexState.Shard::bound).toList());
        Map<String, String> cut = new LinkedHashMap<>();
        for (int k = 0; k < state.shards().size(); k++) {
            IndexState.Shard s = state.shards().get(k);
            if (!s.name().equals(Shards.plainName(s.bound()))) {
                cut.put(Integer.toString(k), s.name());
            }
        }
        manifest.put("long", cut);
        List<String> titles = new ArrayList<>();
        for (String c : graph.collectionNames()) {
            titles.add(graph.config().collection(c).title());
        }
        manifest.put("collections", titles);
        manifest.put("names", graph.collectionNames());
        manifest.put("vocab", state.vocab());
        return script("manifest(" + Json.write(manifest) + ")");
    }

    static String manifestPath(String prefix) {
        return prefix + "search/manifest.js";
    }

    /** A file of the index: a script that hands {@code call}'s data to {@code briefkitSearch}. */
    static byte[] script(String call) {
        return ("briefkitSearch." + call + ";\n").getBytes(StandardCharsets.UTF_8);
    }
}
