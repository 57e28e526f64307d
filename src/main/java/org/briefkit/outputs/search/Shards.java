package org.briefkit.outputs.search;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Term entries in order, cut into shards ({@code search/<name>.js}), each handed to the batch when
 * full. Where a shard ends depends only on the terms near it, so that a build after an edit can
 * make again just the shards whose terms changed and get the files a whole build would:
 * <ul>
 *   <li>a shard ends after a term when its hash, out of {@value #AVERAGE}, is below the length of its
 *   entry ({@link #endsShard}): on average a cut every {@value #AVERAGE} characters, and always after
 *   an entry longer than that;</li>
 *   <li>a shard also ends before an entry that would take it past {@value #MAX} characters.</li>
 * </ul>
 * A shard's file is named after its first term ({@link #fileName}), not its place, so that a shard
 * cut in two leaves the names of the others as they were. The manifest lists each shard's first
 * term, from which search.js finds the shard of a term and makes its name ({@link #plainName}); only
 * names cut for length are listed. Not thread-safe: one thread adds.
 */
final class Shards {
    static final int AVERAGE = 16 * 1024;
    static final int MAX = 48 * 1024;
    private static final int LONG_NAME = 48;
    private final String prefix;
    private final FileBatch files;
    private final Vocabulary vocabulary;
    private final List<IndexState.Shard> made = new ArrayList<>();
    private final StringBuilder shard = new StringBuilder();
    private String first;
    private boolean ended;

    /**
     * Shards for a site whose paths start with {@code prefix} (its language's folder, or empty); the
     * words of the terms go to {@code vocabulary} (null: nowhere).
     */
    Shards(String prefix, FileBatch files, Vocabulary vocabulary) {
        this.prefix = prefix;
        this.files = files;
        this.vocabulary = vocabulary;
    }

    /** Adds terms' entries, given in the order of their terms. */
    void add(TermEntry[] entries) {
        for (TermEntry e : entries) {
            add(e);
        }
    }

    void add(TermEntry e) {
        if (endsBefore(e)) {
            flush();
        }
        if (shard.length() == 0) {
            first = e.term();
        } else {
            shard.append(',');
        }
        shard.append(e.entry());
        ended = endsShard(e.term(), e.entry().length());
        if (vocabulary != null) {
            vocabulary.add(e.term());
        }
    }

    /** Whether a shard is being filled: entries were added since the last was handed over. */
    boolean filling() {
        return shard.length() > 0;
    }

    /** Whether the shard being filled ends before {@code next}: it was cut after its last term, or {@code next} would overfill it. */
    boolean endsBefore(TermEntry next) {
        return shard.length() > 0 && (ended || shard.length() + 1 + next.entry().length() > MAX);
    }

    /**
     * Whether a shard ends after {@code term}, whose entry is {@code length} characters long: a cut
     * every {@value #AVERAGE} characters on average.
     */
    static boolean endsShard(String term, int length) {
        int h = term.hashCode() * 0x9E3779B9;
        h ^= h >>> 16;
        return (h & (AVERAGE - 1)) < length;
    }

    private void flush() {
        String name = fileName(first);
        byte[] script = SearchIndex.script("shard(\"" + name + "\",{" + shard + "})");
        made.add(new IndexState.Shard(first, name, ended, checksum(script)));
        files.add(path(prefix, name), script);
        shard.setLength(0);
    }

    /** Hands over the last shard. */
    void finish() {
        if (shard.length() > 0) {
            flush();
        }
    }

    /** The shards handed over, in order. */
    List<IndexState.Shard> made() {
        return made;
    }

    /** The checksum a shard's file is known by ({@link IndexState.Shard#checksum}). */
    static long checksum(byte[] file) {
        CRC32C crc = new CRC32C();
        crc.update(file);
        return crc.getValue();
    }

    /** The path of a shard's file. */
    static String path(String prefix, String name) {
        return prefix + "search/" + name + ".js";
    }

    /**
     * The name of the shard whose first term is {@code bound}: {@code i} and the term, letters a–z
     * and digits as they are, every other character as {@code _<code point in base 36>_}, so that
     * names differ when terms do, on file systems that ignore case too. A name longer than
     * {@value #LONG_NAME} characters is cut, and a hash of the whole term added after a {@code -}.
     */
    static String fileName(String bound) {
        String plain = plainName(bound);
        if (plain.length() <= LONG_NAME) {
            return plain;
        }
        long h = 1125899906842597L;
        for (int i = 0; i < bound.length(); i++) {
            h = 31 * h + bound.charAt(i);
        }
        return plain.substring(0, LONG_NAME / 2) + "-" + Long.toUnsignedString(h, 36);
    }

    /** The name of a shard whose first term is {@code bound}, whatever its length (search.js makes the same). */
    static String plainName(String bound) {
        StringBuilder sb = new StringBuilder("i");
        bound.codePoints().forEach(c -> {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.appendCodePoint(c);
            } else {
                sb.append('_').append(Integer.toString(c, 36)).append('_');
            }
        });
        return sb.toString();
    }

    /** A term and its entry in a shard ({@code "term":"gap.weight gap.weight"}). */
    record TermEntry(String term, String entry) {
    }
}
