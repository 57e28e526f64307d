package org.briefkit.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Diagnostics;
import org.briefkit.diag.Severity;
import org.briefkit.diag.SourceText;
import org.briefkit.source.SiteSource;
import org.briefkit.verify.InlineCode;
import org.briefkit.verify.PrivacyGuard;

/**
 * Collects what the privacy guard finds while pages are rendered and reports it as errors: on the
 * content file (at the line that names the URL) when an entry's text embeds it, else on the
 * template, once per URL with the number of pages. Inline code that the Content-Security-Policy
 * blocks (raw HTML in content; templates are checked before, by {@link TemplatePolicy}) is
 * reported likewise, as warnings. Thread-safe.
 */
final class PrivacyFindings {
    static final String HINT = "pages may not make readers' browsers contact other hosts; copy the file into "
            + "templates/static/ and link it there, or allow the host in site.yml (allowHosts: [host])";

    private record Key(String file, String url, String what) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = file.compareTo(o.file);
            c = c != 0 ? c : url.compareTo(o.url);
            return c != 0 ? c : what.compareTo(o.what);
        }
    }

    private record First(String page, int line) {
    }

    static final String INLINE_HINT = "the page's Content-Security-Policy keeps it from running or applying; put scripts "
            + "and styles in files under templates/static/, or allow inline code in site.yml (security: contentSecurityPolicy)";

    private final Map<Key, First> first = new ConcurrentSkipListMap<>();
    private final Map<Key, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<Key, First> inlineFirst = new ConcurrentSkipListMap<>();
    private final Map<Key, AtomicInteger> inlineCounts = new ConcurrentHashMap<>();

    /** A finding on {@code page}; {@code file} is the content file or template to blame. */
    void add(String file, String page, PrivacyGuard.Finding f) {
        Key key = new Key(file, f.url(), f.what());
        first.merge(key, new First(page, f.line()), (a, b) -> a.page().compareTo(b.page()) <= 0 ? a : b);
        counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Inline code on {@code page} that the policy blocks; {@code file} is the content file or template to blame. */
    void addInline(String file, String page, InlineCode.Found f) {
        Key key = new Key(file, f.needle(), f.what());
        inlineFirst.merge(key, new First(page, f.line()), (a, b) -> a.page().compareTo(b.page()) <= 0 ? a : b);
        inlineCounts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    void report(Diagnostics diagnostics, SiteSource source) {
        inlineFirst.forEach((key, at) -> {
            int n = inlineCounts.get(key).get();
            String message = at.page() + ": the Content-Security-Policy blocks the " + key.what() + " (line " + at.line()
                    + " of the page" + (n > 1 ? ", and " + (n - 1) + " more page" + (n == 2 ? "" : "s") : "") + ")";
            diagnostics.add(locate(source, key.file(), key.url(), message, INLINE_HINT).withSeverity(Severity.WARNING));
        });
        first.forEach((key, at) -> {
            int n = counts.get(key).get();
            String message = at.page() + " would load " + key.url() + " from another host (" + key.what() + ", line "
                    + at.line() + " of the page" + (n > 1 ? ", and " + (n - 1) + " more page" + (n == 2 ? "" : "s") : "") + ")";
            diagnostics.add(locate(source, key.file(), key.url(), message, HINT));
        });
    }

    /** An error at the line of the content file that names the URL, when it can be found. */
    private static Diagnostic locate(SiteSource source, String file, String url, String message, String hint) {
        if (file.startsWith("content/")) {
            try {
                SourceText text = new SourceText(file, new String(source.read(file), StandardCharsets.UTF_8).replace("\r\n", "\n"));
                int at = text.text().indexOf(url);
                if (at >= 0) {
                    return text.errorAt(at, message).withHint(hint);
                }
            } catch (IOException e) {
                // fall through: report without a line
            }
        }
        return Diagnostic.error(file, 0, 0, message).withHint(hint);
    }
}
