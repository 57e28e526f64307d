package org.briefkit.parse;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's autolink extension, run only on text that can hold a link. Its post-processor runs a
 * regular expression and the link extractor over every text node, a quarter of all Markdown time
 * on a large site (docs/performance.md), though a link needs a {@code "://"} (URLs: the link
 * extractor's URL scanner starts at a {@code ':'} followed by {@code "//"}), an {@code '@'}
 * (e-mail addresses) or {@code "www."}, and an entity ({@code '&'}) may spell one of those. Other
 * text gets the same result without the work. {@code AutolinksTest} compares both on random input.
 * Text followed by an entity or typographic node always goes to the extension, which joins them.
 */
final class Autolinks implements Parser.ParserExtension {
    private Autolinks() {
    }

    static Autolinks create() {
        return new Autolinks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether the text of {@code node} could contain a link the autolink extension would find. */
    static boolean mayLink(Node node) {
        // The extension joins a text node with the entities and text right after it (a link may run across them).
        if (node.getNext() instanceof HtmlEntity || node.getNext() instanceof TypographicText) {
            return true;
        }
        String s = Chars.of(node.getChars());
        return s.contains("://") || s.indexOf('@') >= 0 || s.indexOf('&') >= 0 || hasWww(s);
    }

    /** Whether {@code "www."} occurs in {@code s} in any case; looked for at each full stop, without a lower-case copy. */
    private static boolean hasWww(String s) {
        for (int dot = s.indexOf('.', 3); dot >= 0; dot = s.indexOf('.', dot + 1)) {
            if (s.regionMatches(true, dot - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor links = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (mayLink(node)) {
                        links.process(state, node);
                    }
                }
            };
        }
    }
}
