package org.briefkit.render;

import org.briefkit.config.Language;
import org.briefkit.graph.LinkMarkup;
import org.briefkit.graph.ResolvedLink;
import org.briefkit.text.Html;

/**
 * The HTML of the links in bodies: each resolved {@code [[…]]} reference becomes an {@code <a>}
 * element, each unresolved one its escaped text. The build gives it to the graph builder, which
 * puts the links in place of the bodies' placeholders. Stateless and thread-safe.
 */
public final class LinkHtml implements LinkMarkup {
    @Override
    public String link(ResolvedLink link) {
        String href = link.href() + (link.anchor() == null ? "" : "#" + link.anchor());
        StringBuilder sb = new StringBuilder("<a href=\"").append(Html.escape(href)).append('"');
        if (!link.otherLanguage()) {
            return sb.append('>').append(Html.escape(link.text())).append("</a>").toString();
        }
        // A link to a page in another language says so; its text is in that language when it is the title.
        String lang = Html.escape(link.lang());
        sb.append(" hreflang=\"").append(lang).append('"');
        if (link.titleText()) {
            sb.append(" lang=\"").append(lang).append("\" dir=\"").append(Language.of(link.lang()).dir()).append('"');
        }
        return sb.append('>').append(Html.escape(link.text())).append(" <span class=\"in-lang\">(").append(lang)
                .append(")</span></a>").toString();
    }

    @Override
    public String unresolved(String text) {
        return Html.escape(text);
    }
}
