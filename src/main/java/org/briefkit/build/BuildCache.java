package org.briefkit.build;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.briefkit.diag.Diagnostic;
import org.briefkit.model.Entry;
import org.briefkit.render.Tracking;

/**
 * What one build leaves for the next, so that a rebuild after an edit does only the work the edit
 * needs: parsed files (reused unless the file changed), and for the last successful build its
 * configuration, a fingerprint of everything pages can read about each entry, collection and menu,
 * and every page with what it read. A rebuild re-renders a page only when something it read
 * changed, so its output equals a full build's, byte for byte (tested with random edit sequences).
 * The site kept here is what the preview server serves. Not thread-safe: one build at a time.
 */
public final class BuildCache {
    /** A parsed file: its entry (null when broken) and its problems. */
    record Parsed(Entry entry, List<Diagnostic> diagnostics) {
    }

    /** A rendered page: the template, what it read, its bytes, and its problems (privacy findings). */
    record Page(String template, Tracking.Deps deps, byte[] bytes, List<PrivacyHit> privacy) {
    }

    /** A privacy finding of a page, kept so an unchanged page reports it again. */
    record PrivacyHit(String file, org.briefkit.verify.PrivacyGuard.Finding finding) {
    }

    /**
     * The pages of a build, each with the renderer of its language, the static files, and the
     * problems found while planning; {@code jobs} is null when templates have errors.
     */
    record Plan(List<org.briefkit.render.PageJob> jobs, Map<org.briefkit.render.PageJob, org.briefkit.render.SiteRenderer> renderers,
                Map<String, byte[]> statics, List<Diagnostic> problems) {
    }

    final Map<String, Parsed> parsed = new HashMap<>();
    /** Per language, the resolved bodies of the last graph, reused where unchanged. */
    final Map<String, org.briefkit.graph.ResolvedBodies> bodies = new HashMap<>();
    /** Content files changed since they were last parsed. */
    final Set<String> dirtyContent = new HashSet<>();
    /** Templates (and static files, messages) changed since the last successful build. */
    final Set<String> changedTemplates = new HashSet<>();
    /** site.yml changed: parse everything again. */
    boolean configChanged = true;
    /** Render every page at the next successful build. */
    boolean renderAll = true;

    /** Parsed templates, kept while no template changes (null: load again). */
    org.briefkit.render.SiteRenderer.Templates templates;
    String templatesLang;
    /** The content listing of the last build, kept up to date from changed paths. */
    List<org.briefkit.source.SourceFile> listing;
    List<Diagnostic> listingProblems = List.of();

    /** The graphs of the last successful build (null after any other), which an edit of text alone may update. */
    List<org.briefkit.graph.SiteGraph> graphs;
    /** The problems the last graph build found (kept with it: an edit of text alone does not change them). */
    List<Diagnostic> linkProblems = List.of();
    /** The page plan of the last successful build (set with {@link #graphs}). */
    Plan plan;
    /** Prints of the last successful build (null before the first). */
    Prints prints;
    final Map<String, Page> pages = new HashMap<>();
    Map<String, byte[]> statics = Map.of();
    private volatile Map<String, byte[]> site = Map.of();
    /**
     * With {@link #lazyOutputs}: how to make the feeds, data files, search index and sitemaps of the
     * last successful build, until they are first asked for (null: made, or none pending).
     */
    private java.util.function.Supplier<Map<String, byte[]>> pendingOutputs;
    private boolean lazyOutputs;

    /**
     * Makes the generated outputs (feeds, data files, search index, sitemaps) only when one of them
     * is first asked for ({@link #outputs()}), not at every rebuild: for the preview, where a page
     * should show an edit at once and the search index of a large site takes seconds.
     */
    public BuildCache lazyOutputs() {
        lazyOutputs = true;
        return this;
    }

    boolean isLazyOutputs() {
        return lazyOutputs;
    }

    void pendingOutputs(java.util.function.Supplier<Map<String, byte[]>> outputs) {
        pendingOutputs = outputs;
    }

    /**
     * Makes the pending outputs of the last build and adds them to {@link #site()}; true when there
     * were any. Call between builds (not while one runs).
     */
    public boolean outputs() {
        if (pendingOutputs == null) {
            return false;
        }
        Map<String, byte[]> made = pendingOutputs.get();
        pendingOutputs = null;
        Map<String, byte[]> all = new TreeMap<>(made);
        all.putAll(statics);
        statics = all;
        publish();
        return true;
    }

    /** Files that changed (paths relative to the site folder, e.g. {@code content/themes/x.md}). */
    public void changed(Collection<String> paths) {
        for (String p : paths) {
            if (p.startsWith("content/")) {
                dirtyContent.add(p);
            } else if (p.startsWith("templates/")) {
                changedTemplates.add(p);
                if (!p.startsWith("templates/static/")) {
                    templates = null;
                }
            } else {
                configChanged = true;
            }
        }
    }

    /** Forget everything: the next build is a full one. */
    public void invalidateAll() {
        configChanged = true;
        templates = null;
        listing = null;
    }

    /** The site of the last successful build: output path to bytes. Thread-safe to read. */
    public Map<String, byte[]> site() {
        return site;
    }

    void publish() {
        Map<String, byte[]> all = new HashMap<>((statics.size() + pages.size()) * 4 / 3 + 1);
        all.putAll(statics);
        pages.forEach((file, page) -> all.put(file, page.bytes()));
        site = Collections.unmodifiableMap(all);
    }
}
