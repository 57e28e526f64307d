package org.briefkit.outputs.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Term entries in order, cut into shards of about {@value #SHARD_BYTES} bytes ({@code search/i<k>.js}),
 * each handed to the batch when full; the first term of each shard is kept for the manifest, from
 * which search.js finds the shard of a term. Not thread-safe: one thread adds.
 */
final class Shards {
    static final int SHARD_BYTES = 16 * 1024;
    private final String prefix;
    private final FileBatch files;
    private final List<String> bounds = new ArrayList<>();
    private final StringBuilder shard = new StringBuilder();
    private final Vocabulary vocabulary = new Vocabulary();

    /** Shards for a site whose paths start with {@code prefix} (its language's folder, or empty). */
    Shards(String prefix, FileBatch files) {
        this.prefix = prefix;
        this.files = files;
    }

    /** Adds terms' entries, given in the order of their terms. */
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
            vocabulary.add(e.term());
        }
    }

    private void flush() {
        int k = bounds.size() - 1;
        files.add(prefix + "search/i" + k + ".js", SearchIndex.script("shard(" + k + ",{" + shard + "})"));
        shard.setLength(0);
    }

    /** Hands over the last shard and the words by length; returns the lengths (see {@link Vocabulary}). */
    List<Integer> finish() {
        if (shard.length() > 0) {
            flush();
        }
        return vocabulary.write(prefix, files);
    }

    /** The first term of each shard. */
    List<String> bounds() {
        return bounds;
    }

    /** A term and its entry in a shard ({@code "term":"gap.score gap.score"}). */
    record TermEntry(String term, String entry) {
    }
}
