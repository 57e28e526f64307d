package org.briefkit.render;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.graph.SiteEntry;
import org.briefkit.text.Html;

/**
 * A small diagram drawn at build time as inline SVG: columns of entries joined by arrows, e.g.
 * proposers → proposal → articles → talking points against it. The SVG is an image with a title;
 * the caption beside it says the same in text, with links, for readers who cannot see it. In a
 * right-to-left language the columns are mirrored: the first on the right, arrows pointing left,
 * text set from the right edge of its box. Stateless.
 */
final class FlowDiagram {
    private static final int COL_WIDTH = 164;
    private static final int GAP = 40;
    private static final int BOX_HEIGHT = 40;
    private static final int BOX_GAP = 8;
    private static final int TOP = 28;
    private static final int MAX_BOXES = 6;
    private static final int LINE_CHARS = 21;

    private FlowDiagram() {
    }

    /** The SVG for columns of entries under their labels; {@code id} must be unique on the page. */
    static String svg(List<List<SiteEntry>> columns, List<String> labels, String title, String id, boolean rtl) {
        int rows = 1;
        for (List<SiteEntry> c : columns) {
            rows = Math.max(rows, Math.min(c.size(), MAX_BOXES) + (c.size() > MAX_BOXES ? 1 : 0));
        }
        int width = columns.size() * COL_WIDTH + (columns.size() - 1) * GAP + 2;
        int height = TOP + rows * (BOX_HEIGHT + BOX_GAP) + 4;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"flow\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append(rtl ? "\" direction=\"rtl" : "").append("\" role=\"img\" aria-labelledby=\"").append(id).append("\" focusable=\"false\">")
                .append("<title id=\"").append(id).append("\">").append(Html.escape(title)).append("</title>")
                .append("<defs><marker id=\"").append(id).append("_arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\"")
                .append(" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#4a5159\"/></marker></defs>");
        for (int c = 0; c < columns.size(); c++) {
            int x = rtl ? width - 1 - COL_WIDTH - c * (COL_WIDTH + GAP) : 1 + c * (COL_WIDTH + GAP);
            int textX = rtl ? x + COL_WIDTH - 6 : x + 6;
            sb.append("<text x=\"").append(rtl ? x + COL_WIDTH : x).append("\" y=\"16\" class=\"flow-label\">").append(Html.escape(labels.get(c))).append("</text>");
            List<SiteEntry> col = columns.get(c);
            int shown = Math.min(col.size(), MAX_BOXES);
            for (int r = 0; r < shown; r++) {
                box(sb, x, textX, TOP + r * (BOX_HEIGHT + BOX_GAP), col.get(r).title(), c == 1);
            }
            if (col.size() > MAX_BOXES) {
                sb.append("<text x=\"").append(textX).append("\" y=\"").append(TOP + shown * (BOX_HEIGHT + BOX_GAP) + 18)
                        .append("\" class=\"flow-more\">+ ").append(col.size() - MAX_BOXES).append("</text>");
            }
            if (col.isEmpty()) {
                sb.append("<text x=\"").append(textX).append("\" y=\"").append(TOP + 24).append("\" class=\"flow-more\">—</text>");
            }
            if (c + 1 < columns.size()) {
                int y = TOP + BOX_HEIGHT / 2;
                int from = rtl ? x - 4 : x + COL_WIDTH + 4;
                int to = rtl ? x - GAP + 4 : x + COL_WIDTH + GAP - 4;
                sb.append("<line x1=\"").append(from).append("\" y1=\"").append(y).append("\" x2=\"")
                        .append(to).append("\" y2=\"").append(y)
                        .append("\" stroke=\"#4a5159\" stroke-width=\"2\" marker-end=\"url(#").append(id).append("_arrow)\"/>");
            }
        }
        return sb.append("</svg>").toString();
    }

    private static void box(StringBuilder sb, int x, int textX, int y, String title, boolean center) {
        sb.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(COL_WIDTH).append("\" height=\"")
                .append(BOX_HEIGHT).append("\" rx=\"4\" class=\"").append(center ? "flow-box flow-center" : "flow-box").append("\"/>");
        List<String> lines = wrap(title);
        int lineY = y + (lines.size() == 1 ? 25 : 17);
        for (String line : lines) {
            sb.append("<text x=\"").append(textX).append("\" y=\"").append(lineY).append("\" class=\"flow-text\">")
                    .append(Html.escape(line)).append("</text>");
            lineY += 15;
        }
    }

    /** At most two lines of about {@value #LINE_CHARS} characters, cut with an ellipsis. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == 2) {
                    break;
                }
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (lines.size() < 2 && line.length() > 0) {
            lines.add(line.toString());
        } else if (lines.size() == 2) {
            String last = lines.get(1);
            lines.set(1, (last.length() > LINE_CHARS - 1 ? last.substring(0, LINE_CHARS - 1) : last) + "…");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > LINE_CHARS + 2) {
                lines.set(i, lines.get(i).substring(0, LINE_CHARS) + "…");
            }
        }
        return lines;
    }
}
