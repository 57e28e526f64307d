package org.briefkit.parse;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.HashSet;
import java.util.Set;

/**
 * A flexmark renderer extension that only renders some node types its own way (our paragraphs and
 * text). flexmark loads one extension of each class and silently skips the others, so all our
 * handlers go into one instance ({@link MarkdownRenderer#rendererExtensions()}).
 */
final class NodeHandlers implements HtmlRenderer.HtmlRendererExtension {
    private final Set<NodeRenderingHandler<?>> handlers;

    private NodeHandlers(Set<NodeRenderingHandler<?>> handlers) {
        this.handlers = handlers;
    }

    static NodeHandlers of(NodeRenderingHandler<?>... handlers) {
        return new NodeHandlers(Set.of(handlers));
    }

    /** The node types rendered here. */
    Set<Class<?>> nodeTypes() {
        Set<Class<?>> types = new HashSet<>();
        handlers.forEach(h -> types.add(h.getNodeType()));
        return types;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> () -> handlers);
    }
}
