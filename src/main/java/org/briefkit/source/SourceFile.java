package org.briefkit.source;

/** A regular file of the site: its path relative to the site folder (forward slashes) and its size in bytes. */
public record SourceFile(String path, long size) {
    /** The file name without folders. */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
