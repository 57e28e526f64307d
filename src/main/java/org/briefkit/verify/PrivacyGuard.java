package org.briefkit.verify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefkit.config.AllowedHosts;

/**
 * Finds everything in a page or stylesheet that would make a reader's browser contact another host.
 * The page is read by {@link HtmlReader}, as a browser reads it (with scripting on, and again off
 * when it has a {@code noscript}, whose content is then markup, and again as Chromium's preload
 * scanner reads a {@code <![CDATA[}), and every start tag is judged by its attributes, whatever element
 * the browser makes of it: {@code src}, {@code srcset}, {@code imagesrcset}, {@code poster},
 * {@code background}, {@code ping} and {@code attributionsrc} anywhere; {@code href} and
 * {@code xlink:href} anywhere but on links ({@code a}, {@code area}, and {@code link} with only
 * relations that fetch nothing, such as {@code canonical} or {@code alternate}); {@code data} on
 * {@code object}; {@code meta} refresh; the document in an {@code iframe srcdoc}; and {@code url()}
 * in any attribute, {@code style} attributes and {@code style} elements (also their strings, see
 * {@link CssUrls}). Ordinary links ({@code <a href>}) are not requests and are fine. Hosts in
 * {@code allowHosts} ({@code media.example.org}, or {@code *.example.org} for its subdomains) are
 * allowed. Immutable and thread-safe.
 */
public final class PrivacyGuard {
    /** Link relations that make the browser fetch nothing by themselves. */
    private static final Set<String> QUIET_RELS = Set.of("alternate", "archives", "author", "bookmark", "canonical",
            "external", "first", "help", "index", "last", "license", "me", "next", "nofollow", "noopener", "noreferrer",
            "opener", "prev", "privacy-policy", "search", "tag", "terms-of-service", "up");
    /** How many documents deep {@code srcdoc} is read; deeper is a finding of its own. */
    private static final int SRCDOC_DEPTH = 4;

    private final AllowedHosts hosts;

    /** A request to another host: what makes it, the URL, the line in the page or stylesheet. */
    public record Finding(String what, String url, int line) {
    }

    public PrivacyGuard(List<String> allowHosts) {
        this.hosts = new AllowedHosts(allowHosts);
    }

    /** The requests to other hosts an HTML page would make. */
    public List<Finding> checkHtml(String html) {
        return List.copyOf(check(html, "", 0));
    }

    private Set<Finding> check(String html, String where, int depth) {
        Set<Finding> out = new LinkedHashSet<>();
        Tags tags = new Tags(where, depth, out);
        HtmlReader.read(html, true, tags);
        if (tags.noscript) {
            // With scripting off, a noscript's content is markup rather than text: read it both ways.
            HtmlReader.read(html, false, tags);
        }
        if (HtmlReader.hasCdata(html)) {
            HtmlReader.readAsPreloadScanner(html, true, tags);
        }
        return out;
    }

    /** A visitor that adds to {@code out} what each tag it is shown would load from another host. */
    HtmlReader.Visitor visitor(Set<Finding> out) {
        return new Tags("", 0, out);
    }

    /** The requests to other hosts a stylesheet would make. */
    public List<Finding> checkCss(String css) {
        List<Finding> out = new ArrayList<>();
        for (CssUrls.Found f : CssUrls.withStrings(css)) {
            add(f.kind() + " in stylesheet", f.url(), 1 + f.line(), out);
        }
        return out;
    }

    /** Judges each start tag; findings go into a set, so that a second reading adds only what is new. */
    private final class Tags implements HtmlReader.Visitor {
        private final String where;
        private final int depth;
        private final Set<Finding> out;
        /** Whether the page has a noscript, so that it must be read again with scripting off. */
        private boolean noscript;

        Tags(String where, int depth, Set<Finding> out) {
            this.where = where;
            this.depth = depth;
            this.out = out;
        }

        @Override
        public void tag(HtmlReader.Tag t) {
            String name = t.name();
            noscript |= name.equals("noscript");
            boolean link = name.equals("a") || name.equals("area") || name.equals("link") && !fetches(t.attr("rel"));
            for (int i = 0; i < t.attributeCount(); i++) {
                attribute(t, name, link, t.attributeName(i), t.attributeValue(i));
            }
            if (name.equals("meta") && "refresh".equalsIgnoreCase(strip(t.attr("http-equiv")))) {
                String content = t.attr("content");
                if (content != null) {
                    report(t, "content", refreshUrl(content));
                }
            }
        }

