package org.briefkit.build;

/**
 * How to build.
 *
 * @param drafts   include entries marked {@code draft: true}
 * @param lenient  report reference problems as warnings and render the text plain
 * @param threads  worker threads for parsing and rendering (at least 1)
 * @param baseUrl  a base URL that replaces site.yml's (normalised), or null
 */
public record BuildOptions(boolean drafts, boolean lenient, int threads, String baseUrl) {
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    public BuildOptions {
        threads = Math.max(1, threads);
    }

    public static BuildOptions defaults() {
        return new BuildOptions(false, false, Runtime.getRuntime().availableProcessors(), null);
    }

    public BuildOptions withDrafts(boolean d) {
        return new BuildOptions(d, lenient, threads, baseUrl);
    }

    public BuildOptions withLenient(boolean l) {
        return new BuildOptions(drafts, l, threads, baseUrl);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(drafts, lenient, threads, url);
    }
}
