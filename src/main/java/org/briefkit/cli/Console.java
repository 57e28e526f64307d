package org.briefkit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefkit.build.BuildListener;
import org.briefkit.build.BuildResult;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.DiagnosticFormatter;

/**
 * Everything the CLI prints: diagnostics, the summary line, the progress line. Diagnostics go to
 * standard error, the summary to standard output.
 */
final class Console {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean verbose;
    private final CommonOptions.Format format;

    Console(PrintWriter out, PrintWriter err, boolean quiet, boolean verbose, CommonOptions.Format format) {
        this.out = out;
        this.err = err;
        this.quiet = quiet || format == CommonOptions.Format.JSON;
        this.verbose = verbose;
        this.format = format;
    }

    void diagnostics(List<Diagnostic> ds) {
        if (format == CommonOptions.Format.JSON) {
            out.println(DiagnosticFormatter.json(ds));
            out.flush();
            return;
        }
        for (Diagnostic d : ds) {
            if (quiet && !d.isError()) {
                continue;
            }
            if (format == CommonOptions.Format.GITHUB) {
                out.println(DiagnosticFormatter.github(d));
            }
            err.println(DiagnosticFormatter.format(d));
        }
        out.flush();
        err.flush();
    }

    /** The stage timings of a build, for --verbose: {@code stages: config 3 ms scan 12 ms ...}. */
    static String stages(BuildResult r) {
        StringBuilder sb = new StringBuilder("stages:");
        r.stageMillis().forEach((k, v) -> sb.append(' ').append(k).append(' ').append(v).append(" ms"));
        return sb.toString();
    }

    /**
     * The slowest templates of a build, for --verbose: {@code templates: talking-points/entry.ftlh
     * 4072 ms 10000 pages, ...} (render time added up over threads, at most {@value #TEMPLATES_SHOWN}).
     */
    static String templates(BuildResult r) {
        return "templates: " + r.templates().stream().limit(TEMPLATES_SHOWN)
                .map(t -> t.template() + " " + t.millis() + " ms " + t.pages() + (t.pages() == 1 ? " page" : " pages"))
                .collect(Collectors.joining(", "));
    }

    static final int TEMPLATES_SHOWN = 8;

    void summary(String verb, BuildResult r, String where) {
        if (verbose) {
            err.println(stages(r));
            if (!r.templates().isEmpty()) {
                err.println(templates(r));
            }
            err.flush();
        }
        if (!r.ok()) {
            if (format == CommonOptions.Format.JSON) {
                return;
            }
            err.println((verb.equals("Built") ? "Build" : "Check") + " failed: " + DiagnosticFormatter.summary(r.diagnostics())
                    + (where.isEmpty() ? "" : "; " + where + " was left as it was"));
            err.flush();
            return;
        }
        if (quiet) {
            return;
        }
        int total = r.entries().values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder sb = new StringBuilder();
        sb.append(verb).append(' ').append(DiagnosticFormatter.plural(total, "entry").replace("entrys", "entries"));
        StringBuilder parts = new StringBuilder();
        for (Map.Entry<String, Integer> e : r.entries().entrySet()) {
            if (e.getValue() > 0) {
                parts.append(parts.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
            }
        }
        if (parts.length() > 0) {
            sb.append(" (").append(parts).append(')');
        }
        if (!where.isEmpty()) {
            sb.append(" into ").append(where).append(": ").append(r.pages()).append(" pages, ")
                    .append(r.files()).append(" files");
        }
        sb.append(String.format(Locale.ROOT, " in %.2f s", r.millis() / 1000.0));
        if (r.warningCount() > 0) {
            sb.append(", ").append(DiagnosticFormatter.plural(r.warningCount(), "warning"));
        }
        if (r.degradedCount() > 0) {
            sb.append(" (").append(r.degradedCount()).append(r.degradedCount() == 1 ? " is an error" : " are errors")
                    .append(" without --lenient: published with a safe fallback)");
        }
        out.println(sb);
        out.flush();
    }

    void error(String message) {
        err.println("error: " + message);
        err.flush();
    }

    /** A one-line progress display on a terminal; nothing in CI logs or when quiet. */
    BuildListener progress() {
        boolean tty = System.console() != null && System.getenv("CI") == null && !quiet;
        if (!tty) {
            return BuildListener.NONE;
        }
        // The line is redrawn with escape sequences, which the terminal writer would show as text.
        PrintWriter term = TerminalWriter.raw(err);
        return new BuildListener() {
            private volatile String stage = "";
            private volatile int total;
            private volatile long last;
            private volatile boolean shown;

            @Override
            public synchronized void stage(String name, int n) {
                stage = name;
                total = n;
                if (shown) {
                    term.print("\r\033[K");
                    term.flush();
                    shown = false;
                }
            }

            @Override
            public void progress(int done) {
                long now = System.nanoTime();
                if (total < 500 || now - last < 100_000_000L && done < total) {
                    return;
                }
                synchronized (this) {
                    last = now;
                    shown = done < total;
                    term.print("\r\033[K" + stage + " " + done + "/" + total + (done < total ? "" : "\r\033[K"));
                    term.flush();
                }
            }
        };
    }
}
