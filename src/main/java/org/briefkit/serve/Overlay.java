package org.briefkit.serve;

import java.util.List;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.DiagnosticFormatter;
import org.briefkit.text.Html;

/**
 * The error box the preview server lays over every page while the last rebuild failed: each error
 * with file, line and column, the message and the offending line. The page under it is the last
 * good build. Styled by a stylesheet the preview serves ({@value #STYLESHEET}), not by style
 * attributes, which the page's Content-Security-Policy would block. Stateless and thread-safe.
 */
final class Overlay {
    static final String STYLESHEET = "/_briefkit/overlay.css";
    static final String CSS = """
            #briefkit-errors{position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;
              font:15px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:1.5rem}
            #briefkit-errors h2{color:#ff8a80;font:bold 18px system-ui,sans-serif;margin:0 0 1rem}
            #briefkit-errors pre{white-space:pre-wrap;margin:0 0 1rem;padding:.75rem;background:#000;border-left:4px solid #ff5252}
            #briefkit-errors p{font-family:system-ui,sans-serif}
            """;

    private Overlay() {
    }

    static String html(List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder();
        sb.append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\">")
                .append("<div id=\"briefkit-errors\" role=\"alert\">")
                .append("<h2>briefkit: the site did not build — showing the last good version underneath</h2>");
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        for (Diagnostic d : diagnostics) {
            if (!d.isError()) {
                continue;
            }
            sb.append("<pre>")
                    .append(Html.escape(DiagnosticFormatter.format(d))).append("</pre>");
        }
        sb.append("<p>").append(DiagnosticFormatter.plural(errors, "error"))
                .append(". Fix the file and save: this page reloads by itself.</p></div>");
        return sb.toString();
    }
}
