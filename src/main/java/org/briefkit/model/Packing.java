package org.briefkit.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Deflating and inflating of packed bodies: raw deflate at the fastest level (Markdown's HTML
 * shrinks to about a third), one deflater and inflater per thread, reset after each use.
 */
final class Packing {
    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));

    private Packing() {
    }

    static byte[] deflate(byte[] bytes) {
        Deflater d = DEFLATER.get();
        try {
            d.setInput(bytes);
            d.finish();
            byte[] out = new byte[bytes.length / 2 + 64];
            int length = 0;
            while (!d.finished()) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                length += d.deflate(out, length, out.length - length);
            }
            return Arrays.copyOf(out, length);
        } finally {
            d.reset();
        }
    }

    /** The text that {@code deflated} holds as {@code length} bytes of UTF-8. */
    static String inflate(byte[] deflated, int length) {
        Inflater i = INFLATER.get();
        try {
            i.setInput(deflated);
            byte[] out = new byte[length];
            int n = 0;
            while (n < length) {
                int got = i.inflate(out, n, length - n);
                if (got == 0 && (i.finished() || i.needsInput() || i.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != length) {
                throw new IllegalStateException("a packed body inflated to " + n + " bytes, not " + length);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a packed body is damaged", e);
        } finally {
            i.reset();
        }
    }
}
