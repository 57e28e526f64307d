package org.briefkit.build;

import static org.briefkit.render.Tracking.Aspect.BODY;
import static org.briefkit.render.Tracking.Aspect.HEAD;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.briefkit.build.store.Digest;
import org.briefkit.build.store.StoreInput;
import org.briefkit.build.store.StoreOutput;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.outputs.search.IndexState;
import org.briefkit.outputs.search.SearchIndex;
import org.briefkit.render.Tracking;
import org.briefkit.work.Workers;
import org.briefkit.write.OutputSink;

/**
 * The search index of each language as the last build wrote it: its documents (a digest of their
 * keys in the index's order, and a digest of each one's prints) and what {@link IndexState} says of
 * its files. When only some documents changed, the index is brought up to date
 * ({@link SearchIndex#update}) rather than made whole: at 10,000 entries, making it whole was most
 * of a build after an edit of one body. Thread-safe: languages are indexed on different workers.
 */
final class SearchFiles {
    /** A language's index: the digest of its documents' keys, each document's digest, its state. */
    record Index(long keys, long[] docs, IndexState state) {
    }

    /** More changed documents than one in this many: the index is made whole. */
    private static final int MOST_CHANGED = 10;
    private final Map<String, Index> last;
    private final Map<String, Index> now = new ConcurrentHashMap<>();
    private final Prints prints;
    private final OutputSink sink;

    SearchFiles(Map<String, Index> last, Prints prints, OutputSink sink) {
        this.last = last;
        this.prints = prints;
        this.sink = sink;
    }

    /**
     * Makes the index of {@code graph}: kept as the last build wrote it when none of its documents
     * changed (a check, without output, then makes nothing), brought up to date when few did and
     * the current output holds it as written, else made whole. Files made go to {@code out}; those
     * kept as they are go to {@code keep} (false: not kept, then made).
     */
    void make(SiteGraph graph, Workers workers, BiConsumer<String, byte[]> out, Predicate<String> keep) {
        List<SiteEntry> docs = SearchIndex.documents(graph);
        Digest keys = new Digest();
        long[] digests = new long[docs.size()];
        for (int d = 0; d < digests.length; d++) {
            SiteEntry e = docs.get(d);
            keys.add(Tracking.key(e));
            Digest one = new Digest();
            prints.addTo(one, e, HEAD, BODY);
            digests[d] = one.value();
        }
        Index before = last.get(graph.prefix());
        IndexState state = null;
        if (before != null && before.keys() == keys.value() && before.docs().length == digests.length) {
            int[] changed = IntStream.range(0, digests.length).filter(d -> digests[d] != before.docs()[d]).toArray();
            if (changed.length == 0 && (sink == null || before.state().files().stream().allMatch(keep))) {
                state = before.state();
            } else if (sink != null && changed.length * MOST_CHANGED <= digests.length) {
                state = SearchIndex.update(graph, docs, before.state(), changed, sink::current, workers, out, keep);
            }
        }
        if (state == null) {
            state = SearchIndex.build(graph, workers, out);
        }
        now.put(graph.prefix(), new Index(keys.value(), digests, state));
    }

    /** The indexes of this build. */
    Map<String, Index> indexes() {
        return now;
    }

    static void write(Map<String, Index> indexes, StoreOutput out) {
        out.writeInt(indexes.size());
        new TreeMap<>(indexes).forEach((prefix, index) -> {
            out.writeString(prefix);
            out.writeFixedLong(index.keys());
            out.writeInt(index.docs().length);
            for (long d : index.docs()) {
                out.writeFixedLong(d);
            }
            IndexState s = index.state();
            out.writeInt(s.docs());
            out.writeInt(s.shards().size());
            for (IndexState.Shard shard : s.shards()) {
                out.writeString(shard.bound());
                out.writeString(shard.name());
                out.writeBoolean(shard.ended());
                out.writeFixedLong(shard.checksum());
            }
            out.writeInt(s.vocab().size());
            s.vocab().forEach(out::writeInt);
        });
    }

    static Map<String, Index> read(StoreInput in) {
        Map<String, Index> indexes = new TreeMap<>();
        for (int n = in.readCount(); n > 0; n--) {
            String prefix = in.readString();
            long keys = in.readFixedLong();
            long[] docs = new long[in.readCount()];
            for (int d = 0; d < docs.length; d++) {
                docs[d] = in.readFixedLong();
            }
            int count = in.readInt();
            List<IndexState.Shard> shards = new ArrayList<>();
            for (int k = in.readCount(); k > 0; k--) {
                shards.add(new IndexState.Shard(in.readString(), in.readString(), in.readBoolean(), in.readFixedLong()));
            }
            List<Integer> vocab = new ArrayList<>();
            for (int k = in.readCount(); k > 0; k--) {
                vocab.add(in.readInt());
            }
            indexes.put(prefix, new Index(keys, docs, new IndexState(prefix, count, shards, vocab)));
        }
        return indexes;
    }
}
