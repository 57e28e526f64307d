package org.briefkit.parse;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;

/**
 * Says when raw HTML in Markdown is shown as text ({@code allowRawHtml} is off): an author who
 * wrote {@code <b>} or {@code <!-- note -->} would otherwise see the tags on the page without a
 * word. One warning per text, at the first tag, with how many more there are. Stateless and
 * thread-safe.
 */
final class RawHtml {
    static final String HINT = "write Markdown instead (**bold**, *italic*, [text](url)), or set 'allowRawHtml: true' in site.yml"
            + " when every author of the site is trusted";

    private RawHtml() {
    }

    /** Adds the warning for the raw HTML of {@code doc}, a text that starts at {@code offset} of {@code source}, if any. */
    static void report(Document doc, SourceText source, int offset, List<Diagnostic> problems) {
        Node first = null;
        int count = 0;
        for (Node node : doc.getDescendants()) {
            if (node instanceof HtmlInlineBase || node instanceof HtmlBlockBase) {
                first = first == null ? node : first;
                count++;
            }
        }
        if (first == null) {
            return;
        }
        String tag = first.getChars().toString().strip();
        int end = tag.indexOf('>');
        tag = end > 0 && end < 40 ? tag.substring(0, end + 1) : tag.substring(0, Math.min(tag.length(), 40)) + "…";
        problems.add(source.warningAt(offset + first.getStartOffset(), "raw HTML '" + tag + "' is shown as text, not as HTML"
                + (count > 1 ? " (and " + (count - 1) + " more in this text)" : "")).withHint(HINT));
    }
}
