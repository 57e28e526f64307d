package org.briefkit.outputs;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.outputs.DocumentTables.DistinctLongs;
import org.briefkit.outputs.DocumentTables.TermSums;

/**
 * The client-side search index, built at build time and split so that a reader downloads only what
 * a query needs: a small manifest (shard boundaries, collection names), shards of the inverted index
 * (terms in order, each shard about {@value #SHARD_BYTES} bytes), and chunks of {@value #CHUNK} documents
 * (title, collection, summary, path). Every file is a script that hands its data to
 * {@code briefkitSearch}, so it loads from {@code file://} too, where {@code fetch} of JSON is
 * refused. The tokenizer here and in {@code search.js} must agree: lower case, accents removed,
 * runs of letters and digits, CJK characters one by one, and IDs also whole. Besides words, the index
 * holds pairs of neighbouring words ({@code "sending party"}, stop words skipped), so that typing a
 * phrase finds the page it comes from, without storing word positions. Stateless.
 */
public final class SearchIndex {
    static final int SHARD_BYTES = 16 * 1024;
    static final int CHUNK = 25;
    static final int SUMMARY_CHARS = 160;
    private static final int TITLE = 8;
    private static final int ID = 12;
    private static final int SUMMARY = 3;
    private static final int BODY = 1;
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "in",
            "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "will", "with");

    private SearchIndex() {
    }

    /** The postings of one term: documents in increasing order with their weights. */
    private static final class Postings {
        int[] docs = new int[2];
        int[] weights = new int[2];
        int size;

        void add(int doc, int weight) {
            if (size == docs.length) {
                docs = java.util.Arrays.copyOf(docs, size * 2);
                weights = java.util.Arrays.copyOf(weights, size * 2);
            }
            docs[size] = doc;
            weights[size] = weight;
            size++;
        }
    }

    /** Every word seen, each with a number, shared by the threads. */
    static final class Dictionary {
        private final ConcurrentHashMap<String, Integer> words = new ConcurrentHashMap<>();
        private final AtomicInteger next = new AtomicInteger();

        int word(String w) {
            int coded = coded(w);
            return coded < 0 ? ~coded : coded;
        }

        /** The word's number, or {@code ~number} (negative) for a stop word: known when the word is added. */
        int coded(String w) {
            Integer id = words.get(w);
            return id != null ? id : words.computeIfAbsent(w, x -> {
                int number = next.getAndIncrement();
                return STOP.contains(x) ? ~number : number;
            });
        }

        int size() {
            return next.get();
        }

        /** Lookup tables not in use; one per thread at most, let go with the dictionary. */
        private final java.util.concurrent.ConcurrentLinkedQueue<Local> idle = new java.util.concurrent.ConcurrentLinkedQueue<>();

        /** A lookup table for one thread's use, until {@link #giveBack}. */
        Local take() {
            Local local = idle.poll();
            return local != null ? local : new Local();
        }

        void giveBack(Local local) {
            idle.add(local);
        }

        /**
         * Words already looked up by the thread that holds it (an open-addressing table by the
         * string's hash, up to {@value #LOCAL_WORDS} of them), and scratch arrays.
         */
        final class Local {
            private static final int LOCAL_WORDS = 1 << 17;
            private String[] keys = new String[1024];
            private int[] hashes = new int[1024];
            private int[] codes = new int[1024];
            private int size;
            private char[] chars = new char[0];
            private int[] words = new int[0];
            private int[] shapes = new int[0];
            /** A document's single terms, its body words' counts and its pairs, while its terms are made. */
            final TermSums singles = new TermSums();
            final TermSums counts = new TermSums();
            final DistinctLongs pairs = new DistinctLongs();

            /** The codes of {@code tokens}. */
            int[] coded(List<String> tokens) {
                return SearchIndex.words(tokens, Dictionary.this);
            }

