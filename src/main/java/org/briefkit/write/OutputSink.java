package org.briefkit.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Where one build writes its files. Paths are relative to the site root with forward slashes
 * ({@code proposals/ru-8.4/index.html}). {@link #write} is thread-safe; {@link #commit} publishes
 * everything at once, {@link #abort} throws it away. Exactly one of the two is called.
 */
public interface OutputSink {
    void write(String path, byte[] content) throws IOException;

    /**
     * Writes a file given in pieces, in order, without joining them where the sink can (a data file
     * of 100,000 bodies is hundreds of megabytes, and joining would hold it twice).
     */
    default void write(String path, List<byte[]> pieces) throws IOException {
        write(path, join(pieces));
    }

    /** The pieces as one array; each piece is read once (pieces may be made as they are read). */
    static byte[] join(List<byte[]> pieces) {
        if (pieces.size() == 1) {
            return pieces.get(0);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] b : pieces) {
            all.writeBytes(b);
        }
        return all.toByteArray();
    }

    /**
     * Keeps the file at {@code path} as the current output has it (it did not change): true when
     * it was kept, false when it must be written (this sink keeps nothing, or has no such file).
     * Thread-safe.
     */
    default boolean keep(String path) {
        return false;
    }

    /** The bytes of the file at {@code path} in the current output, when this sink knows it; else null. */
    default byte[] current(String path) {
        return null;
    }

    /** Writes {@link SiteZip#NAME}: a zip of everything written so far. */
    void zip() throws IOException;

    /** Makes the written files the site (for a folder: swaps them in). */
    void commit() throws IOException;

    /** Discards what was written; the previous site stays as it was. */
    void abort();
}
