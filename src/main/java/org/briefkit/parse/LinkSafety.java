package org.briefkit.parse;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a link target from content may be written into a page. The scheme is read as a
 * browser's URL parser reads it (the WHATWG URL standard): leading control characters and spaces are
 * dropped, tabs and line breaks anywhere are ignored, case does not count, so {@code JavaScript:},
 * {@code java&#9;script:} and {@code  javascript:} all run script; and a scheme is a letter followed by
 * letters, digits, {@code +}, {@code -} or {@code .} up to a {@code :}, so {@code foo):} is a relative
 * path, as a browser follows it. Entities and backslash escapes must be decoded by the caller. Only
 * http, https, mailto and tel links and scheme-less (relative) targets are allowed. Stateless and
 * thread-safe.
 */
public final class LinkSafety {
    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");

    private LinkSafety() {
    }

    public static boolean isSafe(String url) {
        String scheme = scheme(url);
        return scheme == null || ALLOWED.contains(scheme);
    }

    /** The lower-case scheme a browser would see, or null for a relative URL. */
    public static String scheme(String url) {
        int start = 0;
        // A browser drops C0 controls and spaces; no-break space and BOM too, to be safe in older ones.
        while (start < url.length() && (url.charAt(start) <= ' ' || url.charAt(start) == '\u00a0' || url.charAt(start) == '\ufeff')) {
            start++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c == ':') {
                return sb.isEmpty() ? null : sb.toString().toLowerCase(Locale.ROOT);
            }
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            boolean schemeChar = letter || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.';
            if (sb.isEmpty() ? !letter : !schemeChar) {
                return null;
            }
            sb.append(c);
        }
        return null;
    }
}