            /** The code of the word {@code chars[from, to)} (lower case, {@code hash} its string's hash). */
            int coded(char[] text, int from, int to, int hash) {
                int mask = keys.length - 1;
                int length = to - from;
                for (int i = slot(hash, mask); keys[i] != null; i = i + 1 & mask) {
                    if (hashes[i] == hash && same(keys[i], text, from, length)) {
                        return codes[i];
                    }
                }
                String word = new String(text, from, length);
                int code = Dictionary.this.coded(word);
                if (size < LOCAL_WORDS) {
                    put(word, hash, code);
                }
                return code;
            }

            /** The first slot to look at: the hash's high bits mixed in, since short words differ little in the low ones. */
            private static int slot(int hash, int mask) {
                return (hash ^ hash >>> 16) & mask;
            }

            private static boolean same(String key, char[] text, int from, int length) {
                if (key.length() != length) {
                    return false;
                }
                for (int k = 0; k < length; k++) {
                    if (key.charAt(k) != text[from + k]) {
                        return false;
                    }
                }
                return true;
            }

            private void put(String word, int hash, int code) {
                if (2 * (size + 1) > keys.length) {
                    String[] oldKeys = keys;
                    int[] oldHashes = hashes;
                    int[] oldCodes = codes;
                    keys = new String[oldKeys.length * 2];
                    hashes = new int[keys.length];
                    codes = new int[keys.length];
                    size = 0;
                    for (int k = 0; k < oldKeys.length; k++) {
                        if (oldKeys[k] != null) {
                            put(oldKeys[k], oldHashes[k], oldCodes[k]);
                        }
                    }
                }
                int mask = keys.length - 1;
                int i = slot(hash, mask);
                while (keys[i] != null) {
                    i = i + 1 & mask;
                }
                keys[i] = word;
                hashes[i] = hash;
                codes[i] = code;
                size++;
            }

            char[] charBuffer(int n) {
                if (chars.length < n) {
                    chars = new char[Math.max(n, 2 * chars.length)];
                }
                return chars;
            }

            /** Makes the scratch arrays of token codes and shapes hold at least {@code n}. */
            void tokenRoom(int n) {
                if (words.length < n) {
                    words = new int[Math.max(n, 2 * words.length)];
                    shapes = new int[words.length];
                }
            }
        }

        /** The word of each number. */
        String[] strings() {
            String[] s = new String[next.get()];
            words.forEach((w, id) -> s[id < 0 ? ~id : id] = w);
            return s;
        }
    }

    /**
     * The terms of one document: single terms (numbers from the dictionary) with their weights, and
     * pairs of neighbouring words as {@code first << 32 | second}, each once (weight 1); both in the
     * order first met (the postings are in document order whatever the order within a document).
     */
    private record DocTerms(int[] terms, int[] weights, long[] pairs) {
    }

    /** Documents whose terms are collected at once; the postings grow block by block, in document order. */
    private static final int BLOCK = 256;
    /**
     * A pair posting is one {@code long}: first word, second word, document ({@value #WORD_BITS},
     * {@value #WORD_BITS} and {@value #DOC_BITS} bits), so that the postings of all pairs are one
     * array sorted once, with no object or string per pair (at 10,000 entries there are millions).
     * Pairs with a word numbered beyond 4 million, or in a document beyond the millionth, are left out.
     */
    private static final int WORD_BITS = 22;
    private static final int DOC_BITS = 20;
    private static final long WORD_MASK = (1L << WORD_BITS) - 1;
    private static final long DOC_MASK = (1L << DOC_BITS) - 1;
    /** Terms whose entries are written in parallel at a time. */
    private static final int BATCH = 16_384;

    /** The files of the index, paths relative to the site root (under {@code search/}). */
    public static Map<String, byte[]> build(SiteGraph graph) {
        return build(graph, pairBudget());
    }

    /** As {@link #build(SiteGraph)}, holding at most about {@code pairBudget} pair postings at a time. */
    static Map<String, byte[]> build(SiteGraph graph, long pairBudget) {
        Map<String, byte[]> files = new java.util.concurrent.ConcurrentSkipListMap<>();
        build(graph, pairBudget, files::put);
        return files;
    }

