package org.briefkit.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefkit.text.Html;

/**
 * Keeps IDs and short hyphenated names whole: browsers break a line after a hyphen, which on a phone
 * turns "ARB-3.3" into "ARB-" and "3.3", and "WCIT-12" into "WCIT-" and "12". A short word joined by
 * hyphens that holds a digit or a capital ("RU-8.4", "ITU-T") is wrapped in
 * {@code <span class="nobr">}, which the stylesheet keeps on one line; ordinary compounds
 * ("civil-society") still break. Stateless and thread-safe.
 */
final class NoBreak {
    /** Longer ones may need to break on a 360 px screen. */
    static final int MAX = 16;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.]*(?:-[\\p{L}\\p{N}][\\p{L}\\p{N}.]*)+");
    private static final Pattern TAG_OR_TEXT = Pattern.compile("<[^>]*>|[^<]+");

    private NoBreak() {
    }

    /** Plain text as HTML, escaped, IDs kept whole. */
    static String text(String text) {
        return wrap(Html.escape(text));
    }

    /**
     * HTML that briefkit made, IDs in its text kept whole (tags are left as they are), and each
     * paragraph's ¶ link joined to the paragraph's last word, so that it never sits alone on a line.
     */
    static String html(String html) {
        html = html.replace(" <a class=\"para-link\"", "&nbsp;<a class=\"para-link\"");
        if (html.indexOf('-') < 0) {
            return html;
        }
        StringBuilder sb = new StringBuilder(html.length() + 64);
        Matcher m = TAG_OR_TEXT.matcher(html);
        while (m.find()) {
            String part = m.group();
            sb.append(part.charAt(0) == '<' ? part : wrap(part));
        }
        return sb.toString();
    }

    /** Escaped text with its IDs wrapped. */
    private static String wrap(String escaped) {
        if (escaped.indexOf('-') < 0) {
            return escaped;
        }
        Matcher m = WORD.matcher(escaped);
        StringBuilder sb = new StringBuilder(escaped.length() + 32);
        int at = 0;
        while (m.find()) {
            String word = m.group();
            int end = m.end();
            while (word.endsWith(".")) {
                word = word.substring(0, word.length() - 1);
                end--;
            }
            if (word.length() > MAX || !word.chars().anyMatch(c -> Character.isDigit(c) || Character.isUpperCase(c))) {
                continue;
            }
            sb.append(escaped, at, m.start()).append("<span class=\"nobr\">").append(word).append("</span>");
            at = end;
        }
        return sb.append(escaped, at, escaped.length()).toString();
    }
}
