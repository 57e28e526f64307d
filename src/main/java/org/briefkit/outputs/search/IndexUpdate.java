package org.briefkit.outputs.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.outputs.search.Shards.TermEntry;
import org.briefkit.work.Workers;

/**
 * Brings one language's index up to date after some documents changed, with the same files a whole
 * build would make, and only those that differ written:
 * <ol>
 *   <li>the changed documents' terms are made again; their terms before are read from the current
 *   shards (each known by its checksum), so the terms whose entries change are known;</li>
 *   <li>the shards of those terms are read, their entries changed, and cut again by the same rule as
 *   a whole build ({@link Shards}), from the shard after the last one that ended after its own last
 *   term, until a cut falls where one fell before; the other shards are kept;</li>
 *   <li>the words files of words that came or went, the changed documents' chunks and the manifest
 *   are written again.</li>
 * </ol>
 * Documents keep their numbers only when the same documents are in the same order: the caller
 * makes sure of that. Not thread-safe: one update at a time; it uses the workers to read shards.
 */
final class IndexUpdate {
    private final SiteGraph graph;
    private final List<SiteEntry> docs;
    private final IndexState last;
    private final Function<String, byte[]> current;
    private final Workers workers;
    private final FileBatch out;
    private final Predicate<String> keep;
    /** Changed terms: term → document → its weight now (0: no longer there). */
    private final TreeMap<String, TreeMap<Integer, Integer>> changes = new TreeMap<>();
    /** Words of the vocabulary that came (true) or went (false). */
    private final Map<String, Boolean> words = new HashMap<>();

    private IndexUpdate(SiteGraph graph, List<SiteEntry> docs, IndexState last, Function<String, byte[]> current,
                        Workers workers, BiConsumer<String, byte[]> sink, Predicate<String> keep) {
        this.graph = graph;
        this.docs = docs;
        this.last = last;
        this.current = current;
        this.workers = workers;
        this.out = new FileBatch(sink, workers);
        this.keep = keep;
    }

    /**
     * The index of {@code graph} brought up to date from {@code last} (what the last build wrote,
     * for the same documents in the same order: {@code docs}), documents {@code changed} (ascending) having
     * changed: files that differ go to {@code sink}, the others to {@code keep} (false: it could not
     * keep that one, which is then written). Null, with nothing written or kept, when the current
     * files are not those {@code last} describes: the caller then builds the index whole.
     */
    static IndexState apply(SiteGraph graph, List<SiteEntry> docs, IndexState last, int[] changed,
                            Function<String, byte[]> current, Workers workers, BiConsumer<String, byte[]> sink,
                            Predicate<String> keep) {
        IndexUpdate u = new IndexUpdate(graph, docs, last, current, workers, sink, keep);
        if (u.docs.size() != last.docs() || last.shards().isEmpty() || !graph.prefix().equals(last.prefix())) {
            return null;
        }
        Map<Integer, byte[]> vocab = u.readVocabulary();
        if (vocab == null || !u.diff(changed)) {
            return null;
        }
        return u.write(changed, vocab);
    }

    /** The current words files, by length; null when one is missing. */
    private Map<Integer, byte[]> readVocabulary() {
        Map<Integer, byte[]> files = new HashMap<>();
        for (int length : last.vocab()) {
            byte[] file = current.apply(Vocabulary.path(last.prefix(), length));
            if (file == null || Vocabulary.read(file) == null) {
                return null;
            }
            files.put(length, file);
        }
        return files;
    }

