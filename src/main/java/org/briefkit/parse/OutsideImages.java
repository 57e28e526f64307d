package org.briefkit.parse;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import org.briefkit.config.AllowedHosts;

/**
 * With {@code --lenient}, an image from another host is written as a plain link to it, with its
 * description as the link's text: the reader's browser loads nothing from that host unless the
 * reader follows the link, and the content is published instead of failing the privacy check.
 * {@link MarkdownRenderer} reports each one as a warning. Images from the site or from allowed
 * hosts are written as usual. Stateless and thread-safe.
 */
final class OutsideImages {
    private OutsideImages() {
    }

    /** The handlers that write outside images (inline and by reference) as links. */
    static List<NodeRenderingHandler<?>> handlers(AllowedHosts hosts) {
        return List.of(new NodeRenderingHandler<>(Image.class, (node, context, html) ->
                        write(node, node.getUrl().unescape(), hosts, context, html)),
                new NodeRenderingHandler<>(ImageRef.class, (node, context, html) -> {
                    Reference r = node.isDefined() ? node.getReferenceNode(node.getDocument()) : null;
                    write(node, r == null ? null : r.getUrl().unescape(), hosts, context, html);
                }));
    }

    private static void write(Node node, String url, AllowedHosts hosts, NodeRendererContext context, HtmlWriter html) {
        if (url == null || hosts.outsideHost(url) == null) {
            context.delegateRender();
            return;
        }
        ResolvedLink link = context.resolveLink(LinkType.LINK, url, null);
        html.attr("href", link.getUrl()).withAttr().tag("a");
        context.renderChildren(node);
        html.tag("/a");
    }
}
