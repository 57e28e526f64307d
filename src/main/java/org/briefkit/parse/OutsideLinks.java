package org.briefkit.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.briefkit.config.AllowedHosts;

/**
 * Gives links to other sites the site's {@code rel} ({@code noopener noreferrer} unless
 * {@code site.yml} says otherwise), so that the site a reader follows a link to is not told which
 * page they came from. A link to the site's own host (its base URL) is not outside. Immutable and
 * thread-safe.
 */
public final class OutsideLinks extends IndependentAttributeProviderFactory {
    private final String rel;
    private final AllowedHosts sameSite;

    /** {@code rel} for links to hosts other than those of {@code sameSite}. */
    public OutsideLinks(String rel, AllowedHosts sameSite) {
        this.rel = rel;
        this.sameSite = sameSite;
    }

    @Override
    public AttributeProvider apply(LinkResolverContext context) {
        return this::attributes;
    }

    private void attributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (part != AttributablePart.LINK || !(node instanceof Link || node instanceof LinkRef || node instanceof AutoLink)) {
            return;
        }
        String href = attributes.getValue("href");
        if (href != null && !href.isEmpty() && sameSite.outsideHost(href) != null) {
            attributes.replaceValue("rel", rel);
        }
    }
}
