package org.briefkit.outputs.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.briefkit.work.Workers;

/**
 * Files on their way out: handed over in parallel on the workers once {@value #BATCH_FILES} of them or
 * {@value #BATCH_BYTES} bytes are waiting (on this project's disk, making a file costs more
 * system time than writing its bytes), so that only a batch is held: all the index's files of
 * 100,000 entries are ~550 MB. Not thread-safe: one thread adds; the sink is called from several.
 */
final class FileBatch {
    private static final int BATCH_FILES = 256;
    private static final int BATCH_BYTES = 8 << 20;
    private final BiConsumer<String, byte[]> sink;
    private final Workers workers;
    private final List<Map.Entry<String, byte[]>> waiting = new ArrayList<>();
    private long bytes;

    /** A batch handing files to {@code sink} (path, bytes), which must be thread-safe, on {@code workers}. */
    FileBatch(BiConsumer<String, byte[]> sink, Workers workers) {
        this.sink = sink;
        this.workers = workers;
    }

    void add(String path, byte[] content) {
        waiting.add(Map.entry(path, content));
        bytes += content.length;
        if (waiting.size() >= BATCH_FILES || bytes >= BATCH_BYTES) {
            flush();
        }
    }

    /** Hands over the files waiting, and returns when all are handed over (or one failed). */
    void flush() {
        workers.forEach(waiting.size(), i -> sink.accept(waiting.get(i).getKey(), waiting.get(i).getValue()));
        waiting.clear();
        bytes = 0;
    }
}
