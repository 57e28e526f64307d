package org.briefkit.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.briefkit.build.store.Digest;
import org.briefkit.build.store.StoreInput;
import org.briefkit.build.store.StoreOutput;
import org.briefkit.graph.SiteEntry;
import org.briefkit.outputs.DataExport;
import org.briefkit.render.Tracking;
import org.briefkit.write.OutputSink;

/**
 * The entries of the data files as the last build wrote them: for each file, each entry's key,
 * the digest of its prints and the length of its JSON. An entry whose digest is unchanged is
 * copied from the current output's file instead of being made again (at 10k, making the talking
 * points' file is most of a rebuild after an edit of one body). The current file is used only when
 * its length is the one recorded and every entry starts where it should. Thread-safe.
 */
final class DataFragments implements DataExport.Fragments {
    /** One entry of a data file: its key, its digest, the length of its JSON. */
    record Fragment(String key, long digest, int length) {
    }

    /** A data file as written: the length of its head, then its entries in order. */
    record File(int head, List<Fragment> entries) {
    }

    private final Map<String, File> last;
    private final Prints prints;
    private final OutputSink sink;
    /** Where an entry's JSON is in a current file. */
    private record Slice(byte[] file, int from, int to) {
    }

    private final Map<String, Map<String, Slice>> current = new ConcurrentHashMap<>();
    private final Map<String, Integer> heads = new ConcurrentHashMap<>();
    private final Map<String, Fragment[]> now = new ConcurrentHashMap<>();

    DataFragments(Map<String, File> last, Prints prints, OutputSink sink) {
        this.last = last;
        this.prints = prints;
        this.sink = sink;
    }

    private long digest(SiteEntry e) {
        Digest d = new Digest();
        prints.addTo(d, e, Tracking.Aspect.values());
        return d.value();
    }

    @Override
    public byte[] reuse(String path, SiteEntry e) {
        Slice s = current.computeIfAbsent(path, this::split).get(Tracking.key(e) + "#" + digest(e));
        return s == null ? null : Arrays.copyOfRange(s.file(), s.from(), s.to());
    }

    /** The current file's entries by key and digest, when it is as recorded; else none. */
    private Map<String, Slice> split(String path) {
        File before = last.get(path);
        byte[] bytes = before == null || sink == null ? null : sink.current(path);
        if (bytes == null) {
            return Map.of();
        }
        Map<String, Slice> out = new HashMap<>();
        int at = before.head();
        for (int k = 0; k < before.entries().size(); k++) {
            Fragment f = before.entries().get(k);
            if (k > 0 && (at >= bytes.length || bytes[at++] != ',')) {
                return Map.of();
            }
            if (at + f.length() > bytes.length || f.length() == 0 || bytes[at] != '{') {
                return Map.of();
            }
            out.put(f.key() + "#" + f.digest(), new Slice(bytes, at, at + f.length()));
            at += f.length();
        }
        return at + 3 == bytes.length ? out : Map.of();
    }

    @Override
    public void written(String path, int index, SiteEntry e, byte[] json) {
        Fragment[] entries = now.get(path);
        if (entries != null && index < entries.length) {
            entries[index] = new Fragment(Tracking.key(e), digest(e), json.length);
        }
    }

    @Override
    public void begin(String path, int head, int entries) {
        now.put(path, new Fragment[entries]);
        heads.put(path, head);
    }

    /** The data files made now, and the others as the last build recorded them (kept, or gone). */
    Map<String, File> files() {
        Map<String, File> out = new TreeMap<>(last);
        now.forEach((path, entries) -> {
            out.remove(path);
            if (Arrays.stream(entries).allMatch(f -> f != null)) {
                out.put(path, new File(heads.get(path), List.of(entries)));
            }
        });
        return out;
    }

    static void write(Map<String, File> files, StoreOutput out) {
        out.writeInt(files.size());
        new TreeMap<>(files).forEach((path, f) -> {
            out.writeString(path);
            out.writeInt(f.head());
            out.writeInt(f.entries().size());
            for (Fragment e : f.entries()) {
                out.writeString(e.key());
                out.writeFixedLong(e.digest());
                out.writeInt(e.length());
            }
        });
    }

    static Map<String, File> read(StoreInput in) {
        Map<String, File> files = new HashMap<>();
        for (int n = in.readCount(); n > 0; n--) {
            String path = in.readString();
            int head = in.readInt();
            List<Fragment> entries = new ArrayList<>();
            for (int k = in.readCount(); k > 0; k--) {
                entries.add(new Fragment(in.readString(), in.readFixedLong(), in.readInt()));
            }
            files.put(path, new File(head, Collections.unmodifiableList(entries)));
        }
        return files;
    }
}
