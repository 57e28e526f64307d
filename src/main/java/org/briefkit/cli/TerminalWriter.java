package org.briefkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.briefkit.text.ControlChars;

/**
 * Standard output or error as briefkit prints to it: every control character but the line ends
 * (and tabs) is shown as a visible character ({@link ControlChars#shown}) instead of being sent.
 * Text briefkit prints comes from files and the command line (paths, values, a template's message),
 * and an escape sequence sent as it is can clear the screen, retitle the window or fake output.
 * The progress line, which briefkit writes itself, uses {@link #raw}. Thread-safe as PrintWriter is.
 */
final class TerminalWriter extends PrintWriter {
    private final PrintWriter raw;

    private TerminalWriter(PrintWriter raw) {
        super(new Shown(raw), true);
        this.raw = raw;
    }

    /** {@code w} wrapped (once). */
    static PrintWriter of(PrintWriter w) {
        return w instanceof TerminalWriter ? w : new TerminalWriter(w);
    }

    /** The stream under {@code w}, for text briefkit made itself that needs control characters. */
    static PrintWriter raw(PrintWriter w) {
        return w instanceof TerminalWriter t ? t.raw : w;
    }

    /** Shows control characters; passes line feeds, tabs and (where lines end so) carriage returns. */
    private static final class Shown extends Writer {
        private static final boolean CRLF = System.lineSeparator().equals("\r\n");
        private final PrintWriter out;

        Shown(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            int from = off;
            int end = off + len;
            for (int i = off; i < end; i++) {
                char c = buf[i];
                if (ControlChars.control(c) && c != '\n' && c != '\t' && !(c == '\r' && CRLF)) {
                    out.write(buf, from, i - from);
                    out.write(ControlChars.shown(c));
                    from = i + 1;
                }
            }
            out.write(buf, from, end - from);
        }

        @Override
        public void flush() {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
