package org.briefkit.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A site built into memory: for tests and the preview server. Thread-safe. */
public final class MemoryOutput implements OutputSink {
    private final ConcurrentSkipListMap<String, byte[]> pending = new ConcurrentSkipListMap<>();
    private volatile NavigableMap<String, byte[]> files = Collections.emptyNavigableMap();

    @Override
    public void write(String path, byte[] content) {
        if (pending.putIfAbsent(path, content) != null) {
            throw new IllegalStateException("written twice: " + path);
        }
    }

    @Override
    public void zip() throws IOException {
        pending.put(SiteZip.NAME, SiteZip.build(new TreeMap<>(pending)));
    }

    @Override
    public void commit() {
        files = Collections.unmodifiableNavigableMap(new TreeMap<>(pending));
        pending.clear();
    }

    @Override
    public void abort() {
        pending.clear();
    }

    /** The committed files, sorted by path. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** A committed file as text, or null. */
    public String text(String path) {
        byte[] b = files.get(path);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }
}
