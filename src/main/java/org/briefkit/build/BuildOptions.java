package org.briefkit.build;

/**
 * How to build.
 *
 * @param drafts   include entries marked {@code draft: true}
 * @param lenient  report reference problems as warnings and render the text plain
 * @param threads  worker threads for parsing and rendering (at least 1)
 * @param baseUrl  a base URL that replaces site.yml's (normalised), or null
 * @param zip      also write site.zip, the whole site for offline use
 */
public record BuildOptions(boolean drafts, boolean lenient, int threads, String baseUrl, boolean zip) {
    public BuildOptions(boolean drafts, boolean lenient, int threads, String baseUrl) {
        this(drafts, lenient, threads, baseUrl, false);
    }

    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    public BuildOptions {
        threads = Math.max(1, threads);
    }

    public static BuildOptions defaults() {
        return new BuildOptions(false, false, Runtime.getRuntime().availableProcessors(), null, false);
    }

    public BuildOptions withDrafts(boolean d) {
        return new BuildOptions(d, lenient, threads, baseUrl, zip);
    }

    public BuildOptions withLenient(boolean l) {
        return new BuildOptions(drafts, l, threads, baseUrl, zip);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(drafts, lenient, threads, url, zip);
    }

    public BuildOptions withZip(boolean z) {
        return new BuildOptions(drafts, lenient, threads, baseUrl, z);
    }
}
