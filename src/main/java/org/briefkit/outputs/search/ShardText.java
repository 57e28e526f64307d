package org.briefkit.outputs.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.briefkit.outputs.search.Shards.TermEntry;

/**
 * Reads back a shard as {@link Shards} wrote it ({@code briefkitSearch.shard("name",{"term":"gap.weight
 * gap.weight",…});}), for a build that brings the index up to date: only files whose checksum is the
 * one recorded when they were written are read, so this reads briefkit's own output, not anyone's
 * JavaScript. Anything else it meets is {@link Unreadable}. Stateless and thread-safe.
 */
final class ShardText {
    private static final byte[] HEAD = "briefkitSearch.shard(\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TAIL = "});\n".getBytes(StandardCharsets.US_ASCII);
    /** Reads a term's JSON string (its escapes); the rest is walked here, where a term is read only when wanted. */
    private static final JsonFactory JSON = new JsonFactory();

    private ShardText() {
    }

    /** A shard file that is not as {@link Shards} writes it. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** Receives the postings of chosen documents: a term, a document, its weight there. */
    interface Hits {
        void hit(String term, int doc, int weight);
    }

    /** The entries of a shard, in order. */
    static List<TermEntry> entries(byte[] file) {
        List<TermEntry> out = new ArrayList<>();
        walk(file, null, (term, from, to) -> out.add(new TermEntry(term.get(), new String(file, from, to - from, StandardCharsets.UTF_8))),
                null);
        return out;
    }

    /** Hands each posting of an entry ({@code "term":"gap.weight …"}) to {@code postings}: document, weight. */
    static void postings(String entry, BiConsumer<Integer, Integer> postings) {
        int from = entry.lastIndexOf(":\"");
        if (from < 0 || !entry.endsWith("\"")) {
            throw new Unreadable("not an entry");
        }
        int doc = 0;
        for (String p : entry.substring(from + 2, entry.length() - 1).split(" ")) {
            int dot = p.indexOf('.');
            if (dot <= 0 || dot == p.length() - 1) {
                throw new Unreadable("a posting without its weight");
            }
            try {
                doc += Integer.parseInt(p, 0, dot, 36);
                postings.accept(doc, Integer.parseInt(p, dot + 1, p.length(), 36));
            } catch (NumberFormatException e) {
                throw new Unreadable("not a base-36 number: " + p);
            }
        }
    }

    /** Hands every posting of a document in {@code docs} to {@code hits}. */
    static void hits(byte[] file, BitSet docs, Hits hits) {
        walk(file, docs, null, hits);
    }

    /** Receives each entry: its term (made when asked for) and where its text is in the file, [from, to). */
    private interface Entries {
        void entry(Supplier<String> term, int from, int to);
    }

    private static final byte[] TERM_END = {':', '"'};
    private static final byte[] ENTRIES = {',', '{'};

    /**
     * Reads the shard's entries, handing each to {@code entries} (when not null) and the postings of
     * {@code docs} to {@code hits} (when not null). When only postings are wanted, the rest of an
     * entry after the last document wanted is skipped: postings are in document order.
     */
    private static void walk(byte[] f, BitSet docs, Entries entries, Hits hits) {
        int at = expect(f, 0, HEAD);
        at = skipString(f, at - 1);
        at = expect(f, at, ENTRIES);
        int n = f.length - TAIL.length;
        int lastWanted = docs == null ? -1 : docs.length() - 1;
        boolean first = true;
        while (at < n && f[at] != '}') {
            if (!first && f[at++] != ',') {
                throw new Unreadable("no comma between entries at " + at);
            }
            first = false;
            int termStart = at;
            int termEnd = skipString(f, at);
            Supplier<String> term = () -> string(f, termStart, termEnd);
            at = postings(f, expect(f, termEnd, TERM_END), n, entries == null ? lastWanted : Integer.MAX_VALUE, docs, hits, term);
            if (at >= n) {
                throw new Unreadable("an entry does not end");
            }
            at++;
            if (entries != null) {
                entries.entry(term, termStart, at);
            }
        }
        if (at != n || !Arrays.equals(f, n, f.length, TAIL, 0, TAIL.length)) {
            throw new Unreadable("the shard does not end as written");
        }
    }

    /**
     * Reads the postings from {@code at} to the closing quote (returned), handing those of
     * {@code docs} to {@code hits}; after document {@code until}, skips to the quote.
     */
    private static int postings(byte[] f, int at, int n, int until, BitSet docs, Hits hits, Supplier<String> term) {
        int doc = 0;
        int value = 0;
        int digits = 0;
        int gap = -1;
        while (at < n && f[at] != '"') {
            byte b = f[at++];
            if (b != '.' && b != ' ') {
                value = value * 36 + digit(b);
                digits++;
                continue;
            }
            if (digits == 0 || (b == '.') != (gap < 0)) {
                throw new Unreadable("a posting is not gap.weight at " + at);
            }
            if (b == '.') {
                gap = value;
            } else {
                doc = posting(docs, hits, term, doc, gap, value);
                gap = -1;
                if (doc >= until) {
                    while (at < n && f[at] != '"') {
                        at++;
                    }
                    return at;
                }
            }
            value = 0;
            digits = 0;
        }
        if (digits == 0) {
            throw new Unreadable("a posting without its weight");
        }
        posting(docs, hits, term, doc, gap, value);
        return at;
    }

    /** The document of a posting (the one before it plus its gap), handed to {@code hits} when chosen. */
    private static int posting(BitSet docs, Hits hits, Supplier<String> term, int before, int gap, int weight) {
        if (gap < 0) {
            throw new Unreadable("a posting without its weight");
        }
        int doc = before + gap;
        if (docs != null && docs.get(doc)) {
            hits.hit(term.get(), doc, weight);
        }
        return doc;
    }

    private static int digit(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'z') {
            return b - 'a' + 10;
        }
        throw new Unreadable("not a base-36 digit: " + (char) b);
    }

    private static int expect(byte[] f, int at, byte[] what) {
        if (!Arrays.equals(f, at, Math.min(f.length, at + what.length), what, 0, what.length)) {
            throw new Unreadable("expected " + new String(what, StandardCharsets.US_ASCII) + " at " + at);
        }
        return at + what.length;
    }

    /** The end (after the closing quote) of the JSON string whose opening quote is at {@code at}. */
    private static int skipString(byte[] f, int at) {
        if (at >= f.length || f[at] != '"') {
            throw new Unreadable("expected a string at " + at);
        }
        for (int i = at + 1; i < f.length; i++) {
            if (f[i] == '\\') {
                i++;
            } else if (f[i] == '"') {
                return i + 1;
            }
        }
        throw new Unreadable("a string does not end");
    }

    /**
     * The JSON string between {@code from} (its opening quote) and {@code to} (after its closing
     * one), its escapes undone by Jackson.
     */
    static String string(byte[] f, int from, int to) {
        boolean escaped = false;
        for (int i = from + 1; i < to - 1 && !escaped; i++) {
            escaped = f[i] == '\\';
        }
        if (!escaped) {
            return new String(f, from + 1, to - from - 2, StandardCharsets.UTF_8); // nearly every term
        }
        try (JsonParser p = JSON.createParser(f, from, to - from)) {
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                throw new Unreadable("expected a string at " + from);
            }
            return p.getText();
        } catch (IOException e) {
            throw new Unreadable("a term that is not a JSON string at " + from + ": " + e.getMessage());
        }
    }
}
