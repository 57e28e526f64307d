package org.briefkit.verify;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefkit.diag.Diagnostic;
import org.briefkit.render.BodyLinks;

/**
 * Checks a built site folder, as a reader's browser would follow it: every relative link and
 * resource in every page and stylesheet must name a file inside the folder (a folder link needs its
 * {@code index.html}), and every {@code #fragment} must name an element ID on the target page.
 * Links to other sites are not followed (the check works offline). Problems are diagnostics with the
 * page and line. Stateless; one check per call.
 */
public final class LinkChecker {
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private LinkChecker() {
    }

    private record Link(String url, int line, String what) {
    }

    /**
     * Checks the site in {@code root}; {@code display} is how to name the folder in messages
     * (e.g. {@code site/}).
     */
    public static List<Diagnostic> check(Path root, String display) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Set<String> files = new HashSet<>();
        Map<String, List<Link>> links = new TreeMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                String rel = base.relativize(p).toString().replace('\\', '/');
                files.add(rel);
                if (rel.endsWith(".html") || rel.endsWith(".htm")) {
                    scanPage(rel, Files.readString(p, StandardCharsets.UTF_8), links, ids);
                } else if (rel.endsWith(".css")) {
                    scanCss(rel, Files.readString(p, StandardCharsets.UTF_8), links);
                }
            }
        }
        Map<String, String> byLowerCase = new HashMap<>();
        new TreeSet<>(files).forEach(f -> byLowerCase.putIfAbsent(f.toLowerCase(Locale.ROOT), f));
        List<Diagnostic> problems = new ArrayList<>();
        links.forEach((page, list) -> {
            for (Link l : list) {
                String problem = problem(page, l.url(), files, ids);
                if (problem != null && problem.startsWith("broken link")) {
                    problem += otherCase(page, l.url(), byLowerCase);
                }
                if (problem != null) {
                    problems.add(Diagnostic.error(display + page, l.line(), 0, problem + " (" + l.what() + ")"));
                }
            }
        });
        return problems;
    }

    private static void scanPage(String page, String html, Map<String, List<Link>> links, Map<String, Set<String>> ids) {
        List<Link> out = new ArrayList<>();
        Set<String> pageIds = new HashSet<>();
        // Scripting off: links in a noscript are followed by readers without JavaScript.
        HtmlReader.read(html, false, new HtmlReader.Visitor() {
            @Override
            public void tag(HtmlReader.Tag t) {
                String id = t.attr("id");
                if (id != null) {
                    pageIds.add(id);
                }
                if (t.name().equals("a") && t.attr("name") != null) {
                    pageIds.add(t.attr("name"));
                }
                for (String attr : new String[] {"href", "src", "poster", "data"}) {
                    String v = t.attr(attr);
                    if (v != null && !(t.name().equals("link") && isAbsolute(v))) {
                        out.add(new Link(v, t.line(), "<" + t.name() + " " + attr + ">"));
                    }
                }
                String srcset = t.attr("srcset");
                if (srcset != null) {
                    for (String c : srcset.split(",")) {
                        out.add(new Link(c.trim().split("\\s+")[0], t.line(), "<" + t.name() + " srcset>"));
                    }
                }
            }

            @Override
            public void style(String css, int line) {
                cssLinks(css, line - (int) css.chars().filter(c -> c == '\n').count(), out);
            }
        });
        links.put(page, out);
        ids.put(page, pageIds);
    }

    private static void scanCss(String file, String css, Map<String, List<Link>> links) {
        List<Link> out = new ArrayList<>();
        cssLinks(css, 1, out);
        links.put(file, out);
    }

    private static void cssLinks(String css, int firstLine, List<Link> out) {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            int line = firstLine;
            for (int k = 0; k < m.start(); k++) {
                if (css.charAt(k) == '\n') {
                    line++;
                }
            }
            out.add(new Link(m.group(2), line, "url()"));
        }
    }

    private static boolean isAbsolute(String url) {
        String u = url.strip();
        return u.startsWith("//") || SCHEME.matcher(u).find();
    }

    /** What is wrong with {@code url} on {@code page}, or null when it resolves. */
    private static String problem(String page, String url, Set<String> files, Map<String, Set<String>> ids) {
        String u = url.strip();
        if (u.isEmpty() || isAbsolute(u)) {
            return null;
        }
        String fragment = null;
        int hash = u.indexOf('#');
        if (hash >= 0) {
            fragment = u.substring(hash + 1);
            u = u.substring(0, hash);
        }
        int query = u.indexOf('?');
        if (query >= 0) {
            u = u.substring(0, query);
        }
        String target;
        if (u.isEmpty()) {
            target = page;
        } else {
            String decoded;
            try {
                decoded = URLDecoder.decode(u.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return "malformed link " + url;
            }
            String dir = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
            target = BodyLinks.normalise(decoded.startsWith("/") ? decoded.substring(1) : dir + decoded);
            if (target == null) {
                return "link leads outside the site: " + url;
            }
            if (target.isEmpty() || target.endsWith("/")) {
                target = target + "index.html";
            } else if (!files.contains(target) && files.contains(target + "/index.html")) {
                return "link to a folder without index.html: " + url + " (works on a web server, not from disk)";
            }
            if (!files.contains(target)) {
                return "broken link: " + url + " (no file " + target + ")";
            }
        }
        if (fragment != null && !fragment.isEmpty() && ids.containsKey(target)) {
            String f = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (!ids.get(target).contains(f) && !f.equals("top")) {
                return "missing fragment: " + url + " (" + target + " has no element with id \"" + f + "\")";
            }
        }
        return null;
    }

    /**
     * "; did you mean '…'?" when the target of {@code url} on {@code page} exists in another case
     * (a link written in Markdown with the wrong case), else "".
     */
    private static String otherCase(String page, String url, Map<String, String> byLowerCase) {
        String u = url.strip().replaceAll("[?#].*", "");
        String decoded = URLDecoder.decode(u.replace("+", "%2B"), StandardCharsets.UTF_8);
        String dir = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
        String target = BodyLinks.normalise(decoded.startsWith("/") ? decoded.substring(1) : dir + decoded);
        if (target == null) {
            return "";
        }
        boolean folder = target.isEmpty() || decoded.endsWith("/");
        String index = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target + "/index.html";
        String found = byLowerCase.get((folder ? index : target).toLowerCase(Locale.ROOT));
        if (found == null && !folder) {
            found = byLowerCase.get(index.toLowerCase(Locale.ROOT));
            folder = found != null;
        }
        if (found == null) {
            return "";
        }
        String shown = folder ? found.substring(0, found.length() - "index.html".length()) : found;
        return "; did you mean '" + (decoded.startsWith("/") ? "/" + shown : BodyLinkCheck.relative(dir, shown)) + "'?";
    }
}