        private void attribute(HtmlReader.Tag t, String name, boolean link, String attr, String value) {
            switch (attr) {
                case "src", "poster", "background", "lowsrc", "dynsrc", "manifest" -> report(t, attr, value);
                case "href", "xlink:href" -> {
                    if (!link) {
                        report(t, attr, value);
                    }
                }
                case "data" -> {
                    if (name.equals("object")) {
                        report(t, attr, value);
                    }
                }
                case "srcset", "imagesrcset", "ping", "attributionsrc" -> {
                    for (String u : value.split("[\\s,]+")) {
                        report(t, attr, u);
                    }
                    // A URL may hold commas: the candidate as srcset reads it, up to whitespace.
                    for (String u : value.split("\\s+")) {
                        report(t, attr, u.replaceAll(",+$", ""));
                    }
                }
                case "srcdoc" -> srcdoc(t, value);
                case "style" -> css(t, CssUrls.withStrings(value), "style attribute");
                default -> {
                    if (value.indexOf('(') >= 0 && !isText(attr)) {
                        css(t, CssUrls.urlFunctions(value), attr + " attribute");
                    }
                }
            }
        }

        private void srcdoc(HtmlReader.Tag t, String doc) {
            String what = "<" + t.name() + " srcdoc>";
            if (depth >= SRCDOC_DEPTH) {
                out.add(new Finding(where + what + " nested " + SRCDOC_DEPTH + " deep", "srcdoc", t.line()));
                return;
            }
            for (Finding f : check(doc, where + what + " ", depth + 1)) {
                out.add(new Finding(f.what(), f.url(), t.line()));
            }
        }

        private void css(HtmlReader.Tag t, List<CssUrls.Found> found, String what) {
            for (CssUrls.Found f : found) {
                add(where + f.kind() + " in " + what, f.url(), t.line(), out);
            }
        }

        private void report(HtmlReader.Tag t, String attr, String url) {
            add(where + "<" + t.name() + " " + attr + ">", url, t.line(), out);
        }

        @Override
        public void style(String css, int line) {
            int first = line - (int) css.chars().filter(c -> c == '\n').count();
            for (CssUrls.Found f : CssUrls.withStrings(css)) {
                add(where + f.kind() + " in <style>", f.url(), first + f.line(), out);
            }
        }
    }

    /**
     * Whether an attribute is only ever shown or read as text, never as CSS: its {@code url()} is
     * words. Every other attribute's {@code url()} counts, as SVG's presentation attributes
     * ({@code fill}, {@code mask}, {@code filter}, …) are CSS.
     */
    private static boolean isText(String attr) {
        return switch (attr) {
            case "title", "alt", "content", "value", "placeholder", "label", "summary", "abbr" -> true;
            default -> attr.startsWith("aria-") || attr.startsWith("data-");
        };
    }

    /** Whether a {@code link} with these relations fetches anything: unless every one is quiet. */
    private static boolean fetches(String rel) {
        if (rel == null) {
            return false;
        }
        for (String r : rel.toLowerCase(Locale.ROOT).split("[\\t\\n\\f\\r ]+")) {
            if (!r.isEmpty() && !QUIET_RELS.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The URL of a {@code meta} refresh, read as HTML's "shared declarative refresh steps" read it:
     * a delay, then {@code ;} or {@code ,}, then the URL, after an optional {@code url=} and in
     * optional quotes.
     */
    static String refreshUrl(String content) {
        int p = skipSpace(content, 0);
        while (p < content.length() && (Character.isDigit(content.charAt(p)) || content.charAt(p) == '.')) {
            p++;
        }
        p = skipSpace(content, p);
        if (p < content.length() && (content.charAt(p) == ';' || content.charAt(p) == ',')) {
            p = skipSpace(content, p + 1);
        }
        if (content.regionMatches(true, p, "url", 0, 3)) {
            int q = skipSpace(content, p + 3);
            if (q < content.length() && content.charAt(q) == '=') {
                p = skipSpace(content, q + 1);
            }
        }
        if (p < content.length() && (content.charAt(p) == '"' || content.charAt(p) == '\'')) {
            int end = content.indexOf(content.charAt(p), p + 1);
            return content.substring(p + 1, end < 0 ? content.length() : end);
        }
        return content.substring(p);
    }

    private static int skipSpace(String s, int p) {
        while (p < s.length() && " \t\n\f\r".indexOf(s.charAt(p)) >= 0) {
            p++;
        }
        return p;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private void add(String what, String url, int line, Collection<Finding> out) {
        if (hosts.outsideHost(url) != null) {
            out.add(new Finding(what, url.strip(), line));
        }
    }
}
