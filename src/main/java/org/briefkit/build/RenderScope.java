package org.briefkit.build;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefkit.graph.SiteEntry;
import org.briefkit.render.PageJob;
import org.briefkit.render.Tracking;

/**
 * Which pages a build renders, and which it takes unchanged from the cache's last successful
 * build: a page is rendered again when something it read changed (its template, an aspect of an
 * entry, a collection listing, the menus). With a cache that keeps nothing every page is rendered
 * and nothing is tracked. Immutable; thread-safe.
 */
final class RenderScope {
    private final BuildCache cache;
    private final boolean all;
    private final Set<String> templates;
    private final Set<String> entries;
    private final Set<String> collections;
    private final boolean menus;

    private RenderScope(BuildCache cache, boolean all, Set<String> templates, Set<String> entries, Set<String> collections,
                        boolean menus) {
        this.cache = cache;
        this.all = all;
        this.templates = templates;
        this.entries = entries;
        this.collections = collections;
        this.menus = menus;
    }

    /**
     * The scope of this build: every page without a cache; after an edit of text alone (the last
     * graph kept), the pages that read the changed bodies; else the pages whose reads differ
     * between the last build's {@link Prints} and {@code prints}, now.
     */
    static RenderScope of(BuildCache cache, Linking.Result linked, Prints prints, List<PageJob> jobs) {
        if (!cache.keeps()) {
            return new RenderScope(cache, true, Set.of(), Set.of(), Set.of(), false);
        }
        if (linked.reusedGraph()) {
            Set<String> keys = new HashSet<>();
            linked.bodiesReplaced().forEach(se -> keys.add(Tracking.key(se, Tracking.Aspect.BODY)));
            return new RenderScope(cache, false, Set.of(), keys, Set.of(), false);
        }
        return since(cache, prints, jobs);
    }

    private static RenderScope since(BuildCache cache, Prints prints, List<PageJob> jobs) {
        Set<String> pageTemplates = new HashSet<>();
        jobs.forEach(j -> pageTemplates.add("templates/" + j.template()));
        Set<String> templates = new HashSet<>();
        boolean other = false;
        for (String t : cache.changedTemplates()) {
            if (pageTemplates.contains(t)) {
                templates.add(t.substring("templates/".length()));
            } else if (!t.startsWith(PagePlanner.STATIC + "/")) {
                other = true;
            }
        }
        Prints before = cache.prints();
        if (cache.renderAll() || before == null || other) {
            return new RenderScope(cache, true, templates, Set.of(), Set.of(), false);
        }
        return new RenderScope(cache, false, templates, prints.changedEntries(before.entries),
                prints.changedCollections(before.collections), !prints.menus.equals(before.menus));
    }

    /** The page of the last build for {@code job}, when nothing it read changed; null: render it. */
    BuildCache.Page kept(PageJob job) {
        BuildCache.Page old = cache.page(job.file());
        return old != null && !mustRender(job, old) ? old : null;
    }

    /** A record of what a page reads, or null when pages are not tracked (nothing is kept). */
    Tracking.Deps tracker() {
        return cache.keeps() ? new Tracking.Deps() : null;
    }

    private boolean mustRender(PageJob job, BuildCache.Page old) {
        if (all || !old.template().equals(job.template()) || templates.contains(job.template()) || old.deps() == null) {
            return true;
        }
        Tracking.Deps d = old.deps();
        if (menus && d.readMenus()) {
            return true;
        }
        return meets(d.collections(), collections) || meets(d.entries(), entries);
    }

    /** Whether the sets share an element; looks up the smaller set's elements in the larger. */
    private static boolean meets(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String x : small) {
            if (large.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
