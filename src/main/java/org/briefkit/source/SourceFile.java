package org.briefkit.source;

/**
 * A regular file of the site: its path relative to the site folder (forward slashes), its size in
 * bytes, and when it was last changed, in nanoseconds since 1970 as the file system says (0 when
 * the source does not know, as in memory). The build cache trusts an unchanged size and time.
 */
public record SourceFile(String path, long size, long modified) {
    public SourceFile(String path, long size) {
        this(path, size, 0);
    }

    /** The file name without folders. */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
