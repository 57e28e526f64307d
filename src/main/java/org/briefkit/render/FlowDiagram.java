package org.briefkit.render;

import java.util.List;
import java.util.function.Function;
import org.briefkit.graph.SiteEntry;
import org.briefkit.text.Html;

/**
 * A small diagram of entries joined by arrows, e.g. proposers → proposal → articles → talking points
 * against it, written as HTML boxes that the stylesheet lays out: side by side on a wide screen, one
 * under the other below 600 px, so that on a phone its text is as large as the page's and wraps
 * instead of being cut. Each title is shown whole. The diagram is an image to assistive technology
 * ({@code role="img"} with the title as its name): the page lists the same entries as links. A
 * right-to-left page mirrors it through the stylesheet's logical properties. Stateless.
 */
final class FlowDiagram {
    /** Boxes per column; the rest are counted ("+ 4"), as the page lists them all. */
    static final int MAX_BOXES = 6;

    private FlowDiagram() {
    }

    /**
     * The HTML of columns of entries under their labels; {@code id} must be unique on the page;
     * {@code langAttrs} gives the lang and dir attributes of an entry's title (or "").
     */
    static String html(List<List<SiteEntry>> columns, List<String> labels, String title, String id,
                       Function<SiteEntry, String> langAttrs) {
        StringBuilder sb = new StringBuilder();
        sb.append("<div class=\"flow\" id=\"").append(Html.escape(id)).append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(title)).append("\">");
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                sb.append("<span class=\"flow-arrow\"></span>");
            }
            List<SiteEntry> col = columns.get(c);
            sb.append("<div class=\"flow-col").append(c == 1 ? " flow-center" : "").append("\"><p class=\"flow-label\">")
                    .append(Html.escape(labels.get(c))).append("</p><ul>");
            int shown = Math.min(col.size(), MAX_BOXES);
            for (int r = 0; r < shown; r++) {
                SiteEntry e = col.get(r);
                sb.append("<li").append(langAttrs.apply(e)).append('>').append(Html.escape(e.title())).append("</li>");
            }
            if (col.size() > MAX_BOXES) {
                sb.append("<li class=\"flow-more\">+ ").append(col.size() - MAX_BOXES).append("</li>");
            }
            if (col.isEmpty()) {
                sb.append("<li class=\"flow-more\">—</li>");
            }
            sb.append("</ul></div>");
        }
        return sb.append("</div>").toString();
    }
}
