package org.briefkit.source;

import java.io.IOException;
import java.util.List;
import org.briefkit.diag.Diagnostics;

/**
 * Where a site's files come from: a folder on disk, or memory in tests and for previews. Paths are
 * relative to the site folder with forward slashes ({@code content/themes/privacy.md}).
 * Implementations are thread-safe: files are read by parallel workers.
 */
public interface SiteSource {
    /** Files under {@code folder}, recursively, sorted by path. Hidden files are skipped; problems are reported. */
    List<SourceFile> list(String folder, Diagnostics diagnostics);

    /** Whether a regular file exists at {@code path}. */
    boolean exists(String path);

    /** The regular file at {@code path} with its size, or null when there is none (or it is not readable here). */
    default SourceFile stat(String path) {
        if (!exists(path)) {
            return null;
        }
        try {
            return new SourceFile(path, read(path).length);
        } catch (IOException e) {
            return null;
        }
    }

    /** A file's bytes. */
    byte[] read(String path) throws IOException;

    /** Whether a name is skipped when listing: hidden files and editors' backup and lock files. */
    static boolean isIgnoredName(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.startsWith("#") || name.endsWith(".swp")
                || name.endsWith(".tmp");
    }
}
