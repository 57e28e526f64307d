package org.briefkit.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.config.SiteConfig;
import org.briefkit.model.Body;
import org.briefkit.model.LocalLink;
import org.briefkit.text.Html;

/**
 * Where a link written in Markdown to a path of the site ({@link LocalLink}) leads, and how a page
 * writes it. Rules (docs/content.md, "Links in Markdown"):
 * <ul>
 *   <li>a relative target ({@code ../b/}) is read from the folder of the page the body belongs to;
 *       a site-absolute one ({@code /notes/b/}) from the site root, and in a language's tree
 *       ({@code /es/…}) first from that tree's folder: {@code /notes/b/} on a Spanish page is
 *       {@code /es/notes/b/} when the build writes it;</li>
 *   <li>a target that is a page's folder ({@code /notes/b/} or {@code /notes/b}) is written as the
 *       site's {@code links} setting says ({@code notes/b/index.html}, or {@code notes/b/}); a file
 *       stays as it is; paths keep the case they are written in;</li>
 *   <li>the link is written from the site root ({@link Body#ROOT}), so it works from disk and from
 *       any sub-path, on whatever page shows the body;</li>
 *   <li>a target that exists only in another case leads there, and is reported; a target that does
 *       not exist is written as it was and is reported.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class BodyLinks {
    /** What a target is. */
    public enum Kind { PAGE, FILE, OTHER_CASE, MISSING, OUTSIDE }

    /**
     * A resolved target. {@code path}: what to write after the root mark, percent-encoded, with the
     * query and fragment (null for {@link Kind#OUTSIDE}); {@code tried}: the path looked for,
     * decoded (the literal one when a language tree's was tried first, or nothing was found);
     * {@code found}: the page's folder or the file found, decoded (null when none was).
     */
    public record Target(Kind kind, String path, String tried, String found) {
        /** Whether the target is a page or file, in the case it is written in. */
        public boolean exists() {
            return kind == Kind.PAGE || kind == Kind.FILE;
        }
    }

    private final SiteConfig config;
    private final SitePaths paths;
    /** The folders of the language trees that have one ({@code es/}). */
    private final List<String> folders;

    public BodyLinks(SiteConfig config, SitePaths paths) {
        this.config = config;
        this.paths = paths;
        List<String> f = new ArrayList<>();
        for (String lang : config.languages()) {
            if (!config.languageFolder(lang).isEmpty()) {
                f.add(config.languageFolder(lang));
            }
        }
        this.folders = List.copyOf(f);
    }

    public SitePaths paths() {
        return paths;
    }

    /**
     * Where {@code url} (as in {@link LocalLink#url()}) leads from a body of the page folder
     * {@code folder}, in the language tree whose folder is {@code prefix} ("" or {@code es/}).
     */
    public Target resolve(String url, String folder, String prefix) {
        int cut = cut(url);
        String path = url.substring(0, cut);
        String suffix = url.substring(cut);
        List<String> candidates = new ArrayList<>(2);
        if (path.startsWith("/")) {
            String p = path.substring(1);
            if (!prefix.isEmpty() && folders.stream().noneMatch(p::startsWith)) {
                candidates.add(prefix + p);
            }
            candidates.add(p);
        } else {
            String p = normalise(folder + path);
            if (p == null) {
                return new Target(Kind.OUTSIDE, null, folder + path, null);
            }
            candidates.add(p);
        }
        for (String c : candidates) {
            Target t = existing(c, suffix);
            if (t != null) {
                return t;
            }
        }
        String literal = candidates.get(candidates.size() - 1);
        for (String c : candidates) {
            String d = decode(c);
            String other = d == null ? null : paths.inOtherCase(d);
            if (other == null && d != null && !d.isEmpty() && !d.endsWith("/")) {
                other = paths.inOtherCase(d + "/");
            }
            if (other != null) {
                String written = Escaping.percentEncodeUrl(other);
                return new Target(Kind.OTHER_CASE, other.endsWith("/") || other.isEmpty() ? page(written) + suffix
                        : written + suffix, decodedOr(literal), other);
            }
        }
        return new Target(Kind.MISSING, literal + suffix, decodedOr(literal), null);
    }

    /** The page or file {@code c} (encoded) names, or null. */
    private Target existing(String c, String suffix) {
        String d = decode(c);
        if (d == null) {
            return null;
        }
        if (d.isEmpty() || d.endsWith("/")) {
            return paths.isPage(d) ? new Target(Kind.PAGE, page(c) + suffix, d, d) : null;
        }
        if (paths.isFile(d)) {
            return new Target(Kind.FILE, c + suffix, d, d);
        }
        return paths.isPage(d + "/") ? new Target(Kind.PAGE, page(c + "/") + suffix, d + "/", d + "/") : null;
    }

    /** A page's folder as the site's links name it. */
    private String page(String folder) {
        if (config.linkStyle() == SiteConfig.LinkStyle.FILE) {
            return folder + "index.html";
        }
        return folder.isEmpty() ? "./" : folder;
    }

    /**
     * The attribute text for a link placeholder holding {@code escaped} (as in the HTML), on a page
     * of the body of {@code folder} in the tree {@code prefix}: from the root mark where the target
     * was found (in any case), else as written. Records the collections whose pages it looked for,
     * so that a page is rendered again when they change.
     */
    public String write(String escaped, String folder, String prefix) {
        String url = escaped.replace("&amp;", "&");
        Target t = resolve(url, folder, prefix);
        if (t.kind() == Kind.OUTSIDE) {
            return escaped;
        }
        touch(t.tried());
        if (t.kind() == Kind.MISSING && !url.startsWith("/")) {
            return escaped;
        }
        if (!prefix.isEmpty() && url.startsWith("/")) {
            touch(decodedOr(prefix + url.substring(1)));
        }
        return Body.ROOT + Html.escapeAsFlexmark(t.path());
    }

    /** How a placeholder is written when the site's pages are not known: site-absolute from the root, others as written. */
    public static String asWritten(String escaped) {
        return escaped.startsWith("/") ? Body.ROOT + escaped.substring(1) : escaped;
    }

    /** Records the collection listing a path is in, in its language's tree (adding or removing an entry changes it). */
    private void touch(String path) {
        String lang = config.languageFolder(config.defaultLanguage()).isEmpty() ? config.defaultLanguage() : null;
        String rest = path;
        for (String l : config.languages()) {
            String f = config.languageFolder(l);
            if (!f.isEmpty() && path.startsWith(f)) {
                lang = l;
                rest = path.substring(f.length());
            }
        }
        int slash = rest.indexOf('/');
        String collection = slash < 0 ? rest : rest.substring(0, slash);
        if (lang != null && config.collection(collection) != null) {
            Tracking.touchCollection(lang + ":" + collection);
        }
    }

    /** Where the path of {@code url} ends: at its query or fragment. */
    private static int cut(String url) {
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) == '?' || url.charAt(i) == '#') {
                return i;
            }
        }
        return url.length();
    }

    /** {@code path} percent-decoded ({@code +} stays a plus), or null when it is malformed. */
    public static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String decodedOr(String path) {
        String d = decode(path);
        return d == null ? path : d;
    }

    /**
     * Resolves "." and ".." segments (and drops empty ones); null when the path climbs above the
     * root. A path that ends in a folder keeps its {@code /}.
     */
    public static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String s : path.split("/")) {
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!s.isEmpty() && !s.equals(".")) {
                parts.add(s);
            }
        }
        String joined = String.join("/", parts);
        boolean folder = path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..") || path.equals(".") || path.equals("..");
        return folder && !joined.isEmpty() ? joined + "/" : joined;
    }
}
