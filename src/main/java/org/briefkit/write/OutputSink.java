package org.briefkit.write;

import java.io.IOException;

/**
 * Where one build writes its files. Paths are relative to the site root with forward slashes
 * ({@code proposals/ru-8.4/index.html}). {@link #write} is thread-safe; {@link #commit} publishes
 * everything at once, {@link #abort} throws it away. Exactly one of the two is called.
 */
public interface OutputSink {
    void write(String path, byte[] content) throws IOException;

    /** Writes {@link SiteZip#NAME}: a zip of everything written so far. */
    void zip() throws IOException;

    /** Makes the written files the site (for a folder: swaps them in). */
    void commit() throws IOException;

    /** Discards what was written; the previous site stays as it was. */
    void abort();
}
