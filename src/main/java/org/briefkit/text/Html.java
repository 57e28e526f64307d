package org.briefkit.text;

/**
 * Escaping text for HTML. {@link #escape} is the rule for every value briefkit writes into HTML
 * itself, in text and in attribute values alike: the characters and entities of Freemarker's HTML
 * auto-escaping, which writes the templates' output, so that a value looks the same whichever
 * writes it. {@link #escapeAsFlexmark} is flexmark's rule, kept apart only for Markdown text, whose
 * HTML must stay byte-identical with flexmark's own writer. Stateless and thread-safe.
 */
public final class Html {
    private Html() {
    }

    /**
     * {@code s} with {@code & < > " '} as {@code &amp; &lt; &gt; &quot; &#39;}, as Freemarker's
     * {@code HTMLOutputFormat} escapes; safe in text and in quoted attribute values. Returns
     * {@code s} itself when nothing needs escaping.
     */
    public static String escape(String s) {
        return escape(s, true);
    }

    /**
     * {@code s} with {@code & < > "} as character references, as flexmark's
     * {@code Escaping.escapeHtml(s, false)}: for Markdown text, whose HTML is compared byte for byte
     * with flexmark's writer. Unlike {@link #escape} it leaves {@code '} as it is.
     */
    public static String escapeAsFlexmark(String s) {
        return escape(s, false);
    }

    private static String escape(String s, boolean apostrophe) {
        int n = s.length();
        int first = 0;
        // Most text has nothing to escape: find the first character that needs it before copying.
        while (first < n && replacement(s.charAt(first), apostrophe) == null) {
            first++;
        }
        if (first == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n + 16).append(s, 0, first);
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            String r = replacement(c, apostrophe);
            if (r == null) {
                out.append(c);
            } else {
                out.append(r);
            }
        }
        return out.toString();
    }

    private static String replacement(char c, boolean apostrophe) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> apostrophe ? "&#39;" : null;
            default -> null;
        };
    }
}
