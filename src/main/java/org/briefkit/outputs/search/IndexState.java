package org.briefkit.outputs.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a build wrote of one language's search index, for the next build to bring it up to date
 * ({@link SearchIndex#update}): how many documents, the shards in order and the lengths of the
 * words files. Immutable.
 *
 * @param prefix the language's folder ("" or "fr/")
 * @param docs how many documents the index has
 * @param shards the shards in the order of their terms
 * @param vocab the lengths of the words files ({@code search/v<length>.js})
 */
public record IndexState(String prefix, int docs, List<Shard> shards, List<Integer> vocab) {
    public IndexState {
        shards = List.copyOf(shards);
        vocab = List.copyOf(vocab);
    }

    /**
     * A shard as written: its first term, its file's name, whether it ended after its last term
     * ({@link Shards#endsShard}) rather than before an entry that did not fit, and a CRC-32C of its
     * file, by which the file is known to be this one before it is read again.
     */
    public record Shard(String bound, String name, boolean ended, long checksum) {
    }

    /** Every file of the index, paths from the site root. */
    public List<String> files() {
        List<String> files = new ArrayList<>();
        shards.forEach(s -> files.add(Shards.path(prefix, s.name())));
        for (int c = 0; c * DocumentChunks.CHUNK < docs; c++) {
            files.add(DocumentChunks.path(prefix, c));
        }
        vocab.forEach(length -> files.add(Vocabulary.path(prefix, length)));
        files.add(SearchIndex.manifestPath(prefix));
        return files;
    }
}
