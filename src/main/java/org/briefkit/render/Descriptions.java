package org.briefkit.render;

import org.briefkit.graph.SiteEntry;
import org.briefkit.text.HtmlText;

/**
 * The description of an entry's page ({@code <meta name="description">}, what a search engine or a
 * messaging app shows under the link): its summary, else the first paragraph of its body, cut at a
 * word near 160 characters. Stateless and thread-safe.
 */
final class Descriptions {
    /** About what search engines show; a cut text ends at a word with an ellipsis. */
    static final int MAX = 160;

    private Descriptions() {
    }

    /** The summary, else the body's first paragraph as plain text, else "". */
    static String of(SiteEntry se) {
        String summary = se.entry().summary();
        if (summary != null && !summary.isBlank()) {
            return summary.strip();
        }
        return firstParagraph(se.html());
    }

    /** The plain text of the first {@code <p>} of body HTML that briefkit made, shortened; "" when none. */
    static String firstParagraph(String html) {
        int from = 0;
        while (true) {
            int start = html.indexOf("<p", from);
            if (start < 0) {
                return "";
            }
            int open = html.indexOf('>', start);
            int end = html.indexOf("</p>", open);
            if (open < 0 || end < 0) {
                return "";
            }
            // "<pre>" also starts with "<p".
            char next = html.charAt(start + 2);
            if (next != '>' && next != ' ') {
                from = start + 2;
                continue;
            }
            String text = HtmlText.fromHtml(html.substring(open + 1, end)).replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                return shorten(text);
            }
            from = end;
        }
    }

    static String shorten(String text) {
        if (text.length() <= MAX) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX - 1);
        return text.substring(0, cut > MAX / 2 ? cut : MAX - 1).strip() + "…";
    }
}
