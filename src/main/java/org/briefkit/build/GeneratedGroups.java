package org.briefkit.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.briefkit.build.store.Digest;
import org.briefkit.build.store.StoreInput;
import org.briefkit.build.store.StoreOutput;
import org.briefkit.graph.SiteEntry;
import org.briefkit.render.Tracking;
import org.briefkit.write.OutputSink;

/**
 * The generated files of a build with the disk cache, in groups (a language's feeds, each data
 * file), each with a digest of the prints of what it is made from: a group whose digest is the
 * last build's is kept from the current output rather than made again. The search indexes, kept
 * document by document, are {@link SearchFiles}'.
 * Everything else a group depends on (site.yml, options, briefkit itself) is in the render key,
 * which discards the last groups when it changes. Thread-safe: groups are decided on workers.
 */
final class GeneratedGroups {
    /** A group's digest and the files it made. */
    record Group(long digest, List<String> files) {
    }

    private final Map<String, Group> last;
    private final Map<String, Group> now = new ConcurrentHashMap<>();
    private final Prints prints;
    private final OutputSink sink;
    private final DataFragments data;
    private final SearchFiles search;

    GeneratedGroups(Map<String, Group> last, Map<String, DataFragments.File> lastData, Map<String, SearchFiles.Index> lastSearch,
                    Prints prints, OutputSink sink) {
        this.last = last;
        this.prints = prints;
        this.sink = sink;
        this.data = new DataFragments(lastData, prints, sink);
        this.search = new SearchFiles(lastSearch, prints, sink);
    }

    /** The search indexes, brought up to date where few documents changed. */
    SearchFiles search() {
        return search;
    }

    /** The entries of data files, reused where unchanged. */
    DataFragments data() {
        return data;
    }

    /** The digest of what {@code entries} show of {@code aspects}, in order. */
    long digest(String name, List<SiteEntry> entries, Tracking.Aspect... aspects) {
        Digest d = new Digest().add(name).add(entries.size());
        for (SiteEntry e : entries) {
            prints.addTo(d, e, aspects);
        }
        return d.value();
    }

    /**
     * Whether group {@code name}, made from inputs with {@code digest}, is kept as the current
     * output has it: its digest is the last build's and the sink kept every one of its files
     * (each handed to {@code kept}; a check, without a sink, need not make it again). When false, the group is to be made and its files reported
     * with {@link #made}.
     */
    boolean keep(String name, long digest, Consumer<String> kept) {
        Group before = last.get(name);
        if (before == null || before.digest() != digest) {
            now.put(name, new Group(digest, Collections.synchronizedList(new ArrayList<>())));
            return false;
        }
        for (String f : before.files()) {
            if (sink != null && !sink.keep(f)) {
                now.put(name, new Group(digest, Collections.synchronizedList(new ArrayList<>())));
                return false;
            }
        }
        before.files().forEach(kept);
        now.put(name, before);
        return true;
    }

    /**
     * Keeps one file as the current output has it (for files not kept by group: the search index's):
     * true when the sink kept it, and then it is handed to {@code kept}.
     */
    boolean keepFile(String path, Consumer<String> kept) {
        if (sink == null || !sink.keep(path)) {
            return false;
        }
        kept.accept(path);
        return true;
    }

    /** Records a file made for group {@code name} (after {@link #keep} said to make it). */
    void made(String name, String path) {
        now.get(name).files().add(path);
    }

    /** The groups of this build. */
    Map<String, Group> groups() {
        return now;
    }

    static void write(Map<String, Group> groups, StoreOutput out) {
        out.writeInt(groups.size());
        new TreeMap<>(groups).forEach((name, g) -> {
            out.writeString(name);
            out.writeFixedLong(g.digest());
            List<String> files = new ArrayList<>(g.files());
            Collections.sort(files);
            out.writeInt(files.size());
            files.forEach(out::writeString);
        });
    }

    static Map<String, Group> read(StoreInput in) {
        Map<String, Group> groups = new TreeMap<>();
        for (int n = in.readCount(); n > 0; n--) {
            String name = in.readString();
            long digest = in.readFixedLong();
            List<String> files = new ArrayList<>();
            for (int k = in.readCount(); k > 0; k--) {
                files.add(in.readString());
            }
            groups.put(name, new Group(digest, List.copyOf(files)));
        }
        return groups;
    }
}
