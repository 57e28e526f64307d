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
import java.util.TreeMap;
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

    /** The files of the index, paths relative to the site root (under {@code search/}). */
    public static Map<String, byte[]> build(SiteGraph graph) {
        List<SiteEntry> docs = graph.entries();
        List<String> collections = graph.collectionNames();
        Map<String, Map<Integer, Integer>> postings = new TreeMap<>();
        for (int d = 0; d < docs.size(); d++) {
            SiteEntry e = docs.get(d);
            Map<String, Integer> weights = new HashMap<>();
            String id = e.id().toLowerCase(Locale.ROOT);
            add(weights, id, ID);
            for (String t : tokens(e.id())) {
                add(weights, t, ID);
            }
            for (String t : tokens(e.title())) {
                add(weights, t, TITLE);
            }
            if (e.entry().summary() != null) {
                for (String t : tokens(e.entry().summary())) {
                    add(weights, t, SUMMARY);
                }
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
            for (List<String> text : List.of(tokens(e.title()), e.entry().summary() == null ? List.<String>of()
                    : tokens(e.entry().summary()), bodyTokens)) {
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
            for (Map.Entry<String, Integer> w : weights.entrySet()) {
                postings.computeIfAbsent(w.getKey(), k -> new LinkedHashMap<>()).put(d, w.getValue());
            }
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> bounds = new ArrayList<>();
        StringBuilder shard = new StringBuilder();
        int n = docs.size();
        for (Map.Entry<String, Map<Integer, Integer>> term : postings.entrySet()) {
            if (shard.length() > SHARD_BYTES) {
                files.put(graph.prefix() + shardName(bounds.size() - 1), shardFile(bounds.size() - 1, shard));
                shard.setLength(0);
            }
            if (shard.length() == 0) {
                bounds.add(term.getKey());
            } else {
                shard.append(',');
            }
            double idf = Math.log(1.0 + (double) n / term.getValue().size());
            Json.string(term.getKey(), shard);
            shard.append(":\"");
            boolean first = true;
            int previous = 0;
            for (Map.Entry<Integer, Integer> p : term.getValue().entrySet()) {
                int score = (int) Math.min(9999, Math.max(1, Math.round(p.getValue() * idf * 10)));
                shard.append(first ? "" : " ").append(Integer.toString(p.getKey() - previous, 36)).append('.')
                        .append(Integer.toString(score, 36));
                previous = p.getKey();
                first = false;
            }
            shard.append('"');
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
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        List<String> out = new ArrayList<>();
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
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
