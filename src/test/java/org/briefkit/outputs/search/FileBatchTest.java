package org.briefkit.outputs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefkit.work.Workers;
import org.junit.jupiter.api.Test;

/** Files handed over a batch at a time, each once, and a failing sink. */
class FileBatchTest {
    @Test
    void filesAreHeldUntilABatchIsFull() {
        Map<String, byte[]> out = new ConcurrentHashMap<>();
        try (Workers workers = new Workers(2)) {
            FileBatch batch = new FileBatch(out::put, workers);
            for (int i = 0; i < 255; i++) {
                batch.add("f" + i, new byte[] {(byte) i});
            }
            assertEquals(0, out.size(), "255 small files wait");
            batch.add("f255", new byte[1]);
            assertEquals(256, out.size(), "the 256th hands the batch over");
            batch.add("small", new byte[1]);
            batch.add("large", new byte[8 << 20]);
            assertEquals(258, out.size(), "8 MB waiting hands the batch over");
            batch.add("last", new byte[1]);
            batch.flush();
            assertEquals(259, out.size());
            assertEquals(7, out.get("f7")[0]);
        }
    }

    @Test
    void aFailingSinkIsThrownFromTheFlush() {
        IllegalStateException full = new IllegalStateException("disk full");
        try (Workers workers = new Workers(2)) {
            FileBatch batch = new FileBatch((path, bytes) -> {
                throw full;
            }, workers);
            batch.add("a", new byte[1]);
            assertSame(full, assertThrows(IllegalStateException.class, batch::flush));
        }
    }
}