    /**
     * Finds the changed terms: each changed document's weights now against those in the current
     * shards. False when a shard is missing or not the one written.
     */
    private boolean diff(int[] changed) {
        BitSet chosen = new BitSet();
        Arrays.stream(changed).forEach(chosen::set);
        List<Map<String, Integer>> before = new ArrayList<>();
        Map<Integer, Integer> index = new HashMap<>();
        for (int d : changed) {
            index.put(d, before.size());
            before.add(new ConcurrentHashMap<>());
        }
        List<IndexState.Shard> shards = last.shards();
        AtomicBoolean bad = new AtomicBoolean();
        workers.forEach(shards.size(), k -> {
            byte[] file = read(shards.get(k));
            if (file == null) {
                bad.set(true);
                return;
            }
            try {
                ShardText.hits(file, chosen, (term, doc, weight) -> before.get(index.get(doc)).put(term, weight));
            } catch (ShardText.Unreadable e) {
                bad.set(true);
            }
        });
        if (bad.get()) {
            return false;
        }
        Dictionary dictionary = new Dictionary();
        DocumentTerms[] terms = new DocumentTerms[changed.length];
        for (int i = 0; i < changed.length; i++) {
            terms[i] = DocumentTerms.of(docs.get(changed[i]), dictionary);
        }
        String[] strings = dictionary.strings();
        for (int i = 0; i < changed.length; i++) {
            int doc = changed[i];
            Map<String, Integer> now = terms(terms[i], strings, doc);
            Map<String, Integer> was = before.get(i);
            now.forEach((term, weight) -> {
                if (!weight.equals(was.get(term))) {
                    changes.computeIfAbsent(term, t -> new TreeMap<>()).put(doc, weight);
                }
            });
            for (String term : was.keySet()) {
                if (!now.containsKey(term)) {
                    changes.computeIfAbsent(term, t -> new TreeMap<>()).put(doc, 0);
                }
            }
        }
        return true;
    }

    /** A shard's current file, when it is the one written (by its checksum); else null. */
    private byte[] read(IndexState.Shard shard) {
        byte[] file = current.apply(Shards.path(last.prefix(), shard.name()));
        if (file == null) {
            return null;
        }
        return Shards.checksum(file) == shard.checksum() ? file : null;
    }

    /** A shard's file, read again after {@link #diff} found it as written. */
    private byte[] readAgain(IndexState.Shard shard) {
        byte[] file = read(shard);
        if (file == null) {
            throw new IllegalStateException("the search index in the output changed during the build: " + shard.name());
        }
        return file;
    }

    /** A document's terms by their text (words from {@code strings}) with their weights, pairs weighing 1, as a whole build has them. */
    private static Map<String, Integer> terms(DocumentTerms dt, String[] strings, int doc) {
        Map<String, Integer> terms = new HashMap<>();
        for (int k = 0; k < dt.terms().length; k++) {
            terms.put(strings[dt.terms()[k]], dt.weights()[k]);
        }
        for (long pair : dt.pairs()) {
            if (PairPostings.kept(pair, doc)) {
                terms.put(strings[PairPostings.firstWord(pair)] + " " + strings[(int) PairPostings.secondWord(pair)], 1);
            }
        }
        return terms;
    }

    /** Writes what changed and keeps the rest; the new state. */
    private IndexState write(int[] changed, Map<Integer, byte[]> vocab) {
        List<IndexState.Shard> shards = last.shards();
        int n = shards.size();
        // Shards with changed terms, and those before them that ended only because the next entry did not fit.
        boolean[] marked = new boolean[n];
        for (String term : changes.keySet()) {
            marked[shardOf(term)] = true;
        }
        for (int k = n - 2; k >= 0; k--) {
            marked[k] |= marked[k + 1] && !shards.get(k).ended();
        }
        Shards writer = new Shards(last.prefix(), out, null);
        List<IndexState.Shard> now = new ArrayList<>();
        int taken = 0;
        for (int k = 0; k < n; k++) {
            IndexState.Shard shard = shards.get(k);
            List<TermEntry> entries = null;
            if (!marked[k] && writer.filling()) {
                // Shards made again until one is cut where the shard it replaces was: from there on, all are as they were.
                entries = ShardText.entries(readAgain(shard));
                if (writer.endsBefore(entries.get(0))) {
                    writer.finish();
                }
            }
            if (!marked[k] && !writer.filling()) {
                now.addAll(writer.made().subList(taken, writer.made().size()));
                taken = writer.made().size();
                now.add(shard);
                keepOrWrite(Shards.path(last.prefix(), shard.name()), () -> readAgain(shard));
                continue;
            }
            if (entries == null) {
                entries = ShardText.entries(readAgain(shard));
            }
            String from = k == 0 ? null : shard.bound();
            String to = k + 1 < n ? shards.get(k + 1).bound() : null;
            for (TermEntry e : merge(entries, range(from, to))) {
                writer.add(e);
            }
        }
        writer.finish();
        now.addAll(writer.made().subList(taken, writer.made().size()));
        List<Integer> lengths = writeVocabulary(vocab);
        TreeSet<Integer> chunks = new TreeSet<>();
        Arrays.stream(changed).forEach(d -> chunks.add(d / DocumentChunks.CHUNK));
        for (int c = 0; c * DocumentChunks.CHUNK < docs.size(); c++) {
            if (chunks.contains(c)) {
                DocumentChunks.write(graph, docs, c, out);
            } else {
                int chunk = c;
                keepOrWrite(DocumentChunks.path(last.prefix(), c), () -> {
                    DocumentChunks.write(graph, docs, chunk, out);
                    return null;
                });
            }
        }
        IndexState state = new IndexState(last.prefix(), docs.size(), now, lengths);
        out.add(SearchIndex.manifestPath(last.prefix()), SearchIndex.manifest(graph, state));
        out.flush();
        return state;
    }

