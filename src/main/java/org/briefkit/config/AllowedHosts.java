package org.briefkit.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which hosts a page may make the reader's browser contact: none but the site's own, except those
 * listed in site.yml's {@code allowHosts} ({@code media.example.org}, or {@code *.example.org} for
 * its subdomains). URLs are read as browsers read them: tabs and line breaks inside are ignored,
 * backslashes are slashes, the scheme is case-insensitive, and {@code //host} is another host.
 * Immutable and thread-safe.
 */
public final class AllowedHosts {
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    /** Schemes whose URLs always name a host (WHATWG URL's special schemes but file). */
    private static final Set<String> SPECIAL = Set.of("http", "https", "ws", "wss", "ftp");
    private final List<String> allowHosts;

    public AllowedHosts(List<String> allowHosts) {
        this.allowHosts = List.copyOf(allowHosts);
    }

    /** The other host {@code url} would make the browser contact when it is not allowed; null when none. */
    public String outsideHost(String url) {
        String host = hostOf(url);
        return host != null && !allowed(host) ? host : null;
    }

    /** The host a URL would contact, or null when it stays on the site (relative, data:, fragment). */
    static String hostOf(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c != '\t' && c != '\n' && c != '\r') {
                sb.append(c);
            }
        }
        String url = trim(sb.toString()).replace('\\', '/');
        String rest;
        Matcher m = SCHEME.matcher(url);
        if (m.find()) {
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            if (scheme.equals("data") || scheme.equals("blob") || scheme.equals("about") || scheme.equals("javascript")
                    || scheme.equals("mailto") || scheme.equals("tel")) {
                return null;
            }
            rest = url.substring(m.end());
            if (SPECIAL.contains(scheme)) {
                // URL parsing skips any number of slashes after a special scheme (http:///host/ is
                // host), and a special URL with no host at all (http://) fails and loads nothing.
                String authority = authority(rest.replaceFirst("^/+", ""));
                return authority.isEmpty() ? null : authority;
            }
            if (!rest.startsWith("//")) {
                return scheme + ":";
            }
        } else if (url.startsWith("//")) {
            rest = url;
        } else {
            return null;
        }
        return authority(rest.substring(2));
    }

    /** The host (and port) at the start of {@code authority}, without user info, lower-cased. */
    private static String authority(String authority) {
        int end = authority.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = authority.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        authority = authority.substring(0, end);
        int userinfo = authority.lastIndexOf('@');
        return (userinfo >= 0 ? authority.substring(userinfo + 1) : authority).toLowerCase(Locale.ROOT);
    }

    /**
     * Without the C0 controls and spaces that URL parsing strips from both ends (a leading
     * {@code &#x1f;} does not hide {@code http://}), nor other white space, to be safe.
     */
    private static String trim(String url) {
        int from = 0;
        int to = url.length();
        while (from < to && (url.charAt(from) <= ' ' || Character.isWhitespace(url.charAt(from)))) {
            from++;
        }
        while (to > from && (url.charAt(to - 1) <= ' ' || Character.isWhitespace(url.charAt(to - 1)))) {
            to--;
        }
        return url.substring(from, to);
    }

    private boolean allowed(String host) {
        String bare = host.contains(":") && !host.startsWith("[") ? host.substring(0, host.indexOf(':')) : host;
        for (String a : allowHosts) {
            if (a.equals(host) || a.equals(bare) || a.startsWith("*.") && bare.endsWith(a.substring(1))) {
                return true;
            }
        }
        return false;
    }
}
