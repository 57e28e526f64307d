package org.briefkit.parse;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.briefkit.text.Html;

/**
 * Renders text nodes as flexmark does, with the same output, in fewer passes. flexmark unescapes a
 * text (a regular expression looks for {@code \} and {@code &}, then the text is copied a
 * character at a time), normalises its line ends (another copy) and escapes it for HTML (another
 * regular expression), for every run of text of every page: most of the Markdown renderer's time
 * on a large site. Here text without {@code \}, {@code &} or {@code \r} is only escaped, by
 * flexmark's rule ({@link Html#escapeAsFlexmark}), and text with them takes flexmark's own way
 * ({@code PlainTextTest} checks the output against flexmark's on random Markdown).
 */
final class PlainText {
    private PlainText() {
    }

    /** Renders text nodes this way; {@link MarkdownRenderer} gives it to flexmark through {@link NodeHandlers}. */
    static final NodeRenderingHandler<Text> RENDER = new NodeRenderingHandler<>(Text.class,
            (node, context, html) -> html.raw(Html.escapeAsFlexmark(text(node))));

    /** The node's text, unescaped and with {@code \n} line ends, as flexmark's renderer makes it. */
    private static String text(Text node) {
        String text = Chars.of(node.getChars());
        if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0) {
            text = node.getChars().unescape();
        }
        return text.indexOf('\r') >= 0 ? Escaping.normalizeEOL(text) : text;
    }
}
