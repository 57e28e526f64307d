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

    /**
     * Every word and pair of words seen, each with a number, shared by the threads. A pair is keyed by
     * the numbers of its two words, so a document's pairs cost no string until the index is written.
     */
    private static final class Dictionary {
        private final ConcurrentHashMap<String, Integer> words = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<Long, Integer> pairs = new ConcurrentHashMap<>();
        private final AtomicInteger next = new AtomicInteger();

        int word(String w) {
            Integer id = words.get(w);
            return id != null ? id : words.computeIfAbsent(w, x -> next.getAndIncrement());
        }

        /**
         * Pair keys are the two numbers multiplied by an odd constant (undone by its inverse), because
         * {@code Long.hashCode} of the plain numbers, {@code first ^ second}, collides all the time.
         */
        private static final long MIX = 0x9E3779B97F4A7C15L;
        private static final long UNMIX = inverse(MIX);

        private static long inverse(long odd) {
            long x = odd; // Newton's iteration: each step doubles the correct low bits (3 → 6 → … → 96)
            for (int i = 0; i < 5; i++) {
                x *= 2 - odd * x;
            }
            return x;
        }

        int pair(int first, int second) {
            Long key = ((long) first << 32 | second) * MIX;
            Integer id = pairs.get(key);
            return id != null ? id : pairs.computeIfAbsent(key, x -> next.getAndIncrement());
        }

        int size() {
            return next.get();
        }

        /** The text of each number. */
        String[] strings() {
            String[] s = new String[next.get()];
            words.forEach((w, id) -> s[id] = w);
            pairs.forEach((mixed, id) -> {
                long k = mixed * UNMIX;
                s[id] = s[(int) (k >>> 32)] + " " + s[(int) k];
            });
            return s;
        }
    }

    /** The terms of one document (numbers from the dictionary) and their weights. */
    private record DocTerms(int[] terms, int[] weights) {
    }

    /** Documents whose terms are collected at once; the postings grow block by block, in document order. */
    private static final int BLOCK = 256;

    /** The files of the index, paths relative to the site root (under {@code search/}). */
    public static Map<String, byte[]> build(SiteGraph graph) {
        List<SiteEntry> docs = graph.entries();
        List<String> collections = graph.collectionNames();
        // Terms of a block of documents in parallel, then their postings in document order.
        Dictionary dictionary = new Dictionary();
        Postings[] postings = new Postings[1024];
        for (int from = 0; from < docs.size(); from += BLOCK) {
            int first = from;
            DocTerms[] block = new DocTerms[Math.min(BLOCK, docs.size() - from)];
            java.util.stream.IntStream.range(0, block.length).parallel()
                    .forEach(d -> block[d] = terms(docs.get(first + d), dictionary));
            if (postings.length < dictionary.size()) {
                postings = java.util.Arrays.copyOf(postings, Math.max(dictionary.size(), postings.length * 2));
            }
            for (int d = 0; d < block.length; d++) {
                DocTerms dt = block[d];
                for (int k = 0; k < dt.terms().length; k++) {
                    int t = dt.terms()[k];
                    if (postings[t] == null) {
                        postings[t] = new Postings();
                    }
                    postings[t].add(first + d, dt.weights()[k]);
                }
            }
        }
        String[] strings = dictionary.strings();
        Postings[] byTerm = postings;
        Integer[] order = java.util.stream.IntStream.range(0, strings.length).filter(i -> byTerm[i] != null)
                .boxed().toArray(Integer[]::new);
        java.util.Arrays.parallelSort(order, (a, b) -> strings[a].compareTo(strings[b]));
        String[] sorted = new String[order.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = strings[order[i]];
        }
        List<String> bounds = new ArrayList<>();
        StringBuilder shard = new StringBuilder();
        int n = docs.size();
        // Each term's entry in parallel, then cut into shards in order.
        String[] entries = new String[sorted.length];
        Map<String, byte[]> files = new LinkedHashMap<>();
        java.util.stream.IntStream.range(0, sorted.length).parallel().forEach(i -> {
            String term = sorted[i];
            Postings p = byTerm[order[i]];
            StringBuilder sb = new StringBuilder(term.length() + 4 + p.size * 6);
            double idf = Math.log(1.0 + (double) n / p.size);
            Json.string(term, sb);
            sb.append(":\"");
            int previous = 0;
            for (int k = 0; k < p.size; k++) {
                int score = (int) Math.min(9999, Math.max(1, Math.round(p.weights[k] * idf * 10)));
                if (k > 0) {
                    sb.append(' ');
                }
                base36(p.docs[k] - previous, sb);
                sb.append('.');
                base36(score, sb);
                previous = p.docs[k];
            }
            entries[i] = sb.append('"').toString();
        });
        for (int i = 0; i < sorted.length; i++) {
            if (shard.length() > SHARD_BYTES) {
                files.put(graph.prefix() + shardName(bounds.size() - 1), shardFile(bounds.size() - 1, shard));
                shard.setLength(0);
            }
            if (shard.length() == 0) {
                bounds.add(sorted[i]);
            } else {
                shard.append(',');
            }
            shard.append(entries[i]);
        }
        if (shard.length() > 0) {
            files.put(graph.prefix() + shardName(bounds.size() - 1), shardFile(bounds.size() - 1, shard));
        }
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
            files.put(graph.prefix() + "search/d" + c + ".js", script("docs(" + c + "," + Json.write(chunk) + ")"));
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
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(graph.prefix() + "search/manifest.js", script("manifest(" + Json.write(manifest) + ")"));
        out.putAll(files);
        return out;
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
        // Each single term as (number << 32 | weight), summed per number after a sort.
        Weights singles = new Weights();
        String id = e.id().toLowerCase(Locale.ROOT);
        if (indexable(id)) {
            singles.add(dictionary.word(id), ID);
        }
        for (String t : tokens(e.id())) {
            singles.addIfIndexable(t, dictionary, ID);
        }
        List<String> title = tokens(e.title());
        for (String t : title) {
            singles.addIfIndexable(t, dictionary, TITLE);
        }
        List<String> summary = e.entry().summary() == null ? List.of() : tokens(e.entry().summary());
        for (String t : summary) {
            singles.addIfIndexable(t, dictionary, SUMMARY);
        }
        // Body words count once each, by how often they occur (at most 5), stop words left out.
        List<String> bodyTokens = tokens(Text.fromHtml(e.html()));
        int[] body = new int[bodyTokens.size()];
        int b = 0;
        for (String t : bodyTokens) {
            if (!STOP.contains(t) && indexable(t)) {
                body[b++] = dictionary.word(t);
            }
        }
        java.util.Arrays.sort(body, 0, b);
        for (int i = 0; i < b; ) {
            int j = i;
            while (j < b && body[j] == body[i]) {
                j++;
            }
            singles.add(body[i], BODY * Math.min(j - i, 5));
            i = j;
        }
        // Pairs of neighbouring words (stop words skipped), so that a phrase finds its page; weight 1.
        int[] pairs = new int[title.size() + summary.size() + bodyTokens.size()];
        int p = 0;
        for (List<String> text : List.of(title, summary, bodyTokens)) {
            int previous = -1;
            for (String t : text) {
                if (STOP.contains(t)) {
                    continue;
                }
                int word = dictionary.word(t);
                if (previous >= 0) {
                    pairs[p++] = dictionary.pair(previous, word);
                }
                previous = word;
            }
        }
        java.util.Arrays.sort(pairs, 0, p);
        long[] packed = singles.sorted();
        int distinctPairs = 0;
        for (int i = 0; i < p; i++) {
            if (i == 0 || pairs[i] != pairs[i - 1]) {
                distinctPairs++;
            }
        }
        int[] terms = new int[packed.length + distinctPairs];
        int[] weights = new int[terms.length];
        int k = 0;
        for (int i = 0; i < packed.length; ) {
            int term = (int) (packed[i] >>> 32);
            int w = 0;
            for (; i < packed.length && (int) (packed[i] >>> 32) == term; i++) {
                w += (int) packed[i];
            }
            terms[k] = term;
            weights[k++] = w;
        }
        for (int i = 0; i < p; i++) {
            if (i == 0 || pairs[i] != pairs[i - 1]) {
                terms[k] = pairs[i];
                weights[k++] = 1;
            }
        }
        return new DocTerms(java.util.Arrays.copyOf(terms, k), java.util.Arrays.copyOf(weights, k));
    }

    /** Single terms of one document with a weight each time they occur. */
    private static final class Weights {
        private long[] items = new long[64];
        private int size;

        void add(int term, int weight) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = (long) term << 32 | weight;
        }

        void addIfIndexable(String term, Dictionary dictionary, int weight) {
            if (indexable(term)) {
                add(dictionary.word(term), weight);
            }
        }

        long[] sorted() {
            long[] out = java.util.Arrays.copyOf(items, size);
            java.util.Arrays.sort(out);
            return out;
        }
    }

    /** Single terms longer than this, or with a space, are left out of the index (pairs are not). */
    private static boolean indexable(String term) {
        return !term.isEmpty() && term.length() <= 40 && term.indexOf(' ') < 0;
    }

    private static String shardName(int k) {
        return "search/i" + k + ".js";
    }

    private static byte[] shardFile(int k, StringBuilder body) {
        return script("shard(" + k + ",{" + body + "})");
    }

    private static byte[] script(String call) {
        return ("briefkitSearch." + call + ";\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Search terms of a text: the same rules as search.js. */
    static List<String> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String folded = isAscii(lower) ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
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

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

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
