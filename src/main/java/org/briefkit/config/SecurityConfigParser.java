package org.briefkit.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Suggest;
import org.briefkit.yaml.ValueReader;
import org.briefkit.yaml.YMap;
import org.briefkit.yaml.YNode;
import org.briefkit.yaml.YScalar;

/**
 * Reads the {@code security} section of {@code site.yml}. The Content-Security-Policy can only be
 * added to, directive by directive, by naming each source it allows (never replaced by a string);
 * each addition, and a referrer policy or outside-link {@code rel} that tells other sites more, is
 * reported as a warning that says what it permits. Stateless.
 */
final class SecurityConfigParser {
    private static final Set<String> KEYS = Set.of("referrerPolicy", "outsideLinkRel", "contentSecurityPolicy");
    private static final Set<String> REFERRER = Set.of("no-referrer", "same-origin", "strict-origin", "origin",
            "strict-origin-when-cross-origin", "origin-when-cross-origin", "no-referrer-when-downgrade", "unsafe-url");
    private static final Map<String, String> DIRECTIVES = directives();
    private static final Set<String> KEYWORDS = Set.of("'self'", "'none'", "'unsafe-inline'", "'unsafe-eval'",
            "'unsafe-hashes'", "'wasm-unsafe-eval'", "'strict-dynamic'", "'report-sample'");
    private static final Pattern HASH = Pattern.compile("'sha(256|384|512)-[A-Za-z0-9+/_-]+={0,2}'");
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern HOST = Pattern.compile(
            "([a-zA-Z][a-zA-Z0-9+.-]*://)?(\\*|(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*)(:(\\d{1,5}|\\*))?(/[^\\s;,'\"]*)?");
    private static final Pattern REL = Pattern.compile("[a-z-]+( [a-z-]+)*");

    private SecurityConfigParser() {
    }

