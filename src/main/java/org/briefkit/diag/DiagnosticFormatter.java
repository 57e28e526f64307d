package org.briefkit.diag;

import java.util.List;
import org.briefkit.text.ControlChars;
import org.briefkit.text.JsonString;

/**
 * Formats diagnostics for people: the {@code path:line:col: severity: message} headline, then the
 * offending line with a caret under the column, then the hint, with control characters shown
 * ({@link ControlChars#visible}). Stateless and thread-safe.
 */
public final class DiagnosticFormatter {
    private DiagnosticFormatter() {
    }

    public static String format(Diagnostic d) {
        StringBuilder sb = new StringBuilder(ControlChars.visible(d.headline()));
        if (!d.sourceLine().isEmpty() && d.line() > 0) {
            String number = Integer.toString(d.line());
            String gutter = " ".repeat(number.length());
            String shown = ControlChars.visible(d.sourceLine());
            sb.append('\n').append(' ').append(number).append(" | ").append(truncate(shown));
            if (d.column() > 0 && d.column() <= shown.length() + 1 && d.column() <= 200) {
                sb.append('\n').append(' ').append(gutter).append(" | ").append(" ".repeat(d.column() - 1)).append('^');
            }
        }
        if (!d.hint().isEmpty()) {
            sb.append('\n').append(" = hint: ").append(ControlChars.visible(d.hint()));
        }
        return sb.toString();
    }

    /** The closing line: "2 errors, 1 warning". */
    public static String summary(List<Diagnostic> ds) {
        long errors = ds.stream().filter(Diagnostic::isError).count();
        long warnings = ds.size() - errors;
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    /**
     * A GitHub Actions workflow command, so the problem shows on the offending line of a pull request:
     * {@code ::error file=…,line=…,col=…,title=briefkit::message}. Control characters in the message
     * and hint are shown as in {@link #format}; the file is named as it is, for GitHub to find it.
     */
    public static String github(Diagnostic d) {
        StringBuilder sb = new StringBuilder("::").append(d.isError() ? "error" : "warning");
        sb.append(" file=").append(escapeProperty(d.path()));
        if (d.line() > 0) {
            sb.append(",line=").append(d.line());
            if (d.column() > 0) {
                sb.append(",col=").append(d.column());
            }
        }
        String hint = d.hint().isEmpty() ? "" : "\n" + "hint: " + ControlChars.visible(d.hint());
        sb.append(",title=briefkit::").append(escapeData(ControlChars.visible(d.message()) + hint));
        return sb.toString();
    }

    /**
     * All diagnostics as one JSON document, for editors' tools (docs/schema/diagnostics.schema.json):
     * each with its severity, file, line, column, message, hint, suggestion (the value proposed
     * instead of the wrong one, "" when none) and the offending line.
     */
    public static String json(List<Diagnostic> ds) {
        StringBuilder sb = new StringBuilder("{\"diagnostics\":[");
        for (int i = 0; i < ds.size(); i++) {
            Diagnostic d = ds.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"severity\":").append(JsonString.quote(d.severity().label()))
                    .append(",\"file\":").append(JsonString.quote(d.path()))
                    .append(",\"line\":").append(d.line())
                    .append(",\"column\":").append(d.column())
                    .append(",\"message\":").append(JsonString.quote(d.message()))
                    .append(",\"hint\":").append(JsonString.quote(d.hint()))
                    .append(",\"suggestion\":").append(JsonString.quote(d.suggestion()))
                    .append(",\"sourceLine\":").append(JsonString.quote(d.sourceLine()))
                    .append('}');
        }
        long errors = ds.stream().filter(Diagnostic::isError).count();
        sb.append("],\"errors\":").append(errors).append(",\"warnings\":").append(ds.size() - errors).append('}');
        return sb.toString();
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }

    public static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String truncate(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