    /**
     * Makes the files of the index and hands each to {@code out} (path, bytes) soon after it is made, a
     * batch at a time from several threads, so that they are never all held: at 100,000 entries they
     * are ~550 MB. {@code out} must be thread-safe.
     */
    public static void build(SiteGraph graph, java.util.function.BiConsumer<String, byte[]> out) {
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

    private static void build(SiteGraph graph, long pairBudget, java.util.function.BiConsumer<String, byte[]> sink) {
        Batch out = new Batch(sink);
        List<SiteEntry> docs = graph.entries();
        List<String> collections = graph.collectionNames();
        // Terms of a block of documents in parallel, then their postings in document order.
        Dictionary dictionary = new Dictionary();
        Postings[] postings = new Postings[1024];
        Pairs pairs = new Pairs(pairBudget);
        for (int first = 0; first < docs.size(); first += BLOCK) {
            DocTerms[] block = block(docs, first, dictionary);
            if (postings.length < dictionary.size()) {
                postings = java.util.Arrays.copyOf(postings, Math.max(dictionary.size(), postings.length * 2));
            }
            for (int d = 0; d < block.length; d++) {
                DocTerms dt = block[d];
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
        // Terms in the order of their text: words by rank; a pair "a b" right after the word a and
        // before any other word that starts with a, since a space sorts before every letter and digit.
        String[] words = dictionary.strings();
        Integer[] byRank = java.util.stream.IntStream.range(0, words.length).boxed().toArray(Integer[]::new);
        java.util.Arrays.parallelSort(byRank, (x, y) -> words[x].compareTo(words[y]));
        int[] rank = new int[words.length];
        for (int r = 0; r < byRank.length; r++) {
            rank[byRank[r]] = r;
        }
        // The pairs of one part at a time, numbered by rank and sorted: the words of a part (by
        // first character) have consecutive ranks, so the parts in order are all pairs in order.
        int n = docs.size();
        Shards shards = new Shards(graph.prefix(), out);
        Terms terms = new Terms(words, byRank, postings, n, shards);
        long[] sortedPairs = new long[0];
        int loaded = -1;
        int next = 0;
        for (int r = 0; r < byRank.length; r++) {
            if (postings[byRank[r]] != null) {
                terms.add(byRank[r], -1);
            }
            int part = part(words[byRank[r]]);
            if (part != loaded) {
                // Let the previous part's pairs go before the next part is collected and copied: at
                // 100,000 entries a part is tens of megabytes, and the heap is nearly full here.
                terms.flush();
                terms.pairs(new long[0]);
                sortedPairs = null;
                if (!pairs.holds(part)) {
                    pairs.collect(part, docs, dictionary);
                }
                sortedPairs = pairs.take(part, rank);
                terms.pairs(sortedPairs);
                loaded = part;
                next = 0;
            }
            while (next < sortedPairs.length && sortedPairs[next] >>> (WORD_BITS + DOC_BITS) == r) {
                int start = next;
                long key = sortedPairs[next] >>> DOC_BITS;
                while (next < sortedPairs.length && sortedPairs[next] >>> DOC_BITS == key) {
                    next++;
                }
                terms.add(start, next);
            }
        }
        terms.flush();
        shards.finish();
        List<String> bounds = shards.bounds;
        for (int c = 0; c * CHUNK < n; c++) {
            List<Object> chunk = new ArrayList<>();
            for (int d = c * CHUNK; d < Math.min(n, (c + 1) * CHUNK); d++) {
                SiteEntry e = docs.get(d);
                String summary = e.entry().summary() == null ? "" : e.entry().summary();
                if (summary.length() > SUMMARY_CHARS) {
                    summary = summary.substring(0, SUMMARY_CHARS - 1).strip() + "…";
                }
                chunk.add(List.of(e.title(), collections.indexOf(e.collection()), summary, graph.href(e.path()), e.id()));
            }
            out.add(graph.prefix() + "search/d" + c + ".js", script("docs(" + c + "," + Json.write(chunk) + ")"));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("docs", n);
        manifest.put("chunk", CHUNK);
        manifest.put("shards", bounds);
        List<String> titles = new ArrayList<>();
        for (String c : collections) {
            titles.add(graph.config().collection(c).title());
        }
        manifest.put("collections", titles);
        out.add(graph.prefix() + "search/manifest.js", script("manifest(" + Json.write(manifest) + ")"));
        out.flush();
    }

    /**
     * Files on their way out: handed over in parallel once {@value #BATCH_FILES} of them or
     * {@value #BATCH_BYTES} bytes are waiting (on this project's disk, making a file costs more
     * system time than writing its bytes), so that only a batch is held.
     */
    private static final class Batch {
        private static final int BATCH_FILES = 256;
        private static final int BATCH_BYTES = 8 << 20;
        private final java.util.function.BiConsumer<String, byte[]> sink;
        private final List<Map.Entry<String, byte[]>> waiting = new ArrayList<>();
        private long bytes;

        Batch(java.util.function.BiConsumer<String, byte[]> sink) {
            this.sink = sink;
        }

        void add(String path, byte[] content) {
            waiting.add(Map.entry(path, content));
            bytes += content.length;
            if (waiting.size() >= BATCH_FILES || bytes >= BATCH_BYTES) {
                flush();
            }
        }

        void flush() {
            waiting.parallelStream().forEach(f -> sink.accept(f.getKey(), f.getValue()));
            waiting.clear();
            bytes = 0;
        }
    }

    /** The terms of the documents from {@code first} on (a block of them), made in parallel. */
    private static DocTerms[] block(List<SiteEntry> docs, int first, Dictionary dictionary) {
        DocTerms[] block = new DocTerms[Math.min(BLOCK, docs.size() - first)];
        java.util.stream.IntStream.range(0, block.length).parallel().forEach(d -> block[d] = terms(docs.get(first + d), dictionary));
        return block;
    }

    /** Pairs are kept in parts by the first character of their first word: one per ASCII character, one for the rest. */
    private static final int PARTS = 129;

    private static int part(String word) {
        char c = word.isEmpty() ? 0 : word.charAt(0);
        return Math.min(c, PARTS - 1);
    }

    /**
     * The pair postings by part. When they would take more than a budget of the heap (a seventh; at
     * 100,000 entries there are some 90 million), they are only counted in the first pass, and
     * collected again, from the documents, a group of consecutive parts within the budget at a time.
     */
    private static final class Pairs {
        private final LongChunks[] parts = new LongChunks[PARTS];
        /** When all parts were held: each part ranked and sorted, until taken. */
        private long[][] ready;
        private final long[] counts = new long[PARTS];
        private final long budget;
        private long held;
        private boolean counting;
        /** The parts collected: [from, to). */
        private int from;
        private int to = PARTS;

        Pairs(long budget) {
            this.budget = budget;
        }

        /**
         * Counts the pairs of document {@code doc} (the first pass) and keeps them, until they are
         * more than the budget: then none are kept, and parts are collected again when needed.
         */
        void add(DocTerms dt, int doc) {
            for (long pair : dt.pairs()) {
                if (kept(pair, doc)) {
                    counts[part(pair)]++;
                    if (!counting && ++held > budget) {
                        counting = true;
                        java.util.Arrays.fill(parts, null);
                        to = 0;
                    }
                    if (!counting) {
                        keep(pair, doc);
                    }
                }
            }
        }

        /** Whether the pairs of {@code part} are collected. */
        boolean holds(int part) {
            return part >= from && part < to;
        }

        /** Collects the pairs of {@code part} and the parts after it that fit the budget with it. */
        void collect(int part, List<SiteEntry> docs, Dictionary dictionary) {
            from = part;
            to = part + 1;
            long sum = counts[part];
            while (to < PARTS && sum + counts[to] <= budget) {
                sum += counts[to++];
            }
            for (int first = 0; first < docs.size(); first += BLOCK) {
                DocTerms[] block = block(docs, first, dictionary);
                for (int d = 0; d < block.length; d++) {
                    for (long pair : block[d].pairs()) {
                        if (kept(pair, first + d) && holds(part(pair))) {
                            keep(pair, first + d);
                        }
                    }
                }
            }
        }

        private static int part(long pair) {
            return (int) (pair >>> (32 + WORD_BITS));
        }

        /** Pairs with a second word numbered beyond the word bits, or in a document beyond the document bits, are left out. */
        private static boolean kept(long pair, int doc) {
            return (pair & 0xFFFFFFFFL) <= WORD_MASK && doc <= DOC_MASK;
        }

        private void keep(long pair, int doc) {
            int part = part(pair);
            if (parts[part] == null) {
                parts[part] = new LongChunks();
            }
            long a = pair >>> 32 & WORD_MASK;
            long b = pair & 0xFFFFFFFFL;
            parts[part].add(a << (WORD_BITS + DOC_BITS) | b << DOC_BITS | doc);
        }

        /**
         * The pairs of {@code part} in one array, word numbers replaced by ranks, sorted; the part is
         * let go. When all parts are held, they are all ranked and sorted at the first call, in parallel.
         */
        long[] take(int part, int[] rank) {
            if (!counting && ready == null) {
                ready = new long[PARTS][];
                java.util.stream.IntStream.range(0, PARTS).parallel().forEach(p -> {
                    ready[p] = parts[p] == null ? new long[0] : ranked(parts[p], rank);
                    parts[p] = null;
                });
            }
            if (ready != null) {
                long[] out = ready[part];
                ready[part] = null;
                return out;
            }
            LongChunks chunks = parts[part];
            parts[part] = null;
            return chunks == null ? new long[0] : ranked(chunks, rank);
        }
    }

    /** The pair postings of a part in one array, with word numbers replaced by ranks, sorted. */
    private static long[] ranked(LongChunks part, int[] rank) {
        long[] a = part.toArray();
        java.util.stream.IntStream.range(0, a.length).parallel().forEach(i -> {
            long p = a[i];
            long x = rank[(int) (p >>> (WORD_BITS + DOC_BITS))];
            long y = rank[(int) (p >>> DOC_BITS & WORD_MASK)];
            a[i] = x << (WORD_BITS + DOC_BITS) | y << DOC_BITS | (p & DOC_MASK);
        });
        sortInPlace(a);
        return a;
    }

    /**
     * Sorts {@code a} without a second array of its size ({@code Arrays.parallelSort} takes one: at
     * 100,000 entries that is hundreds of megabytes): split around a sampled middle value, then the
     * two parts sorted in place at the same time.
     */
    static void sortInPlace(long[] a) {
        if (a.length < 1 << 16) {
            java.util.Arrays.sort(a);
            return;
        }
        long[] sample = new long[1025];
        java.util.Random random = new java.util.Random(a.length);
        for (int i = 0; i < sample.length; i++) {
            sample[i] = a[random.nextInt(a.length)];
        }
        java.util.Arrays.sort(sample);
        long pivot = sample[sample.length / 2];
        int low = 0;
        int high = a.length - 1;
        while (low <= high) {
            if (a[low] < pivot) {
                low++;
            } else {
                long t = a[low];
                a[low] = a[high];
                a[high--] = t;
            }
        }
        int split = low;
        java.util.stream.IntStream.range(0, 2).parallel()
                .forEach(half -> java.util.Arrays.sort(a, half == 0 ? 0 : split, half == 0 ? split : a.length));
    }

    /**
     * A growing list of longs in chunks, so that growing never copies (or holds twice) millions of
     * them. A chunk is 256 KB: at half of G1's smallest region (1 MB) or more, each would take a
     * whole region of its own, doubling the memory held.
     */
    private static final class LongChunks {
        private static final int CHUNK_SIZE = 1 << 15;
        private final List<long[]> full = new ArrayList<>();
        /** The first chunk is small and each next one twice as big, up to the chunk size: most parts of a small site are tiny. */
        private long[] current = new long[256];
        private int used;
        private long held;

        void add(long v) {
            if (used == current.length) {
                full.add(current);
                held += used;
                current = new long[Math.min(CHUNK_SIZE, current.length * 2)];
                used = 0;
            }
            current[used++] = v;
        }

        /** All values in one array; the chunks are let go as they are copied. */
        long[] toArray() {
            long[] all = new long[Math.toIntExact(held + used)];
            int at = 0;
            for (int i = 0; i < full.size(); i++) {
                long[] chunk = full.get(i);
                System.arraycopy(chunk, 0, all, at, chunk.length);
                at += chunk.length;
                full.set(i, null);
            }
            System.arraycopy(current, 0, all, at, used);
            full.clear();
            current = null;
            return all;
        }
    }

    /** A term and its entry in a shard ({@code "term":"gap.score gap.score"}). */
    private record TermEntry(String term, String entry) {
    }

    /**
     * Terms in order, their entries written in parallel {@value #BATCH} at a time into the shards.
     * A term is a word ({@code end} -1, {@code first} its number) or a run [{@code first}, {@code end})
     * of equal pairs in the sorted pair postings.
     */
    private static final class Terms {
        private final String[] words;
        private final Integer[] byRank;
        private final Postings[] singles;
        private long[] pairs = new long[0];
        private final int n;
        private final Shards shards;
        /** The pair postings each run of the batch indexes. */
        private final long[][] source = new long[BATCH][];
        private final int[] first = new int[BATCH];
        private final int[] end = new int[BATCH];
        private int size;

        Terms(String[] words, Integer[] byRank, Postings[] singles, int n, Shards shards) {
            this.words = words;
            this.byRank = byRank;
            this.singles = singles;
            this.n = n;
            this.shards = shards;
        }

        /** The pair postings that runs added from now on index. */
        void pairs(long[] sorted) {
            this.pairs = sorted;
        }

        void add(int first, int end) {
            this.source[size] = pairs;
            this.first[size] = first;
            this.end[size] = end;
            if (++size == BATCH) {
                flush();
            }
        }

        void flush() {
            TermEntry[] out = new TermEntry[size];
            java.util.stream.IntStream.range(0, size).parallel().forEach(i -> out[i] = entry(source[i], first[i], end[i]));
            java.util.Arrays.fill(source, null);
            shards.add(out);
            size = 0;
        }

        private TermEntry entry(long[] pairs, int first, int end) {
            if (end < 0) {
                Postings p = singles[first];
                singles[first] = null; // written once, at its rank: let it go
                return SearchIndex.entry(words[first], p.docs, p.weights, p.size, n);
            }
            int[] docs = new int[end - first];
            for (int k = first; k < end; k++) {
                docs[k - first] = (int) (pairs[k] & DOC_MASK);
            }
            int[] ones = new int[docs.length];
            java.util.Arrays.fill(ones, 1);
            long key = pairs[first] >>> DOC_BITS;
            String term = words[byRank[(int) (key >>> WORD_BITS)]] + " " + words[byRank[(int) (key & WORD_MASK)]];
            return SearchIndex.entry(term, docs, ones, docs.length, n);
        }
    }

    private static TermEntry entry(String term, int[] docs, int[] weights, int size, int n) {
        StringBuilder sb = new StringBuilder(term.length() + 4 + size * 6);
        double idf = Math.log(1.0 + (double) n / size);
        Json.string(term, sb);
        sb.append(":\"");
        int previous = 0;
        for (int k = 0; k < size; k++) {
            int score = (int) Math.min(9999, Math.max(1, Math.round(weights[k] * idf * 10)));
            if (k > 0) {
                sb.append(' ');
            }
            base36(docs[k] - previous, sb);
            sb.append('.');
            base36(score, sb);
            previous = docs[k];
        }
        return new TermEntry(term, sb.append('"').toString());
    }

    /** Term entries in order, cut into shards of about {@value #SHARD_BYTES} bytes. */
    private static final class Shards {
        private final String prefix;
        private final Batch files;
        private final List<String> bounds = new ArrayList<>();
        private final StringBuilder shard = new StringBuilder();

        Shards(String prefix, Batch files) {
            this.prefix = prefix;
            this.files = files;
        }

        void add(TermEntry[] entries) {
            for (TermEntry e : entries) {
                if (shard.length() > SHARD_BYTES) {
                    flush();
                }
                if (shard.length() == 0) {
                    bounds.add(e.term());
                } else {
                    shard.append(',');
                }
                shard.append(e.entry());
            }
        }

        private void flush() {
            files.add(prefix + shardName(bounds.size() - 1), shardFile(bounds.size() - 1, shard));
            shard.setLength(0);
        }

        void finish() {
            if (shard.length() > 0) {
                flush();
            }
        }
    }

    /** {@code Integer.toString(v, 36)} for v ≥ 0, without the garbage. */
    static void base36(int v, StringBuilder sb) {
        if (v < 36) {
            sb.append(Character.forDigit(v, 36));
            return;
        }
        base36(v / 36, sb);
        sb.append(Character.forDigit(v % 36, 36));
    }

    /** The weighted terms of one entry: its ID, words of title, summary and body, and pairs of neighbouring words. */
    private static DocTerms terms(SiteEntry e, Dictionary dictionary) {
        String id = e.id().toLowerCase(Locale.ROOT);
        int idWord = indexable(id) ? dictionary.word(id) : -1;
        String html = e.html();
        Dictionary.Local local = dictionary.take();
        try {
            Coded idWords = Coded.of(e.id(), local);
            Coded title = Coded.of(e.title(), local);
            Coded summary = Coded.of(e.entry().summary() == null ? "" : e.entry().summary(), local);
            char[] chars = local.charBuffer(html.length());
            html.getChars(0, html.length(), chars, 0);
            Coded body = Coded.of(chars, Text.fromHtml(chars, html.length()), local);
            // Single terms with their weights summed: the ID whole and its words, title, summary.
            TermSums singles = local.singles;
            singles.reset(1 + idWords.size() + title.size() + summary.size() + body.size());
            if (idWord >= 0) {
                singles.add(idWord, ID);
            }
            add(singles, idWords, ID);
            add(singles, title, TITLE);
            add(singles, summary, SUMMARY);
            // Body words count once each, by how often they occur (at most 5), stop words left out.
            TermSums counts = local.counts;
            counts.reset(body.size());
            for (int i = 0; i < body.size(); i++) {
                if (body.words[i] >= 0 && body.indexable(i)) {
                    counts.add(body.words[i], 1);
                }
            }
            for (int i = 0; i < counts.size(); i++) {
                singles.add(counts.term(i), BODY * Math.min(counts.sum(i), 5));
            }
            int[] terms = new int[singles.size()];
            int[] weights = new int[terms.length];
            for (int i = 0; i < terms.length; i++) {
                terms[i] = singles.term(i);
                weights[i] = singles.sum(i);
            }
            return new DocTerms(terms, weights, pairs(local.pairs, title, summary, body));
        } finally {
            dictionary.giveBack(local);
        }
    }

    /** Each indexable token (stop words too) with {@code weight}. */
    private static void add(TermSums sums, Coded tokens, int weight) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.indexable(i)) {
                int word = tokens.words[i];
                sums.add(word >= 0 ? word : ~word, weight);
            }
        }
    }

    /**
     * Pairs of neighbouring words in the texts (stop words skipped), each once, in the order first
     * met, so that a phrase finds its page; each with the part of its first word above the word.
     */
    private static long[] pairs(DistinctLongs seen, Coded... texts) {
        int most = 0;
        for (Coded text : texts) {
            most += text.size();
        }
        seen.reset(most);
        long[] pairs = new long[most];
        int p = 0;
        for (Coded text : texts) {
            long previous = -1;
            for (int i = 0; i < text.size(); i++) {
                int word = text.words[i];
                if (word < 0) {
                    continue;
                }
                if (previous >= 0) {
                    long pair = previous << 32 | word;
                    if (seen.add(pair)) {
                        pairs[p++] = pair;
                    }
                }
                // the part of the first word's text: its first character, kept above the word's number
                previous = word > WORD_MASK ? -1 : (long) text.part(i) << WORD_BITS | word;
            }
        }
        return java.util.Arrays.copyOf(pairs, p);
    }

    /**
     * The number of each token in the dictionary, looked up once for singles and pairs alike; a stop
     * word's number is stored as {@code ~number} (negative), since pairs skip stop words.
     */
    private static int[] words(List<String> tokens, Dictionary dictionary) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = dictionary.coded(tokens.get(i));
        }
        return out;
    }

    /** A token's length, as far as {@link #indexable} needs it, and its first character (its part), in one int. */
    private static int shape(int length, char first) {
        return Math.min(length, MAX_TERM + 1) << 16 | first;
    }

    /**
     * The tokens of a text as {@link #tokens} finds them, as the dictionary's numbers ({@link
     * Dictionary#coded}), each with its {@link #shape}. ASCII text (nearly all of a big site) is
     * split, lower-cased and looked up in one pass over its characters, a word made into a string
     * only the first time a thread meets it; other text takes {@link #tokens}.
     */
    record Coded(int[] words, int[] shapes) {
        static Coded of(String text, Dictionary.Local local) {
            int n = text.length();
            char[] chars = local.charBuffer(n);
            text.getChars(0, n, chars, 0);
            return of(chars, n, local);
        }

        /** The tokens of the text in {@code chars[0, n)}, which is overwritten (a buffer of {@code local}'s). */
        static Coded of(char[] chars, int n, Dictionary.Local local) {
            for (int i = 0; i < n; i++) {
                if (chars[i] >= 0x80) {
                    List<String> tokens = tokens(new String(chars, 0, n));
                    int[] shapes = new int[tokens.size()];
                    for (int k = 0; k < shapes.length; k++) {
                        shapes[k] = shape(tokens.get(k).length(), tokens.get(k).charAt(0));
                    }
                    return new Coded(local.coded(tokens), shapes);
                }
            }
            local.tokenRoom(n / 2 + 1);
            int[] words = local.words;
            int[] shapes = local.shapes;
            int count = 0;
            int start = -1;
            int hash = 0;
            for (int i = 0; i <= n; i++) {
                char c = i < n ? chars[i] : ' ';
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                    chars[i] = c;
                }
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    if (start < 0) {
                        start = i;
                        hash = 0;
                    }
                    hash = 31 * hash + c;
                } else if (start >= 0) {
                    words[count] = local.coded(chars, start, i, hash);
                    shapes[count++] = shape(i - start, chars[start]);
                    start = -1;
                }
            }
            return new Coded(java.util.Arrays.copyOf(words, count), java.util.Arrays.copyOf(shapes, count));
        }

        int size() {
            return words.length;
        }

        /** {@link #indexable}: tokens are never empty and hold no space. */
        boolean indexable(int i) {
            return shapes[i] >>> 16 <= MAX_TERM;
        }

        int part(int i) {
            return Math.min(shapes[i] & 0xFFFF, PARTS - 1);
        }
    }

    /** Single terms longer than this, or with a space, are left out of the index (pairs are not). */
    private static boolean indexable(String term) {
        return !term.isEmpty() && term.length() <= MAX_TERM && term.indexOf(' ') < 0;
    }

    private static final int MAX_TERM = 40;

    private static String shardName(int k) {
        return "search/i" + k + ".js";
    }

    private static byte[] shardFile(int k, StringBuilder body) {
        return script("shard(" + k + ",{" + body + "})");
    }

    private static byte[] script(String call) {
        return ("briefkitSearch." + call + ";\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Search terms of a text: the same rules as search.js. The index takes this way only for text
     * that is not ASCII; {@link Coded} splits ASCII text itself, with the same result.
     */
    static List<String> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String folded = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
        List<String> out = new ArrayList<>();
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z') {
                    t.append((char) cp);
                } else {
                    flush(t, out);
                }
            } else if (isCjk(cp)) {
                flush(t, out);
                out.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp)) {
                t.appendCodePoint(cp);
            } else {
                flush(t, out);
            }
        }
        flush(t, out);
        return out;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private static void flush(StringBuilder t, List<String> out) {
        if (t.length() > 0) {
            out.add(t.toString());
            t.setLength(0);
        }
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }

    /** The set of distinct terms, for tests. */
    static Set<String> terms(String text) {
        return new HashSet<>(tokens(text));
    }
}
