package org.briefkit.build;

/**
 * How to build.
 *
 * @param drafts   include entries marked {@code draft: true}
 * @param lenient  report reference problems as warnings and render the text plain
 * @param threads  worker threads for parsing and rendering (at least 1)
 */
public record BuildOptions(boolean drafts, boolean lenient, int threads) {
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    public BuildOptions {
        threads = Math.max(1, threads);
    }

    public static BuildOptions defaults() {
        return new BuildOptions(false, false, Runtime.getRuntime().availableProcessors());
    }

    public BuildOptions withDrafts(boolean d) {
        return new BuildOptions(d, lenient, threads);
    }

    public BuildOptions withLenient(boolean l) {
        return new BuildOptions(drafts, l, threads);
    }
}
