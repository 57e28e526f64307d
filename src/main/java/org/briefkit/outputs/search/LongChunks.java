package org.briefkit.outputs.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A growing list of longs in chunks, so that growing never copies (or holds twice) millions of
 * them. A chunk is 256 KB: at half of G1's smallest region (1 MB) or more, each would take a
 * whole region of its own, doubling the memory held. Not thread-safe.
 */
final class LongChunks {
    private static final int CHUNK_SIZE = 1 << 15;
    private final List<long[]> full = new ArrayList<>();
    /** The first chunk is small and each next one twice as big, up to the chunk size: most parts of a small site are tiny. */
    private long[] current = new long[256];
    private int used;
    private long held;

    void add(long v) {
        if (used == current.length) {
            full.add(current);
            held += used;
            current = new long[Math.min(CHUNK_SIZE, current.length * 2)];
            used = 0;
        }
        current[used++] = v;
    }

    /** All values in one array; the chunks are let go as they are copied, and the list can take no more. */
    long[] toArray() {
        long[] all = new long[Math.toIntExact(held + used)];
        int at = 0;
        for (int i = 0; i < full.size(); i++) {
            long[] chunk = full.get(i);
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
            full.set(i, null);
        }
        System.arraycopy(current, 0, all, at, used);
        full.clear();
        current = null;
        return all;
    }
}
