package org.briefkit.diag;

import java.util.Arrays;

/**
 * The text of one input file with an index of its line starts, so that character offsets become
 * line and column numbers and diagnostics can quote the offending line. Immutable and thread-safe.
 *
 * <p>The text is expected with {@code \n} line ends (the loader normalises CRLF). Columns count
 * UTF-16 characters from 1, which matches what editors show for the text in this project's files.
 */
public final class SourceText {
    private final String path;
    private final String text;
    private final int[] lineStarts;

    public SourceText(String path, String text) {
        this.path = path;
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        // indexOf rather than charAt: the quick compiler a build runs with checks each charAt's index.
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line of a character offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** The 1-based column of a character offset. */
    public int columnOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        return clamped - lineStarts[lineOf(clamped) - 1] + 1;
    }

    /** The character offset where a 1-based line starts. */
    public int offsetOfLine(int line) {
        if (line < 1) {
            return 0;
        }
        if (line > lineStarts.length) {
            return text.length();
        }
        return lineStarts[line - 1];
    }

    /** The text of a 1-based line without its line end, or "" when out of range. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        return text.substring(start, Math.max(start, end));
    }

    public Diagnostic error(int line, int column, String message) {
        return Diagnostic.error(path, line, column, message).withSourceLine(line(line));
    }

    public Diagnostic warning(int line, int column, String message) {
        return Diagnostic.warning(path, line, column, message).withSourceLine(line(line));
    }

    public Diagnostic errorAt(int offset, String message) {
        return error(lineOf(offset), columnOf(offset), message);
    }

    public Diagnostic warningAt(int offset, String message) {
        return warning(lineOf(offset), columnOf(offset), message);
    }
}
