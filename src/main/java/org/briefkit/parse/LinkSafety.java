package org.briefkit.parse;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a link target from content may be written into a page. Browsers ignore tabs and
 * line breaks inside URLs, strip leading control characters and spaces, and compare schemes without
 * case, so {@code JavaScript:}, {@code java&#9;script:} and {@code  javascript:} all run script: the
 * check looks at the URL the way a browser will. Entities and backslash escapes must be decoded by the
 * caller. Only http, https, mailto and tel links and scheme-less (relative) targets are allowed.
 * Stateless and thread-safe.
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
        StringBuilder sb = new StringBuilder(Math.min(url.length(), 64));
        boolean leading = true;
        for (int i = 0; i < url.length() && sb.length() < 64; i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (leading && (c <= ' ' || c == '\u00a0' || c == '\ufeff')) {
                continue;
            }
            leading = false;
            if (c == ':') {
                return sb.toString().toLowerCase(Locale.ROOT);
            }
            if (c == '/' || c == '?' || c == '#') {
                return null;
            }
            sb.append(c);
        }
        return null;
    }
}
