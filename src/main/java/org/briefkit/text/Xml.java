package org.briefkit.text;

/**
 * Escaping text for the XML files briefkit writes (feeds, sitemaps). Stateless and thread-safe.
 */
public final class Xml {
    private Xml() {
    }

    /**
     * {@code s} with {@code & < > "} as character references, and without the control characters
     * XML 1.0 cannot hold (all below U+0020 but tab and line feed), which would make a feed reader
     * reject the whole file.
     */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
