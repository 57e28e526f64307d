package org.briefkit.text;

/**
 * Escaping text for the XML files briefkit writes (feeds, sitemaps). Stateless and thread-safe.
 */
public final class Xml {
    private Xml() {
    }

    /**
     * {@code s} escaped by the same rule as HTML ({@link Html#escape}: {@code & < > " '}), so that
     * a title reads the same in a feed as on its page, without the characters XML 1.0 cannot hold,
     * which would make a feed reader reject the whole file: control characters other than tab and
     * line feed, U+FFFE, U+FFFF and surrogates without their pair.
     */
    public static String escape(String s) {
        return Html.escape(withoutForbidden(s));
    }

    private static String withoutForbidden(String s) {
        int n = s.length();
        StringBuilder sb = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
            boolean keep = pair || allowed(c);
            if (!keep && sb == null) {
                sb = new StringBuilder(n).append(s, 0, i);
            }
            if (sb != null && keep) {
                sb.append(c);
                if (pair) {
                    sb.append(s.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * Whether {@code c} is written on its own: XML 1.0 holds it (a surrogate only in a pair). CR,
     * which XML holds, is left out too: briefkit's line ends are LF.
     */
    private static boolean allowed(char c) {
        return (c >= 0x20 || c == '\t' || c == '\n') && c != 0xfffe && c != 0xffff && !Character.isSurrogate(c);
    }
}
