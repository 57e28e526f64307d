package org.briefkit.parse;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import org.briefkit.model.Body;

/**
 * The flexmark extension for {@code [[…]]} cross-references. Parsing makes a {@link CrossRefNode};
 * rendering writes a placeholder ({@link Body#refMarker(int)}) that the site graph replaces with a
 * link once all entries are known.
 */
final class CrossRefExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    static CrossRefExtension create() {
        return new CrossRefExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.linkRefProcessorFactory(new ProcessorFactory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class ProcessorFactory implements LinkRefProcessorFactory {
        @Override
        public boolean getWantExclamationPrefix(DataHolder options) {
            return false;
        }

        @Override
        public int getBracketNestingLevel(DataHolder options) {
            return 1;
        }

        @Override
        public LinkRefProcessor apply(Document document) {
            return new Processor();
        }
    }

    private static final class Processor implements LinkRefProcessor {
        @Override
        public boolean getWantExclamationPrefix() {
            return false;
        }

        @Override
        public int getBracketNestingLevel() {
            return 1;
        }

        @Override
        public boolean isMatch(BasedSequence chars) {
            int n = chars.length();
            return n >= 5 && chars.charAt(0) == '[' && chars.charAt(1) == '[' && chars.charAt(n - 1) == ']'
                    && chars.charAt(n - 2) == ']' && chars.charAt(2) != '[' && chars.charAt(n - 3) != ']'
                    && !chars.subSequence(2, n - 2).isBlank();
        }

        @Override
        public Node createNode(BasedSequence chars) {
            return new CrossRefNode(chars);
        }

        @Override
        public BasedSequence adjustInlineText(Document document, Node node) {
            return BasedSequence.NULL;
        }

        @Override
        public boolean allowDelimiters(BasedSequence chars, Document document, Node node) {
            return false;
        }

        @Override
        public void updateNodeElements(Document document, Node node) {
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                child.unlink();
                child = next;
            }
        }
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(CrossRefNode.class,
                    (node, context, html) -> html.raw(Body.refMarker(node.index()))));
        }
    }
}
