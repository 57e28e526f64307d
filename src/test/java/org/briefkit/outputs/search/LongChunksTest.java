package org.briefkit.outputs.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The chunked list of longs against the values added. */
class LongChunksTest {
    @Test
    void toArrayHoldsEveryValueInOrder() {
        Random random = new Random(3);
        // empty, within the first chunk, at a chunk's end, and over many full chunks
        for (int size : new int[] {0, 1, 256, 257, 100_000}) {
            LongChunks chunks = new LongChunks();
            long[] expected = new long[size];
            for (int i = 0; i < size; i++) {
                expected[i] = random.nextLong();
                chunks.add(expected[i]);
            }
            assertArrayEquals(expected, chunks.toArray(), "size " + size);
        }
    }
}
