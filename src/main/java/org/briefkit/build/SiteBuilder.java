package org.briefkit.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.briefkit.config.SiteConfig;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Diagnostics;
import org.briefkit.graph.SiteGraph;
import org.briefkit.render.PageJob;
import org.briefkit.render.SiteRenderer;
import org.briefkit.source.SiteSource;
import org.briefkit.source.SourceFile;
import org.briefkit.verify.BodyLinkCheck;
import org.briefkit.verify.PageCheck;
import org.briefkit.verify.PrivacyGuard;
import org.briefkit.work.Workers;
import org.briefkit.write.OutputSink;

/**
 * The build pipeline, in order: configuration ({@link ConfigLoader}), content files
 * ({@link ContentScan}), parsing ({@link Parsing}), the site graphs ({@link Linking}), the plan of
 * pages ({@link PagePlanner}), pages ({@link PageRendering}), generated files
 * ({@link GeneratedFiles}) and publishing ({@link Publishing}). Every problem becomes a diagnostic,
 * and every stage runs whatever the stages before it found, so that one run reports every mistake:
 * after errors, pages are still rendered (and checked) but nothing is written, and the output is
 * committed only when there were none. With a {@link BuildCache} a rebuild reuses what did not
 * change.
 * One builder per build; not thread-safe itself.
 */
public final class SiteBuilder {
    private final SiteSource source;
    private final SiteSource theme;
    private final BuildOptions options;
    private final BuildListener listener;
    private BuildCache cache;
    private DiskCache disk;
    private final Diagnostics diagnostics = new Diagnostics();
    private final StageTimes times = new StageTimes();
    private final TemplateTimes templateTimes = new TemplateTimes();
    /** Packs bodies whatever the heap (for tests that compare packed and plain builds). */
    private boolean alwaysPack;
    private boolean reusedGraph;
    private int rendered;

    public SiteBuilder(SiteSource source, SiteSource theme, BuildOptions options, BuildListener listener) {
        this(source, theme, options, listener, null);
    }

    /**
     * A builder that reuses and updates {@code cache} (null: none): for rebuilds after edits, as in
     * the preview server.
     */
    public SiteBuilder(SiteSource source, SiteSource theme, BuildOptions options, BuildListener listener, BuildCache cache) {
        this.source = source;
        this.theme = theme;
        this.options = options;
        this.listener = listener;
        this.cache = cache == null ? BuildCache.none() : cache;
    }

    /**
     * Makes the build read what it can reuse from {@code disk} and keep there what it parsed (in
     * place of a memory cache); returns this builder.
     */
    public SiteBuilder withDiskCache(DiskCache disk) {
        this.disk = disk;
        return this;
    }

    /** What the render stage wrote: pages, and all files (pages, static and generated). */
    private record Written(int pages, int files) {
        static final Written NOTHING = new Written(0, 0);
    }

    /** Builds the site into {@code sink}; with a null sink nothing is written (a check). */
    public BuildResult build(OutputSink sink) {
        long start = System.nanoTime();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Written written = Written.NOTHING;
        List<TranslationStatus> translations = List.of();
        boolean committed = false;
        try (Workers workers = new Workers(options.threads())) {
            long startedNanos = System.currentTimeMillis() * 1_000_000L;
            List<SiteGraph> last = disk == null ? cache.start() : null;
            // Compiled meanwhile unless the preview's cache holds them.
            Supplier<SiteRenderer.Templates> templates = disk != null || cache.templates() == null
                    ? new EarlyTemplates(source, theme) : () -> SiteRenderer.Templates.load(source, theme);
            SiteConfig config = times.timed("config", () -> {
                listener.stage("config", 0);
                return ConfigLoader.load(source, options.baseUrl(), diagnostics);
            });
            // Reading the disk cache is part of finding what changed.
            List<SourceFile> files = times.timed("scan", () -> {
                listener.stage("scan", 0);
                if (disk != null) {
                    cache = disk.load(source, options, startedNanos, sink);
                    cache.start();
                }
                return new ContentScan(source, cache, diagnostics).scan(config);
            });
            boolean pack = alwaysPack || !cache.keepsSite() && Parsing.packBodies(files, Runtime.getRuntime().maxMemory());
            Parsing.Result parsed = times.timed("parse", () -> new Parsing(source, cache, listener, diagnostics)
                    .parse(config, files, pack, options.lenient(), workers));
            Linking.Result linked = times.timed("link", () -> {
                listener.stage("link", 0);
                return new Linking(config, options, cache, diagnostics).link(parsed, last);
            });
            reusedGraph = linked.reusedGraph();
            translations = linked.translations();
            SiteGraph graph = linked.graphs().get(0);
            graph.collectionNames().forEach(c -> counts.put(c, graph.collection(c).size()));
            // Pages are rendered even after errors, writing nothing, so that template errors and
            // privacy findings come in the same run as reference errors: every mistake at once.
            OutputSink pageSink = diagnostics.hasErrors() ? null : sink;
            written = times.timed("render", () -> render(linked, pack, workers, pageSink, templates));
            if (sink != null) {
                if (diagnostics.hasErrors()) {
                    sink.abort();
                } else {
                    times.timed("commit", () -> {
                        Publishing.commit(sink, diagnostics);
                        return null;
                    });
                    committed = !diagnostics.hasErrors();
                }
            }
            boolean committedNow = committed;
            if (disk != null) {
                times.timed("save", () -> {
                    disk.save(cache, source, options, sink, sink == null ? !diagnostics.hasErrors() : committedNow);
                    return null;
                });
            }
        } catch (RuntimeException | Error e) {
            if (sink != null && !committed) {
                sink.abort();
            }
            throw e;
        }
        List<Diagnostic> sorted = SourceLines.attach(diagnostics.sorted(), source);
        return new BuildResult(sorted, !diagnostics.hasErrors(), counts, written.pages(), written.files(), times.snapshot(),
                StageTimes.sinceMillis(start), translations, templateTimes.slowestFirst());
    }

