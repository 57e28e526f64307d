package org.briefkit.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefkit.config.AllowedHosts;

/**
 * Finds everything in a page or stylesheet that would make a reader's browser contact another host:
 * images, scripts, stylesheets, icons, preloads and preconnects, frames, media, objects, SVG
 * references, {@code ping} attributes, a {@code base} element, and CSS {@code url()} and
 * {@code @import}. Ordinary links ({@code <a href>}) are not requests and are fine. Hosts in
 * {@code allowHosts} ({@code media.example.org}, or {@code *.example.org} for its subdomains) are
 * allowed. Immutable and thread-safe.
 */
public final class PrivacyGuard {
    private static final Set<String> FETCHING_RELS = Set.of("stylesheet", "preload", "modulepreload", "prefetch",
            "prerender", "preconnect", "dns-prefetch", "icon", "shortcut", "apple-touch-icon",
            "apple-touch-icon-precomposed", "mask-icon", "manifest");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+(['\"])([^'\"]*)\\1", Pattern.CASE_INSENSITIVE);

    private final AllowedHosts hosts;

    /** A request to another host: what makes it, the URL, the line in the page or stylesheet. */
    public record Finding(String what, String url, int line) {
    }

    /** The attributes {@link #checkHtml} reads, per tag: {@code ping} and {@code style} on every tag. */
    private static final List<String> ANY_ATTRIBUTES = List.of("ping", "style");
    private static final List<String> IMG_ATTRIBUTES = List.of("src", "srcset", "ping", "style");
    private static final List<String> SRC_ATTRIBUTES = List.of("src", "ping", "style");
    private static final List<String> VIDEO_ATTRIBUTES = List.of("src", "poster", "ping", "style");
    private static final List<String> OBJECT_ATTRIBUTES = List.of("data", "ping", "style");
    private static final List<String> INPUT_ATTRIBUTES = List.of("type", "src", "ping", "style");
    private static final List<String> SVG_ATTRIBUTES = List.of("href", "xlink:href", "ping", "style");
    private static final List<String> LINK_ATTRIBUTES = List.of("rel", "href", "imagesrcset", "ping", "style");
    private static final List<String> BASE_ATTRIBUTES = List.of("href", "ping", "style");

    public PrivacyGuard(List<String> allowHosts) {
        this.hosts = new AllowedHosts(allowHosts);
    }

    /** The requests to other hosts an HTML page would make. */
    public List<Finding> checkHtml(String html) {
        List<Finding> out = new ArrayList<>();
        HtmlScanner.scan(html, new HtmlScanner.Visitor() {
            @Override
            public void tag(HtmlScanner.Tag t) {
                switch (t.name()) {
                    case "img", "source" -> {
                        url(t, "src", out);
                        srcset(t, out);
                    }
                    case "script", "iframe", "frame", "embed", "track", "audio" -> url(t, "src", out);
                    case "video" -> {
                        url(t, "src", out);
                        url(t, "poster", out);
                    }
                    case "object" -> url(t, "data", out);
                    case "input" -> {
                        if ("image".equalsIgnoreCase(t.attr("type"))) {
                            url(t, "src", out);
                        }
                    }
                    case "image", "use", "feimage" -> {
                        url(t, "href", out);
                        url(t, "xlink:href", out);
                    }
                    case "link" -> {
                        String rel = t.attr("rel") == null ? "" : t.attr("rel").toLowerCase(Locale.ROOT);
                        for (String r : rel.split("\\s+")) {
                            if (FETCHING_RELS.contains(r)) {
                                url(t, "href", out);
                                url(t, "imagesrcset", out);
                                break;
                            }
                        }
                    }
                    case "base" -> url(t, "href", out);
                    default -> {
                    }
                }
                String ping = t.attr("ping");
                if (ping != null) {
                    for (String u : ping.trim().split("\\s+")) {
                        report("<" + t.name() + " ping>", u, t.line(), out);
                    }
                }
                String style = t.attr("style");
                if (style != null) {
                    css(style, t.line(), "style attribute", out);
                }
            }

            @Override
            public void style(String css, int line) {
                css(css, line, "<style>", out);
            }

            @Override
            public List<String> attributes(String tag) {
                return switch (tag) {
                    case "img", "source" -> IMG_ATTRIBUTES;
                    case "script", "iframe", "frame", "embed", "track", "audio" -> SRC_ATTRIBUTES;
                    case "video" -> VIDEO_ATTRIBUTES;
                    case "object" -> OBJECT_ATTRIBUTES;
                    case "input" -> INPUT_ATTRIBUTES;
                    case "image", "use", "feimage" -> SVG_ATTRIBUTES;
                    case "link" -> LINK_ATTRIBUTES;
                    case "base" -> BASE_ATTRIBUTES;
                    default -> ANY_ATTRIBUTES;
                };
            }
        });
        return out;
    }

    /** The requests to other hosts a stylesheet would make. */
    public List<Finding> checkCss(String css) {
        List<Finding> out = new ArrayList<>();
        css(css, 1, "stylesheet", out);
        return out;
    }

    private void css(String css, int firstLine, String where, List<Finding> out) {
        for (Pattern p : List.of(CSS_URL, CSS_IMPORT)) {
            Matcher m = p.matcher(css);
            while (m.find()) {
                int line = firstLine;
                for (int k = 0; k < m.start(); k++) {
                    if (css.charAt(k) == '\n') {
                        line++;
                    }
                }
                report((p == CSS_URL ? "url() in " : "@import in ") + where, m.group(2), line, out);
            }
        }
    }

    private void url(HtmlScanner.Tag t, String attr, List<Finding> out) {
        String v = t.attr(attr);
        if (v != null) {
            report("<" + t.name() + " " + attr + ">", v, t.line(), out);
        }
    }

    private void srcset(HtmlScanner.Tag t, List<Finding> out) {
        String v = t.attr("srcset");
        if (v == null) {
            return;
        }
        for (String candidate : v.split(",")) {
            String u = candidate.trim().split("\\s+")[0];
            report("<" + t.name() + " srcset>", u, t.line(), out);
        }
    }

    private void report(String what, String url, int line, List<Finding> out) {
        if (hosts.outsideHost(url) != null) {
            out.add(new Finding(what, url.strip(), line));
        }
    }
}
