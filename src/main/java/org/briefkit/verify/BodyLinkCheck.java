package org.briefkit.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Suggest;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.model.LocalLink;
import org.briefkit.render.BodyLinks;

/**
 * Checks, during the build, every link written in Markdown to a path of the site: it must lead to a
 * page or a file the build writes (pages, static files, generated files). Each problem is an error
 * at the target's line and column (a warning with {@code --lenient}), with "did you mean" for a page
 * written as its Markdown file ({@code ../b.md}) or a close path. A link that differs from its target
 * only in case is a warning: it is published leading there. Each file's links are checked in its own
 * language's tree. Stateless; one check per call.
 */
public final class BodyLinkCheck {
    /** How many missing targets get a "did you mean" by edit distance (each compares with the paths of a folder). */
    private static final int MAX_SUGGESTIONS = 100;

    private final BodyLinks links;
    private final boolean lenient;
    /** The pages' folders and files of the site by the folder they are in: folder, then name, then path. Made when first needed. */
    private Map<String, Map<String, String>> byFolder;
    private int suggestions;

    private BodyLinkCheck(BodyLinks links, boolean lenient) {
        this.links = links;
        this.lenient = lenient;
    }

    /** The problems of the links in the bodies of {@code graphs}, whose paths {@code links} knows. */
    public static List<Diagnostic> check(List<SiteGraph> graphs, BodyLinks links, boolean lenient) {
        BodyLinkCheck check = new BodyLinkCheck(links, lenient);
        List<Diagnostic> problems = new ArrayList<>();
        for (SiteGraph g : graphs) {
            List<SiteEntry> entries = new ArrayList<>(g.entries());
            for (String c : g.collectionNames()) {
                entries.add(g.section(c));
            }
            entries.add(g.section(""));
            for (SiteEntry se : entries) {
                if (se != null && !se.fallback()) {
                    List<LocalLink> all = new ArrayList<>(se.entry().body().links());
                    se.entry().markdown().values().forEach(field -> all.addAll(field.links()));
                    for (LocalLink l : all) {
                        Diagnostic d = check.problem(se, g.prefix(), l);
                        if (d != null) {
                            problems.add(d);
                        }
                    }
                }
            }
        }
        return problems;
    }

    private Diagnostic problem(SiteEntry se, String prefix, LocalLink l) {
        BodyLinks.Target t = links.resolve(l.url(), se.path(), prefix);
        String path = se.entry().path();
        String link = "link to '" + l.url() + "'";
        Diagnostic d = switch (t.kind()) {
            case PAGE, FILE -> null;
            case OUTSIDE -> Diagnostic.error(path, l.line(), l.column(), link + " leads outside the site")
                    .withHint("a relative link starts from the page's folder, " + (se.path().isEmpty() ? "the site root" : se.path()));
            // Only the case differs: the page meant is certain, so the link is written to it and the
            // editor is told (web servers are case-sensitive; a toolkit from a case-blind host relies on it).
            case OTHER_CASE -> {
                String written = asWritten(l.url(), t.found(), se.path(), prefix);
                yield Diagnostic.warning(path, l.line(), l.column(), link + " differs in case from the page or file it"
                        + " leads to; it is published as '" + written + "'")
                        .withHint("paths are case-sensitive on web servers; an entry's URL is its ID in lower case")
                        .withSuggestion(written);
            }
            case MISSING -> missing(se, prefix, l, t, path, link);
        };
        return d == null ? null : d.lenientIf(lenient);
    }

    private Diagnostic missing(SiteEntry se, String prefix, LocalLink l, BodyLinks.Target t, String path, String link) {
        String near = markdownFile(l.url(), t.tried(), se.path());
        if (near == null && suggestions++ < MAX_SUGGESTIONS) {
            near = beside(t.tried());
        }
        String message = link + " leads to no page or file of the site (" + t.tried() + ")"
                + (near == null ? "" : "; did you mean '" + asWritten(l.url(), near, se.path(), prefix) + "'?");
        return Diagnostic.error(path, l.line(), l.column(), message)
                .withHint("link to an entry with [[ID]] (checked, and its title as the text); files belong in templates/static/");
    }

    /**
     * A page or file in the folder of {@code path} whose name is close to its name (a typo: the
     * rule of {@link Suggest#closest}), or null.
     */
    private String beside(String path) {
        if (byFolder == null) {
            byFolder = new HashMap<>();
            for (String p : links.paths().linkable()) {
                String[] split = split(p);
                byFolder.computeIfAbsent(split[0], k -> new TreeMap<>()).put(split[1], p);
            }
        }
        String[] split = split(path);
        Map<String, String> names = byFolder.getOrDefault(split[0], Map.of());
        String name = Suggest.closest(split[1], names.keySet());
        return name == null ? null : names.get(name);
    }

    /** A path's folder and its name without a final {@code /}: {@code notes/b/} → {@code notes/}, {@code b}. */
    private static String[] split(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = p.lastIndexOf('/');
        return new String[] {p.substring(0, slash + 1), p.substring(slash + 1)};
    }

    /**
     * The page of a link written to a Markdown file ({@code b.md}, {@code ../b.md} or
     * {@code /notes/b.md}, as other generators' content links to its files): read from the page's
     * folder or, for a relative link, from the folder of the file the page comes from (the
     * collection's); null when it is not such a link or there is no such page.
     */
    private String markdownFile(String url, String tried, String folder) {
        String path = url.replaceAll("[?#].*", "");
        if (!path.endsWith(".md") || BodyLinks.decode(path) == null) {
            return null;
        }
        List<String> pages = new ArrayList<>(List.of(tried.substring(0, tried.length() - 3) + "/"));
        String parent = folder.isEmpty() ? null : folder.substring(0, folder.lastIndexOf('/', folder.length() - 2) + 1);
        if (!path.startsWith("/") && parent != null) {
            String besideFile = BodyLinks.normalise(parent + BodyLinks.decode(path));
            if (besideFile != null) {
                pages.add(besideFile.substring(0, besideFile.length() - 3) + "/");
            }
        }
        for (String page : pages) {
            String found = links.paths().isPage(page) ? page : links.paths().inOtherCase(page);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * {@code found} (a path from the site root) as the author would write it in {@code url}'s
     * style: from the root for a site-absolute link (without the language folder the link gets
     * anyway), else relative to the folder of the page.
     */
    static String asWritten(String url, String found, String folder, String prefix) {
        if (url.startsWith("/")) {
            boolean own = !prefix.isEmpty() && found.startsWith(prefix) && !url.startsWith("/" + prefix);
            return "/" + (own ? found.substring(prefix.length()) : found);
        }
        return relative(folder, found);
    }

    /** The relative path from page folder {@code from} to {@code to} (both from the site root). */
    static String relative(String from, String to) {
        List<String> a = segments(from);
        String[] b = to.split("/", -1);
        int common = 0;
        while (common < a.size() && common < b.length - 1 && a.get(common).equals(b[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder("../".repeat(a.size() - common));
        for (int k = common; k < b.length; k++) {
            sb.append(b[k]).append(k < b.length - 1 ? "/" : "");
        }
        return sb.isEmpty() ? "./" : sb.toString();
    }

    private static List<String> segments(String folder) {
        List<String> out = new ArrayList<>();
        for (String s : folder.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