    /** Keeps a file as it is; when it cannot be kept, writes what {@code bytes} gives (null: it wrote it). */
    private void keepOrWrite(String path, Supplier<byte[]> bytes) {
        if (!keep.test(path)) {
            byte[] b = bytes.get();
            if (b != null) {
                out.add(path, b);
            }
        }
    }

    /** The shard a term is in, or would be in: the last whose first term is not after it (the first for a term before all). */
    private int shardOf(String term) {
        List<IndexState.Shard> shards = last.shards();
        int lo = 0;
        int hi = shards.size() - 1;
        int k = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (shards.get(mid).bound().compareTo(term) <= 0) {
                k = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return k;
    }

    /** The changes of terms from {@code from} (null: from the first) up to {@code to} (null: to the last). */
    private NavigableMap<String, TreeMap<Integer, Integer>> range(String from, String to) {
        NavigableMap<String, TreeMap<Integer, Integer>> m = changes;
        if (from != null) {
            m = m.tailMap(from, true);
        }
        return to == null ? m : m.headMap(to, false);
    }

    /** A shard's entries with the changes of its terms made: entries changed, added or gone, in order. */
    private List<TermEntry> merge(List<TermEntry> entries, NavigableMap<String, TreeMap<Integer, Integer>> changed) {
        List<TermEntry> merged = new ArrayList<>(entries.size() + changed.size());
        int i = 0;
        for (Map.Entry<String, TreeMap<Integer, Integer>> c : changed.entrySet()) {
            while (i < entries.size() && entries.get(i).term().compareTo(c.getKey()) < 0) {
                merged.add(entries.get(i++));
            }
            TreeMap<Integer, Integer> postings = new TreeMap<>();
            boolean was = i < entries.size() && entries.get(i).term().equals(c.getKey());
            if (was) {
                ShardText.postings(entries.get(i++).entry(), postings::put);
            }
            c.getValue().forEach((doc, weight) -> {
                if (weight == 0) {
                    postings.remove(doc);
                } else {
                    postings.put(doc, weight);
                }
            });
            if (!postings.isEmpty()) {
                int[] d = postings.keySet().stream().mapToInt(Integer::intValue).toArray();
                int[] w = postings.values().stream().mapToInt(Integer::intValue).toArray();
                merged.add(TermWriter.entry(c.getKey(), d, w, d.length));
            }
            if (was != !postings.isEmpty() && Vocabulary.holds(c.getKey())) {
                words.put(c.getKey(), !was);
            }
        }
        while (i < entries.size()) {
            merged.add(entries.get(i++));
        }
        return merged;
    }

    /** Writes the words files whose words came or went, keeps the others; the lengths there are now. */
    private List<Integer> writeVocabulary(Map<Integer, byte[]> files) {
        TreeMap<Integer, List<String>> changed = new TreeMap<>();
        words.forEach((word, came) -> {
            List<String> list = changed.computeIfAbsent(word.length(), length -> files.containsKey(length)
                    ? Vocabulary.read(files.get(length)) : new ArrayList<>());
            int at = Collections.binarySearch(list, word);
            if (came && at < 0) {
                list.add(-at - 1, word);
            } else if (!came && at >= 0) {
                list.remove(at);
            }
        });
        TreeSet<Integer> lengths = new TreeSet<>(files.keySet());
        changed.forEach((length, list) -> {
            if (list.isEmpty()) {
                lengths.remove(length);
            } else {
                lengths.add(length);
                out.add(Vocabulary.path(last.prefix(), length), Vocabulary.file(length, String.join(" ", list)));
            }
        });
        for (int length : files.keySet()) {
            if (!changed.containsKey(length)) {
                keepOrWrite(Vocabulary.path(last.prefix(), length), () -> files.get(length));
            }
        }
        return new ArrayList<>(lengths);
    }
}
