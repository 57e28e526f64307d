package org.briefkit.model;

import java.util.List;

/**
 * A rendered Markdown body before links are resolved.
 *
 * <p>{@code html} contains two kinds of placeholders that the site graph replaces once every entry
 * is known: {@link #refMarker(int)} for each inline reference, and {@link #ROOT} where a link needs
 * the page's path to the site root. Neither marker character can come from content: the loader
 * replaces C0 control characters in input.
 *
 * @param html       HTML with placeholders
 * @param refs       inline references, in order
 * @param headings   the headings with their IDs, for {@code [[ID#heading]]} checks and tables of contents
 * @param firstHeading text of the first heading, or null (the title of a file without front matter)
 */
public record Body(String html, List<InlineRef> refs, List<Heading> headings, String firstHeading) {
    /** A heading of the body: level 1-6, its ID, its text. */
    public record Heading(int level, String id, String text) {
    }

    /** Stands for the relative path from the current page to the site root. */
    public static final char ROOT = '\u0001';
    /** Stands for the accessible name of paragraph links ("Link to this paragraph" in the page's language). */
    public static final char PARAGRAPH_LABEL = '\u0004';
    static final char REF_OPEN = '\u0002';
    static final char REF_CLOSE = '\u0003';

    public static final Body EMPTY = new Body("", List.of(), List.of(), null);

    public Body {
        refs = List.copyOf(refs);
        headings = List.copyOf(headings);
    }

    /** The IDs of the headings, in order. */
    public List<String> headingIds() {
        return headings.stream().map(Heading::id).toList();
    }

    /** The placeholder for inline reference {@code index}. */
    public static String refMarker(int index) {
        return REF_OPEN + Integer.toString(index) + REF_CLOSE;
    }

    /**
     * The HTML with reference placeholder {@code i} replaced by {@code links[i]} (the same string
     * when there are no references).
     */
    public String html(String[] links) {
        int open = links.length == 0 ? -1 : html.indexOf(REF_OPEN);
        if (open < 0) {
            return html;
        }
        int length = html.length();
        for (int at = open; at >= 0; at = html.indexOf(REF_OPEN, at + 1)) {
            int close = html.indexOf(REF_CLOSE, at);
            length += links[Integer.parseInt(html, at + 1, close, 10)].length() - (close + 1 - at);
        }
        StringBuilder sb = new StringBuilder(length);
        int from = 0;
        while (open >= 0) {
            int close = html.indexOf(REF_CLOSE, open);
            sb.append(html, from, open);
            sb.append(links[Integer.parseInt(html, open + 1, close, 10)]);
            from = close + 1;
            open = html.indexOf(REF_OPEN, from);
        }
        sb.append(html, from, html.length());
        return sb.toString();
    }

    /** Replaces the root marker with the page's path to the site root ("" or "../../"). */
    public static String resolveRoot(String html, String root) {
        return html.indexOf(ROOT) < 0 ? html : html.replace(String.valueOf(ROOT), root);
    }
}
