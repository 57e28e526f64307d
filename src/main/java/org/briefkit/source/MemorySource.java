package org.briefkit.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.ConcurrentSkipListMap;
import org.briefkit.diag.Diagnostics;

/** A site held in memory: for tests and tools. Thread-safe; files may be changed between builds. */
public final class MemorySource implements SiteSource {
    private final ConcurrentSkipListMap<String, byte[]> files = new ConcurrentSkipListMap<>();

    /** A source from path/text pairs. */
    public static MemorySource of(Map<String, String> files) {
        MemorySource s = new MemorySource();
        files.forEach(s::put);
        return s;
    }

    public MemorySource put(String path, String text) {
        return put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public MemorySource put(String path, byte[] bytes) {
        files.put(path, bytes.clone());
        return this;
    }

    public MemorySource remove(String path) {
        files.remove(path);
        return this;
    }

    @Override
    public List<SourceFile> list(String folder, Diagnostics diagnostics) {
        String prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
        List<SourceFile> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : files.tailMap(prefix).entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                break;
            }
            boolean hidden = false;
            for (String part : e.getKey().substring(prefix.length()).split("/")) {
                hidden |= SiteSource.isIgnoredName(part);
            }
            if (!hidden) {
                out.add(new SourceFile(e.getKey(), e.getValue().length));
            }
        }
        return out;
    }

    @Override
    public SourceFile stat(String path) {
        for (String part : path.split("/")) {
            if (SiteSource.isIgnoredName(part)) {
                return null;
            }
        }
        byte[] b = files.get(path);
        return b == null ? null : new SourceFile(path, b.length);
    }

    @Override
    public boolean exists(String path) {
        return files.containsKey(path);
    }

    @Override
    public byte[] read(String path) throws IOException {
        byte[] b = files.get(path);
        if (b == null) {
            throw new NoSuchFileException(path);
        }
        return b.clone();
    }

    /** The text of a file, for tests. */
    public String text(String path) {
        try {
            return new String(read(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
