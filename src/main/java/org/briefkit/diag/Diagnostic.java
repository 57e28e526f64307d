package org.briefkit.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the input: where it is, what it is, and how to fix it.
 *
 * <p>{@code path} is the file as the editor knows it, relative to the site folder and with forward
 * slashes ({@code content/talking-points/x.md}). {@code line} and {@code column} are 1-based; 0 means
 * "the whole file" or "the whole line". {@code sourceLine} is the offending line's text, kept so the
 * message can show it without reading the file again (empty when unknown). {@code degraded} marks a
 * warning that is an error in a strict build, published anyway with its safe fallback because of
 * {@code --lenient}. {@code suggestion} is the value the message proposes instead of the wrong one
 * ("did you mean"), for tools that offer the fix (empty when none). Immutable and thread-safe.
 */
public record Diagnostic(Severity severity, String path, int line, int column, String message, String hint,
                         String sourceLine, boolean degraded, String suggestion) {

    /** Sorted by path, then line, then column, then message: the order the build reports them in. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::path)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
        sourceLine = sourceLine == null ? "" : sourceLine;
        suggestion = suggestion == null ? "" : suggestion;
        line = Math.max(0, line);
        column = Math.max(0, column);
    }

    public Diagnostic(Severity severity, String path, int line, int column, String message, String hint, String sourceLine) {
        this(severity, path, line, column, message, hint, sourceLine, false, "");
    }

    public Diagnostic(Severity severity, String path, int line, int column, String message, String hint, String sourceLine,
                      boolean degraded) {
        this(severity, path, line, column, message, hint, sourceLine, degraded, "");
    }

    public static Diagnostic error(String path, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, path, line, column, message, "", "");
    }

    public static Diagnostic warning(String path, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, path, line, column, message, "", "");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, path, line, column, message, newHint, sourceLine, degraded, suggestion);
    }

    public Diagnostic withSourceLine(String text) {
        return new Diagnostic(severity, path, line, column, message, hint, text, degraded, suggestion);
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(newSeverity, path, line, column, message, hint, sourceLine, degraded, suggestion);
    }

    /** The same problem proposing {@code value} instead (null: none); the message says it in words. */
    public Diagnostic withSuggestion(String value) {
        return new Diagnostic(severity, path, line, column, message, hint, sourceLine, degraded, value);
    }

    /** The same problem proposing {@code value} (null: none), with "; did you mean 'value'?" added to the message. */
    public Diagnostic withDidYouMean(String value) {
        return value == null || value.isEmpty() ? this
                : new Diagnostic(severity, path, line, column, message + Suggest.phrase(value), hint, sourceLine, degraded, value);
    }

    /** The same problem at another place (a position inside a field mapped to the file). */
    public Diagnostic at(int newLine, int newColumn) {
        return new Diagnostic(severity, path, newLine, newColumn, message, hint, "", degraded, suggestion);
    }

    /** This error as a warning that {@code --lenient} lets through (its safe fallback is published). */
    public Diagnostic asLenientWarning() {
        return new Diagnostic(Severity.WARNING, path, line, column, message, hint, sourceLine, true, suggestion);
    }

    /** This problem as {@code --lenient} reports it when {@code lenient}: degraded; else as it is. */
    public Diagnostic lenientIf(boolean lenient) {
        return lenient && isError() ? asLenientWarning() : this;
    }

    /** {@code path:line:col: severity: message}, the one-line form editors' tools understand. */
    public String headline() {
        StringBuilder sb = new StringBuilder(path);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ").append(severity.label()).append(": ").append(message);
        return sb.toString();
    }

    @Override
    public String toString() {
        return headline();
    }
}
