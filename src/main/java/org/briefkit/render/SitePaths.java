package org.briefkit.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The paths a build writes, as links in bodies need them: every page ({@code x/index.html}) and
 * static file, and the generated files (feeds, data, search, sitemaps), which are only known by
 * their names' rule. Paths are relative to the site root, decoded, with {@code /} between folders.
 * Immutable and thread-safe (the index by lower case is made at most a few times over, each the same).
 */
public final class SitePaths {
    private static final String INDEX = "index.html";

    private final Set<String> files;
    private final Predicate<String> generated;
    /**
     * Lower-case path to path, for every file and every page's folder ({@code notes/b/}); made when
     * first asked for (only a link that leads nowhere needs it).
     */
    private volatile Map<String, String> byLowerCase;

    /** The pages and static files in {@code files}; the generated files by {@code generated}. */
    public SitePaths(Collection<String> files, Predicate<String> generated) {
        this.files = Set.copyOf(files);
        this.generated = generated;
    }

    private Map<String, String> byLowerCase() {
        Map<String, String> m = byLowerCase;
        if (m == null) {
            m = new HashMap<>();
            // In sorted order, so that of two paths that differ only in case the same one is named every time.
            for (String f : new TreeSet<>(files)) {
                m.putIfAbsent(f.toLowerCase(Locale.ROOT), f);
                if (f.equals(INDEX) || f.endsWith("/" + INDEX)) {
                    String folder = f.substring(0, f.length() - INDEX.length());
                    m.putIfAbsent(folder.toLowerCase(Locale.ROOT), folder);
                }
            }
            byLowerCase = m;
        }
        return m;
    }

    /** Whether the build writes the file {@code path} (a page's {@code index.html}, a static or a generated file). */
    public boolean isFile(String path) {
        return files.contains(path) || generated.test(path);
    }

    /** Whether {@code folder} ("" for the root, else ending in {@code /}) is the folder of a page. */
    public boolean isPage(String folder) {
        return files.contains(folder + INDEX);
    }

    /** The path of a page's folder or a page or static file that differs from {@code path} only in case, or null. */
    public String inOtherCase(String path) {
        String found = byLowerCase().get(path.toLowerCase(Locale.ROOT));
        return found == null || found.equals(path) ? null : found;
    }

    /** The folders of the pages and the other files (static files), sorted: what a link may name. */
    public List<String> linkable() {
        List<String> out = new ArrayList<>();
        for (String f : files) {
            out.add(f.equals(INDEX) || f.endsWith("/" + INDEX) ? f.substring(0, f.length() - INDEX.length()) : f);
        }
        out.sort(null);
        return out;
    }
}