    /** What each directive governs, in words for the warnings. */
    private static Map<String, String> directives() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("default-src", "files of every kind");
        m.put("script-src", "scripts");
        m.put("style-src", "stylesheets");
        m.put("img-src", "images");
        m.put("font-src", "fonts");
        m.put("media-src", "audio and video");
        m.put("connect-src", "requests made by scripts");
        m.put("frame-src", "frames");
        m.put("child-src", "frames and workers");
        m.put("worker-src", "workers");
        m.put("manifest-src", "web app manifests");
        m.put("object-src", "plug-in content (<object>, <embed>)");
        m.put("form-action", "form submissions");
        m.put("base-uri", "<base> elements");
        return m;
    }

    static SecurityConfig parse(YNode node, ValueReader read, List<Diagnostic> problems) {
        SecurityConfig defaults = SecurityConfig.defaults();
        if (node == null || node instanceof YScalar s && s.isNull()) {
            return defaults;
        }
        if (!(node instanceof YMap map)) {
            read.error(node, "'security' must be a map of settings", "settings: " + String.join(", ", KEYS.stream().sorted().toList()));
            return defaults;
        }
        for (YMap.Field f : map.fields().values()) {
            if (!KEYS.contains(f.key())) {
                problems.add(read.source().error(f.keyLine(), f.keyColumn(), "unknown security setting '" + f.key() + "'"
                        + Suggest.didYouMean(f.key(), KEYS)).withHint("settings: " + String.join(", ", KEYS.stream().sorted().toList())));
            }
        }
        String referrer = referrer(map.get("referrerPolicy"), read, defaults.referrerPolicy());
        String rel = rel(map.get("outsideLinkRel"), read, defaults.outsideLinkRel());
        return new SecurityConfig(referrer, rel, additions(map.get("contentSecurityPolicy"), read, problems));
    }

    private static String referrer(YNode node, ValueReader read, String fallback) {
        String value = node == null ? null : read.text(node, "referrerPolicy");
        if (value == null) {
            return fallback;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!REFERRER.contains(v)) {
            read.error(node, "'" + value + "' is not a referrer policy" + Suggest.didYouMean(v, REFERRER),
                    "no-referrer (the default) tells other sites nothing; strict-origin tells them the site's address only");
            return fallback;
        }
        switch (v) {
            case "no-referrer", "same-origin" -> {
            }
            case "strict-origin", "origin", "strict-origin-when-cross-origin", "origin-when-cross-origin" -> read.warning(node,
                    "referrerPolicy " + v + ": sites that readers go to from a page learn the site's address (not the page's)", "");
            default -> read.warning(node, "referrerPolicy " + v
                    + ": sites that readers go to from a page learn the page's full address, which can tell what they read", "");
        }
        return v;
    }

    private static String rel(YNode node, ValueReader read, String fallback) {
        String value = node == null ? null : read.text(node, "outsideLinkRel");
        if (value == null) {
            return fallback;
        }
        String v = value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (!v.isEmpty() && !REL.matcher(v).matches()) {
            read.error(node, "'" + value + "' is not a list of link relations", "for example: noopener noreferrer");
            return fallback;
        }
        if (!List.of(v.split(" ")).contains("noreferrer")) {
            read.warning(node, "outsideLinkRel without noreferrer: links to other sites do not ask the browser to keep the page's "
                    + "address from them (the referrer policy still applies)", "");
        }
        return v;
    }

    private static Map<String, List<String>> additions(YNode node, ValueReader read, List<Diagnostic> problems) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node == null || node instanceof YScalar s && s.isNull()) {
            return out;
        }
        if (!(node instanceof YMap map)) {
            read.error(node, "'contentSecurityPolicy' must be a map of directives to the sources each adds",
                    "for example: img-src: [https://media.example.org]");
            return out;
        }
        for (YMap.Field f : map.fields().values()) {
            String directive = f.key().toLowerCase(Locale.ROOT);
            if (!DIRECTIVES.containsKey(directive)) {
                problems.add(read.source().error(f.keyLine(), f.keyColumn(), "'" + f.key() + "' is not a directive a site "
                        + "can add to" + Suggest.didYouMean(directive, DIRECTIVES.keySet()))
                        .withHint("directives: " + String.join(", ", DIRECTIVES.keySet())));
                continue;
            }
            List<String> sources = new ArrayList<>();
            for (YScalar s : read.scalars(f.value(), directive)) {
                String source = source(s, read);
                if (source != null) {
                    sources.add(source);
                    read.warning(s, "the Content-Security-Policy is loosened: " + directive + " allows " + source + ": "
                            + permits(directive, source), "");
                }
            }
            out.put(directive, sources);
        }
        return out;
    }

    /** A source as CSP writes it ({@code self} may be written without its quotes), or null when it is not one. */
    private static String source(YScalar s, ValueReader read) {
        String v = s.text().strip();
        String quoted = v.startsWith("'") ? v.toLowerCase(Locale.ROOT) : "'" + v.toLowerCase(Locale.ROOT) + "'";
        if (KEYWORDS.contains(quoted)) {
            return quoted;
        }
        if (HASH.matcher(v).matches() || SCHEME.matcher(v).matches() || HOST.matcher(v).matches()) {
            return v;
        }
        String hint = v.startsWith("'nonce-") ? "a static site cannot use nonces; name a hash ('sha256-…') or a file of the site"
                : "a source is a host (media.example.org, https://*.example.org), a scheme (data:), 'self', "
                + "'unsafe-inline' or a hash ('sha256-…'), one per list item";
        read.error(s, (v.startsWith("'") ? v : "'" + v + "'") + " is not a Content-Security-Policy source", hint);
        return null;
    }

    /** What adding {@code source} to {@code directive} lets pages do, in words. */
    private static String permits(String directive, String source) {
        String what = DIRECTIVES.get(directive);
        return switch (source) {
            case "'unsafe-inline'" -> directive.equals("style-src") ? "style attributes and <style> elements apply"
                    : "inline scripts, event handlers and javascript: links run, also any in raw HTML in content";
            case "'unsafe-eval'", "'wasm-unsafe-eval'" -> "scripts may run text as code";
            case "'self'" -> what + " from the site itself";
            case "'none'" -> "nothing";
            case "*" -> what + " from any host: readers' browsers may contact any site";
            default -> source.startsWith("'sha") ? "the inline code with that hash runs"
                    : source.startsWith("'") ? what + " as " + source + " allows"
                    : source.endsWith(":") ? what + " from any URL with that scheme" + (source.startsWith("http")
                    ? ": readers' browsers may contact any site" : "")
                    : what + " from " + source + ": readers' browsers may contact that host";
        };
    }
}
