package org.briefkit.diag;

import java.util.List;

/**
 * Formats diagnostics for people: the {@code path:line:col: severity: message} headline, then the
 * offending line with a caret under the column, then the hint. Stateless and thread-safe.
 */
public final class DiagnosticFormatter {
    private DiagnosticFormatter() {
    }

    public static String format(Diagnostic d) {
        StringBuilder sb = new StringBuilder(d.headline());
        if (!d.sourceLine().isEmpty() && d.line() > 0) {
            String number = Integer.toString(d.line());
            String gutter = " ".repeat(number.length());
            String shown = d.sourceLine().replace('\t', ' ');
            sb.append('\n').append(' ').append(number).append(" | ").append(truncate(shown));
            if (d.column() > 0 && d.column() <= shown.length() + 1 && d.column() <= 200) {
                sb.append('\n').append(' ').append(gutter).append(" | ").append(" ".repeat(d.column() - 1)).append('^');
            }
        }
        if (!d.hint().isEmpty()) {
            sb.append('\n').append(" = hint: ").append(d.hint());
        }
        return sb.toString();
    }

    /** The closing line: "2 errors, 1 warning". */
    public static String summary(List<Diagnostic> ds) {
        long errors = ds.stream().filter(Diagnostic::isError).count();
        long warnings = ds.size() - errors;
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    public static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String truncate(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
