package org.briefkit.build;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Diagnostics;

/**
 * Collapses one template error repeated on many pages into one diagnostic with a count ("and 41
 * more pages"), keeping the first page in page order. Thread-safe.
 */
final class TemplateErrors {
    private final Map<String, Diagnostic> first = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    void add(Diagnostic d) {
        String message = d.message();
        int at = message.indexOf(" (while rendering ");
        String key = d.path() + ":" + d.line() + ":" + d.column() + ":" + (at < 0 ? message : message.substring(0, at));
        first.merge(key, d, (a, b) -> Diagnostic.ORDER.compare(a, b) <= 0 ? a : b);
        counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    void report(Diagnostics diagnostics) {
        first.forEach((key, d) -> {
            int n = counts.get(key).get();
            String more = " and " + (n - 1) + " more page" + (n == 2 ? "" : "s");
            String m = d.message();
            String message = m.endsWith(")") ? m.substring(0, m.length() - 1) + more + ")" : m + more;
            diagnostics.add(n == 1 ? d : new Diagnostic(d.severity(), d.path(), d.line(), d.column(), message,
                    d.hint(), d.sourceLine(), d.degraded(), d.suggestion()));
        });
    }
}