    /**
     * Plans and renders the pages, makes the generated files, and writes the static files; the
     * cache keeps what a successful build made.
     */
    private Written render(Linking.Result linked, boolean packed, Workers workers, OutputSink sink,
                           Supplier<SiteRenderer.Templates> templates) {
        List<SiteGraph> graphs = linked.graphs();
        PagePlan plan = times.timed("plan", () -> linked.reusedGraph() ? cache.plan()
                : new PagePlanner(source, theme, cache, templates).plan(graphs, options.zip() && sink != null));
        diagnostics.addAll(plan.problems());
        if (!plan.ready()) {
            return Written.NOTHING;
        }
        diagnostics.addAll(BodyLinkCheck.check(graphs, plan.links(), options.lenient()));
        // After an edit of text alone the changes are known, and the kept prints are updated once the build succeeds.
        Prints prints = linked.reusedGraph() || !cache.keeps() ? null
                : cache.onDisk() ? Prints.digests(graphs, cache.parsedFiles()::body) : Prints.of(graphs);
        RenderScope scope = RenderScope.of(cache, linked, prints, plan.jobs());
        SiteConfig config = graphs.get(0).config();
        PageCheck check = new PageCheck(new PrivacyGuard(config.allowHosts()), config.host(),
                config.security().allowsInline("script-src"), config.security().allowsInline("style-src"));
        PageRendering.Result pages = times.timed("pages", () -> new PageRendering(source, check, new PagePolicy(config),
                templateTimes, listener, diagnostics).render(plan, scope, cache.keeps(), cache.keepsSite(), workers, sink));
        rendered = pages.rendered();
        boolean lazy = cache.isLazyOutputs() && sink == null;
        GeneratedFiles generated = new GeneratedFiles(plan.statics(), cache.keepsSite(), sink, diagnostics);
        GeneratedGroups groups = cache.onDisk() && prints != null ? new GeneratedGroups(cache.groups(), cache.dataFiles(), cache.searchIndexes(), prints, sink) : null;
        times.timed("outputs", () -> {
            if (!diagnostics.hasErrors() && !lazy) {
                generated.make(graphs, plan.jobs(), times, workers, !packed, groups);
            }
            return null;
        });
        if (groups != null) {
            cache.keepGroups(groups.groups(), groups.data().files(), groups.search().indexes());
        }
        if (sink != null && !diagnostics.hasErrors()) {
            Publishing.writeStatics(sink, plan.statics(), options.zip());
        }
        if (!diagnostics.hasErrors()) {
            Map<String, byte[]> files = new TreeMap<>(plan.statics());
            files.putAll(generated.kept());
            cache.succeeded(new BuildCache.Success(graphs, plan, pages.fresh(), prints, linked.bodiesReplaced(), files,
                    lazy ? later(graphs, plan.jobs()) : null));
        }
        return new Written(pages.pages(), pages.pages() + plan.statics().size() + generated.count());
    }

    /** Makes the generated files when first asked for (the preview's lazy outputs), on workers of its own. */
    private Supplier<Map<String, byte[]>> later(List<SiteGraph> graphs, List<PageJob> jobs) {
        int threads = options.threads();
        return () -> {
            Map<String, byte[]> made = new ConcurrentSkipListMap<>();
            try (Workers workers = new Workers(threads)) {
                GeneratedFiles.make(graphs, jobs, new StageTimes(), workers, true, (path, pieces) -> made.put(path, OutputSink.join(pieces)));
            }
            return made;
        };
    }

    /** Makes the build keep bodies packed whatever the heap; returns this builder. */
    SiteBuilder alwaysPackBodies() {
        alwaysPack = true;
        return this;
    }

    /** Whether the build kept the last graph and replaced edited bodies in it, instead of linking again. */
    boolean reusedGraph() {
        return reusedGraph;
    }

    /** How many pages the last build rendered (the others were reused from the cache). */
    public int renderedPages() {
        return rendered;
    }
}
