package org.briefkit.outputs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;

/**
 * The names of the generated files, known before they are made, so that a link written in Markdown
 * to one of them ({@code /feed.xml}, {@code /data/proposals.json}) counts as a link to a file that
 * exists: per language tree, {@code feed.xml} and each theme's feed ({@link Feeds}), a data file per
 * collection and {@code data/graph.json} ({@link DataExport}), the search index's files; the
 * sitemaps ({@link Sitemap}) and {@code site.zip}, which counts whether or not this build makes it:
 * {@code check} cannot know whether the site is published with {@code --zip}, and a false error would
 * make it useless for a site that is. {@code OutputPathsTest} checks the rule against every file a
 * build makes. Immutable and thread-safe.
 */
public final class OutputPaths implements Predicate<String> {
    private static final Pattern SEARCH = Pattern.compile("search/(manifest|[div]\\d+)\\.js");

    private final Set<String> exact = new HashSet<>();
    private final List<String> prefixes;

    private OutputPaths(List<SiteGraph> graphs) {
        this.prefixes = graphs.stream().map(SiteGraph::prefix).toList();
        for (SiteGraph g : graphs) {
            String p = g.prefix();
            exact.add(p + "feed.xml");
            exact.add(p + "data/graph.json");
            g.collectionNames().forEach(c -> exact.add(p + "data/" + c + ".json"));
            if (g.config().collection("themes") != null && g.config().collection("talking-points") != null) {
                for (SiteEntry theme : g.collection("themes")) {
                    exact.add(theme.path() + "feed.xml");
                }
            }
            if (!g.config().baseUrl().isEmpty()) {
                exact.add("sitemap.xml");
                exact.add(graphs.size() == 1 ? "sitemap.xml" : p.isEmpty() ? "sitemap-" + g.lang() + ".xml" : p + "sitemap.xml");
            }
        }
        exact.add("site.zip");
    }

    /** The generated files of a build of {@code graphs}. */
    public static OutputPaths of(List<SiteGraph> graphs) {
        return new OutputPaths(graphs);
    }

    /** Whether the build generates the file {@code path} (relative to the site root). */
    @Override
    public boolean test(String path) {
        if (exact.contains(path)) {
            return true;
        }
        for (String p : prefixes) {
            if (path.startsWith(p) && SEARCH.matcher(path).region(p.length(), path.length()).matches()) {
                return true;
            }
        }
        return false;
    }
}
