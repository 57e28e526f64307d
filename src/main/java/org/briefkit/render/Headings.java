package org.briefkit.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the headings of body HTML that briefkit made down the outline, for pages that show a body
 * under an entry's own heading (packs, handouts). Stateless and thread-safe.
 */
final class Headings {
    /** Heading tags as the Markdown renderer writes them: {@code <h2 id="…">}, {@code </h2>}. */
    private static final Pattern TAG = Pattern.compile("<(/?)h([1-6])([ >])");

    private Headings() {
    }

    /** {@code html} with every heading {@code by} levels lower (at most h6). */
    static String shift(String html, int by) {
        if (by <= 0 || html.indexOf("<h") < 0) {
            return html;
        }
        Matcher m = TAG.matcher(html);
        StringBuilder sb = new StringBuilder(html.length());
        while (m.find()) {
            int level = Math.min(6, Integer.parseInt(m.group(2)) + by);
            m.appendReplacement(sb, "<" + m.group(1) + "h" + level + m.group(3));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
