package org.briefkit.parse;

import com.vladsch.flexmark.ast.util.ReferenceRepository;
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
 * link once all entries are known. Where the page defines a link reference with the same label
 * ({@code [x]: /url}), {@code [[x]]} is that link in brackets, as in CommonMark. Thread-safe: a
 * processor is made per document.
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
            return new Processor(Parser.REFERENCES.get(document));
        }
    }

    /** One per document: it looks up the document's link reference definitions. */
    private static final class Processor implements LinkRefProcessor {
        private final ReferenceRepository references;

        Processor(ReferenceRepository references) {
            this.references = references;
        }

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
                    && !chars.subSequence(2, n - 2).isBlank() && !defined(chars.subSequence(2, n - 2));
        }

        /**
         * Whether the page defines {@code [inner]: url}: then {@code [[inner]]} is that link in
         * brackets, as CommonMark reads it, not a cross-reference.
         */
        private boolean defined(BasedSequence inner) {
            return !references.isEmpty() && references.getFromRaw(inner) != null;
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
