package org.briefkit.parse;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.regex.Pattern;
import org.briefkit.text.Html;

/**
 * Renders inline code as CommonMark 0.31 says: line ends become spaces, and one space is taken off
 * each end only when both ends have one and the code is not all spaces, so {@code `` `x` ``} is
 * {@code `x`} and {@code ` a`} keeps its space. flexmark trims every space at both ends and collapses
 * runs of white space inside (four of the spec's examples). Stateless and thread-safe.
 */
final class CodeSpans {
    private static final Pattern LINE_END = Pattern.compile("\n[ \t]*");

    private CodeSpans() {
    }

    /** Renders code spans this way; {@link MarkdownRenderer} gives it to flexmark through {@link NodeHandlers}. */
    static final NodeRenderingHandler<Code> RENDER = new NodeRenderingHandler<>(Code.class, (node, context, html) -> {
        html.withAttr().tag("code");
        html.raw(Html.escapeAsFlexmark(content(Chars.of(node.getText()))));
        html.tag("/code");
    });

    /**
     * The text of a code span between its backticks, as CommonMark shows it. A paragraph's lines lose
     * their leading spaces before inline parsing; flexmark keeps them in the span, so they go here.
     */
    static String content(String raw) {
        String text = raw.indexOf('\n') < 0 ? raw : LINE_END.matcher(raw).replaceAll(" ");
        boolean allSpaces = text.chars().allMatch(c -> c == ' ');
        if (text.length() >= 2 && text.charAt(0) == ' ' && text.charAt(text.length() - 1) == ' ' && !allSpaces) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
