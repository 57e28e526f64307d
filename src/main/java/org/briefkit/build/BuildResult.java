package org.briefkit.build;

import java.util.List;
import java.util.Map;
import org.briefkit.diag.Diagnostic;

/**
 * What a build did: its diagnostics (sorted), whether it succeeded (no errors; output committed),
 * and its numbers.
 *
 * @param diagnostics   every problem found, sorted by path, line and column
 * @param ok            true when there were no errors
 * @param entries       published entries per collection, in declaration order
 * @param pages         HTML pages rendered
 * @param files         all files written (pages and static files)
 * @param stageMillis   wall time per stage
 * @param millis        wall time of the whole build
 * @param translations  per language other than the default: what is missing or stale
 * @param templates     render time per template (all threads added up), slowest first
 */
public record BuildResult(List<Diagnostic> diagnostics, boolean ok, Map<String, Integer> entries, int pages,
                          int files, Map<String, Long> stageMillis, long millis,
                          List<TranslationStatus> translations, List<TemplateTime> templates) {
    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }

    /** The warnings that are errors in a strict build, published with a safe fallback by {@code --lenient}. */
    public long degradedCount() {
        return diagnostics.stream().filter(Diagnostic::degraded).count();
    }
}
