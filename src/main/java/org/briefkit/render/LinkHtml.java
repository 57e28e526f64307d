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
        String lang = Html.escape(link.lang());
        // A title in another language than the text around it says which (an English body shown in
        // the French tree can link a page that is translated).
        if (link.textInOtherLanguage()) {
            sb.append(" lang=\"").append(lang).append("\" dir=\"").append(Language.of(link.lang()).dir()).append('"');
        }
        if (!link.otherLanguage()) {
            return sb.append('>').append(Html.escape(link.text())).append("</a>").toString();
        }
        // A link to a page in another language than the reader's says so.
        sb.append(" hreflang=\"").append(lang).append('"');
        return sb.append('>').append(Html.escape(link.text())).append(" <span class=\"in-lang\">(").append(lang)
                .append(")</span></a>").toString();
    }

    @Override
    public String unresolved(String text) {
        return Html.escape(text);
    }
}
