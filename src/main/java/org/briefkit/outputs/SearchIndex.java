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

    /** The terms of one document and their weights. */
    private record DocTerms(String[] terms, int[] weights) {
    }

    /** The files of the index, paths relative to the site root (under {@code search/}). */
    public static Map<String, byte[]> build(SiteGraph graph) {
        List<SiteEntry> docs = graph.entries();
        List<String> collections = graph.collectionNames();
        // Terms per document in parallel; then the postings, in document order, in one pass.
        // Terms per document in parallel; then the postings, each thread taking the terms of its part
        // of the hash space, documents in order.
        DocTerms[] perDoc = new DocTerms[docs.size()];
        java.util.stream.IntStream.range(0, docs.size()).parallel().forEach(d -> perDoc[d] = terms(docs.get(d)));
        int parts = Math.max(1, Runtime.getRuntime().availableProcessors());
        List<Map<String, Postings>> index = java.util.stream.IntStream.range(0, parts).parallel().mapToObj(part -> {
            Map<String, Postings> m = new HashMap<>();
            for (int d = 0; d < perDoc.length; d++) {
                DocTerms dt = perDoc[d];
                for (int k = 0; k < dt.terms().length; k++) {
                    String term = dt.terms()[k];
                    if (part(term, parts) == part) {
                        m.computeIfAbsent(term, t -> new Postings()).add(d, dt.weights()[k]);
                    }
                }
            }
            return m;
        }).toList();
        List<String> all = new ArrayList<>();
        index.forEach(m -> all.addAll(m.keySet()));
        String[] sorted = all.toArray(new String[0]);
        java.util.Arrays.parallelSort(sorted);
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> bounds = new ArrayList<>();
        StringBuilder shard = new StringBuilder();
        int n = docs.size();
        // Each term's entry in parallel, then cut into shards in order.
        String[] entries = new String[sorted.length];
        java.util.stream.IntStream.range(0, sorted.length).parallel().forEach(i -> {
            String term = sorted[i];
            Postings p = index.get(part(term, parts)).get(term);
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

    private static int part(String term, int parts) {
        return Math.floorMod(term.hashCode(), parts);
    }

    /** The weighted terms of one entry: its ID, words of title, summary and body, and pairs of neighbouring words. */
    private static DocTerms terms(SiteEntry e) {
        Map<String, Integer> weights = new HashMap<>();
        add(weights, e.id().toLowerCase(Locale.ROOT), ID);
        for (String t : tokens(e.id())) {
            add(weights, t, ID);
        }
        List<String> title = tokens(e.title());
        for (String t : title) {
            add(weights, t, TITLE);
        }
        List<String> summary = e.entry().summary() == null ? List.of() : tokens(e.entry().summary());
        for (String t : summary) {
            add(weights, t, SUMMARY);
        }
        Map<String, Integer> body = new HashMap<>();
        List<String> bodyTokens = tokens(Text.fromHtml(e.html()));
        for (String t : bodyTokens) {
            if (!STOP.contains(t)) {
                body.merge(t, 1, Integer::sum);
            }
        }
        body.forEach((t, tf) -> add(weights, t, BODY * Math.min(tf, 5)));
        // Pairs of neighbouring words (stop words skipped), so that a phrase finds its page.
        for (List<String> text : List.of(title, summary, bodyTokens)) {
            String previous = null;
            for (String t : text) {
                if (STOP.contains(t)) {
                    continue;
                }
                if (previous != null) {
                    weights.putIfAbsent(previous + " " + t, 1);
                }
                previous = t;
            }
        }
        String[] terms = new String[weights.size()];
        int[] w = new int[weights.size()];
        int k = 0;
        for (Map.Entry<String, Integer> x : weights.entrySet()) {
            terms[k] = x.getKey();
            w[k++] = x.getValue();
        }
        return new DocTerms(terms, w);
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

    private static void add(Map<String, Integer> weights, String term, int weight) {
        if (!term.isEmpty() && term.length() <= 40 && term.indexOf(' ') < 0) {
            weights.merge(term, weight, Integer::sum);
        }
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
