package org.briefkit.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.nio.charset.StandardCharsets;
import org.briefkit.build.store.Digest;
import org.briefkit.build.store.EntryCodec;
import org.briefkit.build.store.StoreFile;
import org.briefkit.build.store.StoreInput;
import org.briefkit.build.store.StoreOutput;
import org.briefkit.diag.Diagnostic;
import org.briefkit.model.Body;
import org.briefkit.model.Entry;
import org.briefkit.source.SourceFile;

/**
 * The parsed content files the build cache keeps on disk, each with the size, time and checksum
 * of the bytes it was parsed from. A file whose size and time are those recorded is taken as it
 * is, as make and git do; one recorded less than {@value #RACY_NANOS} ns before its build started
 * could have changed again within the file system's clock tick, so it is read again and taken only
 * when its checksum matches. Not thread-safe: {@link #keep} is called from one thread.
 */
final class ParsedFiles {
    /** A file system's clock may be this coarse (FAT: 2 s); files changed this close to a build are checked by content. */
    static final long RACY_NANOS = 2_000_000_000L;

    /**
     * What was parsed from one file, and from which bytes; {@code record}: its record as read from
     * the cache, written back as it is (null when parsed in this run).
     */
    record State(long size, long modified, long checksum, boolean racy, long body, BuildCache.Parsed parsed, StoreInput record) {
    }

    private final Map<String, State> states;
    private final long startedNanos;

    private ParsedFiles(Map<String, State> states, long startedNanos) {
        this.states = states;
        this.startedNanos = startedNanos;
    }

    /** None kept: every file is parsed. {@code startedNanos}: when this build started (ns since 1970). */
    static ParsedFiles empty(long startedNanos) {
        return new ParsedFiles(new HashMap<>(), startedNanos);
    }

    /** The file as last parsed when its size and time say it has not changed since; null: read it. */
    BuildCache.Parsed unchanged(SourceFile f) {
        State s = states.get(f.path());
        return s != null && !s.racy() && f.modified() != 0 && s.size() == f.size() && s.modified() == f.modified() ? s.parsed() : null;
    }

    /** The file as last parsed when it was parsed from these bytes (by checksum); else null. */
    BuildCache.Parsed sameBytes(String path, long checksum) {
        State s = states.get(path);
        return s != null && s.checksum() == checksum ? s.parsed() : null;
    }

    /** Records that {@code f}, whose bytes have {@code checksum}, parses to {@code parsed}, whose body's digest is {@code body}. */
    void keep(SourceFile f, long checksum, long body, BuildCache.Parsed parsed) {
        boolean racy = f.modified() == 0 || f.modified() > startedNanos - RACY_NANOS;
        states.put(f.path(), new State(f.size(), f.modified(), checksum, racy, body, parsed, null));
    }

    /**
     * A digest of what an entry's body and Markdown fields are before their links are made (their
     * HTML, headings and references): two entries with the same digest have the same bodies, so
     * pages that show a body need not be made again when only the front matter changed.
     */
    static long bodyDigest(Entry e) {
        if (e == null) {
            return 0;
        }
        Digest d = new Digest();
        addBody(e.body(), d);
        e.markdown().forEach((name, body) -> addBody(body, d.add(name)));
        return d.value();
    }

    private static void addBody(Body b, Digest d) {
        byte[] html = b.html().getBytes(StandardCharsets.UTF_8);
        d.add(StoreFile.checksum(html, 0, html.length)).add(html.length);
        b.headings().forEach(h -> d.add(h.level()).add(h.id()).add(h.text()));
        b.refs().forEach(r -> d.add(r.index()).add(r.target()).add(r.anchor()).add(r.text()));
    }

    /** The {@link #bodyDigest} of the entry parsed from the file at {@code path} (0 when not kept). */
    long body(String path) {
        State s = states.get(path);
        return s == null ? 0 : s.body();
    }

    /** Forgets files no longer listed. */
    void retain(Set<String> listed) {
        states.keySet().retainAll(listed);
    }

    /** The checksum of the bytes the file at {@code path} was parsed from (0 when not kept). */
    long checksum(String path) {
        State s = states.get(path);
        return s == null ? 0 : s.checksum();
    }

    int size() {
        return states.size();
    }

    static long checksum(byte[] bytes) {
        return StoreFile.checksum(bytes, 0, bytes.length);
    }

    /**
     * Writes every kept file whose entry the codec can write (others are parsed again next time).
     * A file taken from the cache is written as it was read: at 10,000 entries encoding them all
     * again took most of a warm build's save stage (parsed.bin is ~74 MB).
     */
    void write(StoreOutput out) {
        List<String> paths = new ArrayList<>(states.keySet());
        paths.sort(null);
        StoreOutput one = new StoreOutput(1 << 16);
        for (String path : paths) {
            StoreInput record = states.get(path).record();
            if (record != null) {
                out.writeBoolean(true);
                record.copyTo(out);
                continue;
            }
            one.reset();
            try {
                writeOne(path, states.get(path), one);
            } catch (IllegalArgumentException unsupported) {
                // A value no codec covers: leave the file out, and it is parsed again next time.
                continue;
            }
            out.writeBoolean(true);
            out.writeBytes(one);
        }
        out.writeBoolean(false);
    }

    private static void writeOne(String path, State s, StoreOutput out) {
        out.writeString(path);
        out.writeLong(s.size());
        out.writeLong(s.modified());
        out.writeFixedLong(s.checksum());
        out.writeBoolean(s.racy());
        out.writeFixedLong(s.body());
        BuildCache.Parsed p = s.parsed();
        out.writeBoolean(p.entry() != null);
        if (p.entry() != null) {
            EntryCodec.write(p.entry(), out);
        }
        out.writeInt(p.diagnostics().size());
        p.diagnostics().forEach(d -> EntryCodec.write(d, out));
    }

    /** The files {@link #write} wrote; {@link StoreFile.Unreadable} when the bytes are not such files. */
    static ParsedFiles read(StoreInput in, long startedNanos) {
        Map<String, State> states = new HashMap<>();
        while (in.readBoolean()) {
            StoreInput r = in.slice();
            String path = r.readString();
            long size = r.readLong();
            long modified = r.readLong();
            long checksum = r.readFixedLong();
            boolean racy = r.readBoolean();
            long body = r.readFixedLong();
            var entry = r.readBoolean() ? EntryCodec.read(r) : null;
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (int k = r.readCount(); k > 0; k--) {
                diagnostics.add(EntryCodec.readDiagnostic(r));
            }
            if (path == null || !r.atEnd()) {
                throw new StoreFile.Unreadable("a file's record does not add up");
            }
            states.put(path, new State(size, modified, checksum, racy, body, new BuildCache.Parsed(entry, List.copyOf(diagnostics)), r));
        }
        return new ParsedFiles(states, startedNanos);
    }
}
