package org.briefkit.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Diagnostics;
import org.briefkit.graph.SiteGraph;
import org.briefkit.outputs.OutputPaths;
import org.briefkit.render.BodyLinks;
import org.briefkit.render.Languages;
import org.briefkit.render.PageJob;
import org.briefkit.render.SiteRenderer;
import org.briefkit.render.SitePaths;
import org.briefkit.source.SiteSource;
import org.briefkit.source.SourceFile;
import org.briefkit.verify.PrivacyGuard;

/**
 * Plans the pages of a build: the templates (kept by the cache while none changes), every page of
 * every language with its renderer, and the static files of the theme overlaid with the site's.
 * Static files that clash with a page, and stylesheets that load from other hosts, are problems of
 * the plan. Stateless apart from what it is given.
 */
final class PagePlanner {
    static final String STATIC = "templates/static";

    private final SiteSource source;
    private final SiteSource theme;
    private final BuildCache cache;
    private final Supplier<SiteRenderer.Templates> loaded;

    /** {@code loaded}: the site's templates, when the cache does not hold them (loaded meanwhile: {@link EarlyTemplates}). */
    PagePlanner(SiteSource source, SiteSource theme, BuildCache cache, Supplier<SiteRenderer.Templates> loaded) {
        this.source = source;
        this.theme = theme;
        this.cache = cache;
        this.loaded = loaded;
    }

    /**
     * The pages of the site, each with the renderer of its language, and the static files; no jobs
     * when a template or message file has errors. {@code offlineCopy}: pages link to site.zip.
     */
    PagePlan plan(List<SiteGraph> graphs, boolean offlineCopy) {
        List<Diagnostic> planProblems = new ArrayList<>();
        SiteRenderer.Templates templates = cache.templates();
        if (templates == null) {
            templates = loaded.get();
            cache.keepTemplates(templates);
        }
        planProblems.addAll(templates.problems());
        planProblems.addAll(TemplatePolicy.check(List.of(theme, source), graphs.get(0).config().security()));
        Languages languages = new Languages(graphs);
        List<PageJob> jobs = new ArrayList<>();
        Map<PageJob, SiteRenderer> renderers = new IdentityHashMap<>();
        for (SiteGraph g : graphs) {
            SiteRenderer r = SiteRenderer.create(g, templates, "briefkit " + Version.get(), offlineCopy, languages, planProblems);
            for (PageJob j : r.plan(planProblems)) {
                jobs.add(j);
                renderers.put(j, r);
            }
        }
        List<Diagnostic> problems = new ArrayList<>(new LinkedHashSet<>(planProblems));
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            return new PagePlan(null, Map.of(), Map.of(), problems, null);
        }
        Map<String, byte[]> statics = staticFiles(problems);
        Set<String> pageFiles = new HashSet<>();
        jobs.forEach(j -> pageFiles.add(j.file()));
        for (String path : statics.keySet()) {
            if (pageFiles.contains(path)) {
                problems.add(Diagnostic.error(STATIC + "/" + path, 0, 0, "this static file has the same path as a generated page"));
            }
        }
        checkStylesheets(statics, new PrivacyGuard(graphs.get(0).config().allowHosts()), problems);
        // Links in bodies to paths of the site are written once every page of every language is known.
        pageFiles.addAll(statics.keySet());
        BodyLinks links = new BodyLinks(graphs.get(0).config(), new SitePaths(pageFiles, OutputPaths.of(graphs)));
        Map<SiteRenderer, SiteRenderer> bound = new IdentityHashMap<>();
        renderers.replaceAll((job, r) -> bound.computeIfAbsent(r, x -> x.withLinks(links)));
        return new PagePlan(jobs, renderers, statics, problems, links);
    }

    /** The theme's static files overlaid with the site's: output path to bytes. */
    private Map<String, byte[]> staticFiles(List<Diagnostic> problems) {
        Map<String, byte[]> out = new TreeMap<>();
        Diagnostics listing = new Diagnostics();
        for (SiteSource s : List.of(theme, source)) {
            for (SourceFile f : s.list(STATIC, listing)) {
                try {
                    out.put(f.path().substring(STATIC.length() + 1), s.read(f.path()));
                } catch (IOException e) {
                    problems.add(Diagnostic.error(f.path(), 0, 0, "cannot read: " + e.getMessage()));
                }
            }
        }
        problems.addAll(listing.sorted());
        return out;
    }

    /** Stylesheets among the static files may not load anything from other hosts either. */
    private static void checkStylesheets(Map<String, byte[]> statics, PrivacyGuard guard, List<Diagnostic> problems) {
        statics.forEach((path, bytes) -> {
            if (path.endsWith(".css")) {
                for (PrivacyGuard.Finding f : guard.checkCss(new String(bytes, StandardCharsets.UTF_8))) {
                    problems.add(Diagnostic.error(STATIC + "/" + path, f.line(), 0, "the stylesheet would load " + f.url()
                            + " from another host (" + f.what() + ")").withHint(PrivacyFindings.HINT));
                }
            }
        });
    }
}
