package org.briefkit.model;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A rendered Markdown body before links are resolved.
 *
 * <p>{@code html} contains placeholders: {@link #refMarker(int)} for each inline reference, which the
 * site graph replaces once every entry is known; {@link #linkMarker(String)} around the target of
 * each link to a path of the site ({@link LocalLink}), which each page writes once the site's pages
 * are known; {@link #ROOT} where a link needs the page's path to the site root, and marks for
 * accessible names in the page's language. No marker character can come from content: the loader
 * replaces C0 control characters in input.
 *
 * <p>A body can be {@linkplain #packed() packed}: its HTML kept deflated and inflated each time it is
 * read. A build packs bodies when the content is large for the heap (100,000 entries under 2 GB),
 * where the bodies would otherwise be most of the memory. Immutable; equal when the HTML and the
 * other parts are equal, packed or not.
 */
public final class Body {
    /** A heading of the body: level 1-6, its ID, its text. */
    public record Heading(int level, String id, String text) {
    }

    /** Stands for the relative path from the current page to the site root. */
    public static final char ROOT = '\u0001';
    /** Stands for the accessible name of paragraph links ("Link to this paragraph" in the page's language). */
    public static final char PARAGRAPH_LABEL = '\u0004';
    /** Stands for the accessible name of a table's scrolling box before any heading ("Table" in the page's language). */
    public static final char TABLE_LABEL = '\u0005';
    static final char REF_OPEN = '\u0002';
    static final char REF_CLOSE = '\u0003';
    static final char LINK_OPEN = '\u0006';
    static final char LINK_CLOSE = '\u0007';

    public static final Body EMPTY = new Body("", List.of(), List.of(), null);
    /** Bodies shorter than this are not packed: the saving would not pay for the inflating. */
    static final int PACK_MIN_CHARS = 512;

    /** The HTML, or null when packed. */
    private final String html;
    /** The HTML's UTF-8 bytes deflated (raw, no header), or null. */
    private final byte[] packed;
    /** The number of UTF-8 bytes {@code packed} inflates to. */
    private final int packedLength;
    private final List<InlineRef> refs;
    private final List<Heading> headings;
    private final String firstHeading;
    private final List<LocalLink> links;

    /**
     * @param html         HTML with placeholders
     * @param refs         inline references, in order
     * @param headings     the headings with their IDs, for {@code [[ID#heading]]} checks and tables of contents
     * @param firstHeading text of the first heading, or null (the title of a file without front matter)
     */
    public Body(String html, List<InlineRef> refs, List<Heading> headings, String firstHeading) {
        this(html, refs, headings, firstHeading, List.of());
    }

    /** As above, with the links to paths of the site, in order ({@link LocalLink}). */
    public Body(String html, List<InlineRef> refs, List<Heading> headings, String firstHeading, List<LocalLink> links) {
        this(Objects.requireNonNull(html), null, 0, refs, headings, firstHeading, links);
    }

    private Body(String html, byte[] packed, int packedLength, List<InlineRef> refs, List<Heading> headings, String firstHeading,
                 List<LocalLink> links) {
        this.html = html;
        this.packed = packed;
        this.packedLength = packedLength;
        this.refs = List.copyOf(refs);
        this.headings = List.copyOf(headings);
        this.firstHeading = firstHeading;
        this.links = List.copyOf(links);
    }

    /** HTML with placeholders (inflated again at each call when the body is packed). */
    public String html() {
        return html != null ? html : Packing.inflate(packed, packedLength);
    }

    public List<InlineRef> refs() {
        return refs;
    }

    public List<Heading> headings() {
        return headings;
    }

    public String firstHeading() {
        return firstHeading;
    }

    /** The links to paths of the site, in order, with where each target is written. */
    public List<LocalLink> links() {
        return links;
    }

    /** This body with its HTML deflated; itself when already packed, short, or not made smaller. */
    public Body packed() {
        if (html == null || html.length() < PACK_MIN_CHARS) {
            return this;
        }
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        byte[] deflated = Packing.deflate(utf8);
        return deflated.length >= html.length() ? this : new Body(null, deflated, utf8.length, refs, headings, firstHeading, links);
    }

    /** Whether the HTML is kept deflated. */
    public boolean isPacked() {
        return html == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Body b && html().equals(b.html()) && refs.equals(b.refs) && headings.equals(b.headings)
                && Objects.equals(firstHeading, b.firstHeading) && links.equals(b.links);
    }

    @Override
    public int hashCode() {
        return Objects.hash(html(), refs, headings, firstHeading, links);
    }

    @Override
    public String toString() {
        return "Body[html=" + html() + ", refs=" + refs + ", headings=" + headings + ", firstHeading=" + firstHeading
                + ", links=" + links + "]";
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
        String html = html();
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

    /** The placeholder of a link's target {@code url} (percent-encoded, escaped for an attribute), in the HTML. */
    public static String linkMarker(String url) {
        return LINK_OPEN + url + LINK_CLOSE;
    }

    /**
     * {@code html} with each link placeholder replaced by {@code write} applied to the target it
     * holds (as in the HTML: escaped for an attribute); {@code html} itself when it has none.
     */
    public static String writeLinks(String html, UnaryOperator<String> write) {
        int open = html.indexOf(LINK_OPEN);
        if (open < 0) {
            return html;
        }
        StringBuilder sb = new StringBuilder(html.length() + 64);
        int from = 0;
        while (open >= 0) {
            int close = html.indexOf(LINK_CLOSE, open);
            sb.append(html, from, open).append(write.apply(html.substring(open + 1, close)));
            from = close + 1;
            open = html.indexOf(LINK_OPEN, from);
        }
        return sb.append(html, from, html.length()).toString();
    }

    /** Replaces the root marker with the page's path to the site root ("" or "../../"). */
    public static String resolveRoot(String html, String root) {
        return html.indexOf(ROOT) < 0 ? html : html.replace(String.valueOf(ROOT), root);
    }
}
