package org.briefkit.serve;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Turns a request path into a file of the site, refusing anything that could leave it: {@code ..}
 * segments (also percent-encoded), backslashes, NUL and other control characters.
 */
final class RequestPath {
    private RequestPath() {
    }

    /** The file path relative to the site root ("" for the root), or null when the request is refused. */
    static String resolve(URI uri) {
        String raw = uri.getRawPath();
        if (raw == null || !raw.startsWith("/")) {
            return null;
        }
        String path;
        try {
            path = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path.indexOf('\\') >= 0) {
            return null;
        }
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) < 0x20 || path.charAt(i) == 0x7f) {
                return null;
            }
        }
        StringBuilder out = new StringBuilder();
        String[] parts = path.substring(1).split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.equals("..") || p.equals(".")) {
                return null;
            }
            if (p.isEmpty() && i < parts.length - 1) {
                continue;
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(p);
        }
        return out.toString();
    }
}
