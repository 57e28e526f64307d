package org.briefkit.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefkit.config.SiteConfig;
import org.briefkit.config.SiteConfigParser;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Diagnostics;
import org.briefkit.diag.SourceText;
import org.briefkit.diag.Suggest;
import org.briefkit.graph.GraphBuilder;
import org.briefkit.graph.SiteGraph;
import org.briefkit.model.Entry;
import org.briefkit.parse.ContentPath;
import org.briefkit.parse.EntryParser;
import org.briefkit.parse.MarkdownRenderer;
import org.briefkit.parse.TextDecoder;
import org.briefkit.render.LinkHtml;
import org.briefkit.render.PageJob;
import org.briefkit.render.SiteRenderer;
import org.briefkit.render.TemplateEngine;
import org.briefkit.render.Tracking;
import org.briefkit.source.SiteSource;
import org.briefkit.source.SourceFile;
import org.briefkit.verify.PrivacyGuard;
import org.briefkit.write.OutputSink;
import org.briefkit.work.Workers;
import org.briefkit.write.SiteZip;

/**
 * The build pipeline: configuration, content files, parsing (parallel), the site graph, rendering
 * and writing (parallel), static files. Every problem becomes a diagnostic; the build stops after
 * the stage that found errors, and the output is committed only when there were none.
 * One builder per build; not thread-safe itself.
 */
public final class SiteBuilder {
    private static final String STATIC = "templates/static";

    private final SiteSource source;
    private final SiteSource theme;
    private final BuildOptions options;
    private final BuildListener listener;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Map<String, Long> stageMillis = new LinkedHashMap<>();
    private final TemplateTimes templateTimes = new TemplateTimes();
    private final List<TranslationStatus> translationStatus = new ArrayList<>();
    private final BuildCache cache;
    /** With a cache: the files parsed again whose body text alone changed, last version to new (null: other changes). */
    private Map<Entry, Entry> textEdits;
    /** The entries whose bodies were replaced in the last graph instead of linking again (null: linked). */
    private List<org.briefkit.graph.SiteEntry> textChanged;
    private int lastRendered;
    /** Packs bodies whatever the heap (for tests that compare packed and plain builds). */
    private boolean alwaysPack;
    /** Whether this build packed its bodies: memory is short, so outputs are made one after another. */
    private boolean packed;

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
        this.cache = cache;
    }

    /** Builds the site into {@code sink}; with a null sink nothing is written (a check). */
    public BuildResult build(OutputSink sink) {
        long start = System.nanoTime();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int[] written = new int[2];
        boolean committed = false;
        try (Workers workers = new Workers(options.threads())) {
            if (cache != null && cache.configChanged) {
                cache.parsed.clear();
                cache.bodies.clear();
                cache.dirtyContent.clear();
                cache.renderAll = true;
                cache.configChanged = false;
            }
            SiteConfig loaded = timed("config", this::loadConfig);
            SiteConfig config = options.baseUrl() == null ? loaded : loaded.withBaseUrl(options.baseUrl());
            List<SourceFile> files = timed("scan", () -> scan(config));
            List<SiteGraph> last = cache == null ? null : cache.graphs;
            if (cache != null) {
                cache.graphs = null;
            }
            List<Entry> parsed = timed("parse", () -> parse(config, files, workers));
            List<SiteGraph> graphs = timed("link", () -> {
                List<SiteGraph> same = patched(last, config);
                return same != null ? same : link(config, parsed);
            });
            SiteGraph graph = graphs.get(0);
            graph.collectionNames().forEach(c -> counts.put(c, graph.collection(c).size()));
            if (!diagnostics.hasErrors()) {
                timed("render", () -> {
                    render(graphs, workers, sink, written);
                    return null;
                });
            }
            if (sink != null) {
                if (diagnostics.hasErrors()) {
                    sink.abort();
                } else {
                    timed("commit", () -> {
                        commit(sink);
                        return null;
                    });
                    committed = !diagnostics.hasErrors();
                }
            }
        } catch (RuntimeException | Error e) {
            if (sink != null && !committed) {
                sink.abort();
            }
            throw e;
        }
        List<Diagnostic> sorted = withSourceLines(diagnostics.sorted());
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BuildResult(sorted, !diagnostics.hasErrors(), counts, written[0], written[1], stageMillis, millis,
                List.copyOf(translationStatus), templateTimes.slowestFirst());
    }

    private <T> T timed(String stage, java.util.function.Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            stageMillis.put(stage, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private SiteConfig loadConfig() {
        listener.stage("config", 0);
        if (!source.exists(SiteConfigParser.FILE)) {
            if (source.exists("site.yaml")) {
                diagnostics.add(Diagnostic.error("site.yaml", 0, 0, "briefkit reads site.yml").withHint("rename site.yaml to site.yml"));
            }
            return SiteConfig.defaults();
        }
        byte[] bytes;
        try {
            bytes = source.read(SiteConfigParser.FILE);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(SiteConfigParser.FILE, 0, 0, "cannot read: " + e.getMessage()));
            return SiteConfig.defaults();
        }
        List<Diagnostic> problems = new ArrayList<>();
        String text = TextDecoder.decode(SiteConfigParser.FILE, bytes, problems);
        diagnostics.addAll(problems);
        if (text == null) {
            return SiteConfig.defaults();
        }
        SiteConfigParser.Result r = SiteConfigParser.parse(new SourceText(SiteConfigParser.FILE, text));
        diagnostics.addAll(r.diagnostics());
        return r.config();
    }

    /** The Markdown files to parse; other files and unknown folders are reported. */
    private List<SourceFile> scan(SiteConfig config) {
        listener.stage("scan", 0);
        List<SourceFile> out = new ArrayList<>();
        Set<String> reportedFolders = new HashSet<>();
        for (SourceFile f : listContent()) {
            String folder = ContentPath.folderOf(f.path());
            if (!f.path().endsWith(".md")) {
                diagnostics.add(Diagnostic.warning(f.path(), 0, 0, "not a Markdown file (.md); ignored")
                        .withHint("put images and other files in templates/static/"));
                continue;
            }
            if (!folder.isEmpty() && config.collection(folder) == null) {
                if (reportedFolders.add(folder)) {
                    diagnostics.add(Diagnostic.error(ContentPath.CONTENT + "/" + folder, 0, 0, "folder '" + folder
                            + "' is not a collection" + Suggest.didYouMean(folder, config.collections().keySet()))
                            .withHint("collections: " + String.join(", ", config.collections().keySet())
                                    + (config.declared() ? " (declared in site.yml)" : " (add a 'collections:' section to site.yml for others)")));
                }
                continue;
            }
            if (ContentPath.of(f.path(), config) == null) {
                diagnostics.add(Diagnostic.error(f.path(), 0, 0, "entries belong in a collection folder, e.g. content/"
                        + config.collections().keySet().iterator().next() + "/")
                        .withHint("only _index.md (the home page's text) may be directly in content/"));
                continue;
            }
            if (f.size() > BuildOptions.MAX_FILE_BYTES) {
                diagnostics.add(Diagnostic.error(f.path(), 0, 0, String.format("file is too large (%.1f MB; the limit is %d MB)",
                        f.size() / 1048576.0, BuildOptions.MAX_FILE_BYTES / 1048576)).withHint("split it into several entries"));
                continue;
            }
            out.add(f);
        }
        return out;
    }

    /** The files under content/: listed afresh, or (in a rebuild) the last listing updated with the changed paths. */
    private List<SourceFile> listContent() {
        if (cache == null || cache.listing == null) {
            Diagnostics listing = new Diagnostics();
            List<SourceFile> listed = source.list(ContentPath.CONTENT, listing);
            List<Diagnostic> problems = listing.sorted();
            diagnostics.addAll(problems);
            if (cache != null) {
                cache.listing = new ArrayList<>(listed);
                cache.listingProblems = problems;
            }
            return listed;
        }
        diagnostics.addAll(cache.listingProblems);
        if (replacedInPlace(cache.listing, cache.dirtyContent)) {
            return cache.listing;
        }
        java.util.TreeMap<String, SourceFile> byPath = new java.util.TreeMap<>();
        cache.listing.forEach(f -> byPath.put(f.path(), f));
        for (String path : cache.dirtyContent) {
            SourceFile f = source.stat(path);
            if (f != null) {
                byPath.put(path, f);
            } else {
                byPath.remove(path);
                byPath.keySet().removeIf(p -> p.startsWith(path + "/"));
            }
        }
        cache.listing = new ArrayList<>(byPath.values());
        return cache.listing;
    }

    /**
     * Updates {@code listing} (sorted by path) with the current state of {@code changed} when each of
     * them is listed and still exists; false, leaving it as it was, when one was added or removed.
     */
    private boolean replacedInPlace(List<SourceFile> listing, Set<String> changed) {
        int[] at = new int[changed.size()];
        SourceFile[] now = new SourceFile[changed.size()];
        int k = 0;
        for (String path : changed) {
            at[k] = java.util.Collections.binarySearch(listing, new SourceFile(path, 0), java.util.Comparator.comparing(SourceFile::path));
            now[k] = source.stat(path);
            if (at[k] < 0 || now[k] == null) {
                return false;
            }
            k++;
        }
        for (int i = 0; i < k; i++) {
            listing.set(at[i], now[i]);
        }
        return true;
    }

    /**
     * Whether a one-off build keeps bodies packed ({@link org.briefkit.model.Body#packed()}): when
     * the content is over a quarter of the heap left after a base of 192 MB. A build needs about three
     * times its content (bodies, fields, the search index), so only a heap set smaller than the
     * launcher's estimate (192 MB and 7 bytes per byte of content) makes this true: 100,000 entries
     * (555 MB of Markdown) under 2 GB, or 10,000 (57 MB) under 400 MB. Packing costs time (inflating
     * a body at each read), not correctness.
     */
    static boolean packBodies(List<SourceFile> files, long maxHeapBytes) {
        long content = 0;
        for (SourceFile f : files) {
            content += f.size();
        }
        return content > (maxHeapBytes - (192L << 20)) / 4;
    }

    private List<Entry> parse(SiteConfig config, List<SourceFile> files, Workers workers) {
        List<SourceFile> todo = new ArrayList<>();
        Entry[] results = new Entry[files.size()];
        List<Integer> todoIndex = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String path = files.get(i).path();
            BuildCache.Parsed hit = cache == null || cache.dirtyContent.contains(path) ? null : cache.parsed.get(path);
            if (hit != null) {
                results[i] = hit.entry();
                diagnostics.addAll(hit.diagnostics());
            } else {
                todo.add(files.get(i));
                todoIndex.add(i);
            }
        }
        listener.stage("parse", todo.size());
        packed = alwaysPack || cache == null && packBodies(files, Runtime.getRuntime().maxMemory());
        EntryParser parser = new EntryParser(config, new MarkdownRenderer(config.allowRawHtml()), packed);
        BuildCache.Parsed[] fresh = new BuildCache.Parsed[todo.size()];
        workers.forEach(todo.size(), i -> {
            String path = todo.get(i).path();
            byte[] bytes;
            try {
                bytes = source.read(path);
            } catch (IOException e) {
                fresh[i] = new BuildCache.Parsed(null, List.of(Diagnostic.error(path, 0, 0, "cannot read: " + e.getMessage())));
                return;
            }
            EntryParser.Result r = parser.parse(path, bytes);
            fresh[i] = new BuildCache.Parsed(r.entry(), List.copyOf(r.diagnostics()));
        }, listener::progress);
        for (int k = 0; k < todo.size(); k++) {
            diagnostics.addAll(fresh[k].diagnostics());
            results[todoIndex.get(k)] = fresh[k].entry();
        }
        if (cache != null) {
            textEdits = textEdits(files, todo, fresh);
            Set<String> listed = new HashSet<>();
            files.forEach(f -> listed.add(f.path()));
            cache.parsed.keySet().retainAll(listed);
            for (int k = 0; k < todo.size(); k++) {
                cache.parsed.put(todo.get(k).path(), fresh[k]);
            }
            cache.dirtyContent.clear();
        }
        List<Entry> out = new ArrayList<>(results.length);
        for (Entry e : results) {
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * When the same files as last time were listed and each one parsed again differs from its last
     * version only in its body's text: each last version to its new one. Else null.
     */
    private Map<Entry, Entry> textEdits(List<SourceFile> files, List<SourceFile> todo, BuildCache.Parsed[] fresh) {
        if (files.size() != cache.parsed.size()) {
            return null;
        }
        Map<Entry, Entry> edits = new java.util.IdentityHashMap<>();
        for (int k = 0; k < todo.size(); k++) {
            BuildCache.Parsed before = cache.parsed.get(todo.get(k).path());
            Entry after = fresh[k].entry();
            if (before == null || before.entry() == null || after == null || fresh[k].diagnostics().stream().anyMatch(Diagnostic::isError)
                    || !GraphBuilder.onlyTextChanged(before.entry(), after)) {
                return null;
            }
            edits.put(before.entry(), after);
        }
        return edits;
    }

    /**
     * The last build's graphs with the bodies of {@link #textEdits} replaced, when that is all that
     * changed since the last successful build (one language, same configuration and templates); its
     * problems are the last build's. Null when the graph must be built again.
     */
    private List<SiteGraph> patched(List<SiteGraph> last, SiteConfig config) {
        if (last == null || textEdits == null || textEdits.isEmpty() || cache.renderAll || !cache.changedTemplates.isEmpty()
                || config.languages().size() != 1) {
            return null;
        }
        textChanged = GraphBuilder.replaceBodies(last.get(0), textEdits, bodies(config.defaultLanguage()));
        if (textChanged == null) {
            return null;
        }
        listener.stage("link", 0);
        diagnostics.addAll(cache.linkProblems);
        return last;
    }

    /** The site graph of each language, the default language first. */
    private List<SiteGraph> link(SiteConfig config, List<Entry> parsed) {
        listener.stage("link", 0);
        List<Diagnostic> found = new ArrayList<>();
        List<Entry> published = new ArrayList<>();
        List<Entry> drafts = new ArrayList<>();
        List<Entry> sections = new ArrayList<>();
        Map<String, Map<String, Entry>> translations = new LinkedHashMap<>();
        config.languages().forEach(l -> translations.put(l, new LinkedHashMap<>()));
        for (Entry e : parsed) {
            if (!e.lang().equals(config.defaultLanguage())) {
                Entry previous = translations.get(e.lang()).putIfAbsent(Translations.key(e), e);
                if (previous != null) {
                    found.add(Diagnostic.error(e.path(), e.idLine(), e.idColumn(), "a second " + e.lang()
                            + " translation of '" + e.id() + "': " + previous.path() + " is one too"));
                }
                continue;
            }
            if (e.draft() && !options.drafts()) {
                drafts.add(e);
            } else {
                published.add(e);
                if (e.section()) {
                    sections.add(e);
                }
            }
        }
        GraphBuilder.Result r = new GraphBuilder(config, options.lenient(), new LinkHtml()).reusing(bodies(config.defaultLanguage()))
                .build(published, drafts);
        found.addAll(r.diagnostics());
        List<SiteGraph> graphs = new ArrayList<>(List.of(r.graph()));
        Set<String> draftIds = new HashSet<>();
        drafts.forEach(d -> draftIds.add(Translations.key(d)));
        for (String lang : config.languages().subList(1, config.languages().size())) {
            List<Diagnostic> problems = new ArrayList<>();
            Translations.Tree tree = Translations.tree(r.graph(), sections, translations.get(lang), problems, draftIds);
            translationStatus.add(TranslationStatus.of(lang, originals(sections, r.graph()), translations.get(lang)));
            found.addAll(problems);
            GraphBuilder.Result t = new GraphBuilder(config, options.lenient(), lang, tree.inherited(), new LinkHtml()).reusing(bodies(lang))
                    .build(tree.entries(), drafts);
            found.addAll(t.diagnostics());
            graphs.add(t.graph());
        }
        diagnostics.addAll(found);
        if (cache != null) {
            cache.linkProblems = found;
        }
        return graphs;
    }

    /** The resolved bodies kept for {@code lang} by the cache (null without a cache). */
    private org.briefkit.graph.ResolvedBodies bodies(String lang) {
        return cache == null ? null : cache.bodies.computeIfAbsent(lang, l -> new org.briefkit.graph.ResolvedBodies());
    }

    private static List<Entry> originals(List<Entry> sections, SiteGraph graph) {
        List<Entry> out = new ArrayList<>(sections);
        graph.entries().forEach(se -> out.add(se.entry()));
        return out;
    }

    private void render(List<SiteGraph> graphs, Workers workers, OutputSink sink, int[] written) {
        long planStart = System.nanoTime();
        SiteGraph graph = graphs.get(0);
        BuildCache.Plan plan = textChanged != null ? cache.plan : plan(graphs, sink);
        diagnostics.addAll(plan.problems());
        if (plan.jobs() == null) {
            return;
        }
        List<PageJob> jobs = plan.jobs();
        Map<String, byte[]> statics = plan.statics();
        PrivacyGuard guard = new PrivacyGuard(graph.config().allowHosts());
        PrivacyFindings privacy = new PrivacyFindings();
        // After an edit of text alone the changes are known, and the kept prints are updated once the build succeeds.
        Prints prints = cache == null || textChanged != null ? null : Prints.of(graphs);
        Changes changes = cache == null ? null : textChanged != null ? Changes.bodies(textChanged) : new Changes(cache, prints, jobs);
        Map<String, BuildCache.Page> fresh = new ConcurrentHashMap<>();
        listener.stage("render", jobs.size());
        long renderStart = System.nanoTime();
        stageMillis.put("plan", (renderStart - planStart) / 1_000_000);
        TemplateErrors templateErrors = new TemplateErrors();
        AtomicInteger pages = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        workers.forEach(jobs.size(), i -> {
            PageJob job = jobs.get(i);
            SiteRenderer renderer = plan.renderers().get(job);
            try {
                BuildCache.Page old = cache == null ? null : cache.pages.get(job.file());
                BuildCache.Page page;
                if (old != null && !changes.mustRender(job, old)) {
                    page = old;
                    old.privacy().forEach(h -> privacy.add(h.file(), job.file(), h.finding()));
                } else {
                    Tracking.Deps deps = cache == null ? null : new Tracking.Deps();
                    long pageStart = System.nanoTime();
                    String html = renderer.render(job, deps);
                    templateTimes.add(job.template(), System.nanoTime() - pageStart);
                    List<BuildCache.PrivacyHit> hits = new ArrayList<>();
                    for (PrivacyGuard.Finding f : guard.checkHtml(html)) {
                        String blame = job.entry() != null ? job.entry().entry().path() : renderer.describeTemplate(job);
                        privacy.add(blame, job.file(), f);
                        hits.add(new BuildCache.PrivacyHit(blame, f));
                    }
                    page = new BuildCache.Page(job.template(), deps, html.getBytes(StandardCharsets.UTF_8), hits);
                    rendered.incrementAndGet();
                    if (cache != null) {
                        fresh.put(job.file(), page);
                    }
                }
                if (sink != null) {
                    sink.write(job.file(), page.bytes());
                }
                pages.incrementAndGet();
            } catch (TemplateEngine.TemplateProblem p) {
                templateErrors.add(p.diagnostic());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + job.file(), e);
            }
        }, listener::progress);
        templateErrors.report(diagnostics);
        privacy.report(diagnostics, source);
        stageMillis.put("pages", (System.nanoTime() - renderStart) / 1_000_000);
        long outputsStart = System.nanoTime();
        boolean lazy = cache != null && cache.isLazyOutputs() && sink == null;
        // Generated files are written as they are made (at 100,000 entries they cannot all be held)
        // and kept only for the cache.
        Map<String, byte[]> generated = new java.util.concurrent.ConcurrentSkipListMap<>();
        AtomicInteger generatedFiles = new AtomicInteger();
        if (!diagnostics.hasErrors() && !lazy) {
            // Called from several threads at once.
            generated(graphs, jobs, stageMillis, packed ? null : workers, (path, pieces) -> {
                generatedFiles.incrementAndGet();
                if (statics.containsKey(path)) {
                    diagnostics.add(Diagnostic.error(STATIC + "/" + path, 0, 0, "briefkit writes " + path + " itself")
                            .withHint("rename or remove the static file"));
                    return;
                }
                // Pieces may be made as they are read (data files): read them once.
                List<byte[]> once = pieces;
                if (cache != null) {
                    byte[] joined = OutputSink.join(pieces);
                    generated.put(path, joined);
                    once = List.of(joined);
                }
                if (sink != null) {
                    try {
                        sink.write(path, once);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write " + path, e);
                    }
                }
            });
        }
        stageMillis.put("outputs", (System.nanoTime() - outputsStart) / 1_000_000);

        if (sink != null && !diagnostics.hasErrors()) {
            for (Map.Entry<String, byte[]> s : statics.entrySet()) {
                try {
                    sink.write(s.getKey(), s.getValue());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + s.getKey(), e);
                }
            }
            if (options.zip()) {
                try {
                    sink.zip();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + SiteZip.NAME, e);
                }
            }
        }
        if (cache != null && !diagnostics.hasErrors()) {
            if (textChanged == null) {
                Set<String> files = new HashSet<>();
                jobs.forEach(j -> files.add(j.file()));
                cache.pages.keySet().retainAll(files);
            }
            cache.pages.putAll(fresh);
            if (textChanged != null) {
                cache.prints.updateBodies(textChanged);
            } else {
                cache.prints = prints;
            }
            cache.plan = plan;
            cache.graphs = graphs;
            Map<String, byte[]> files = new TreeMap<>(statics);
            files.putAll(generated);
            cache.statics = files;
            cache.pendingOutputs(lazy ? () -> {
                Map<String, byte[]> made = new java.util.concurrent.ConcurrentSkipListMap<>();
                generated(graphs, jobs, new HashMap<>(), null, (path, pieces) -> made.put(path, OutputSink.join(pieces)));
                return made;
            } : null);
            cache.renderAll = false;
            cache.changedTemplates.clear();
            cache.publish();
        }
        lastRendered = rendered.get();
        written[0] = pages.get();
        written[1] = pages.get() + statics.size() + generatedFiles.get();
    }

    /**
     * The pages of the site, each with the renderer of its language, and the static files; its
     * problems include static files that clash with pages or load from other hosts. No jobs when a
     * template or message file has errors.
     */
    private BuildCache.Plan plan(List<SiteGraph> graphs, OutputSink sink) {
        SiteGraph graph = graphs.get(0);
        List<Diagnostic> planProblems = new ArrayList<>();
        SiteRenderer.Templates templates = cache == null ? null : cache.templates;
        if (templates == null) {
            templates = SiteRenderer.Templates.load(source, theme);
            if (cache != null) {
                cache.templates = templates;
            }
        }
        planProblems.addAll(templates.problems());
        org.briefkit.render.Languages languages = new org.briefkit.render.Languages(graphs);
        List<PageJob> jobs = new ArrayList<>();
        Map<PageJob, SiteRenderer> renderers = new java.util.IdentityHashMap<>();
        for (SiteGraph g : graphs) {
            SiteRenderer r = SiteRenderer.create(g, templates, "briefkit " + Version.get(), options.zip() && sink != null, languages,
                    planProblems);
            for (PageJob j : r.plan(planProblems)) {
                jobs.add(j);
                renderers.put(j, r);
            }
        }
        List<Diagnostic> problems = new ArrayList<>(new java.util.LinkedHashSet<>(planProblems));
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            return new BuildCache.Plan(null, Map.of(), Map.of(), problems);
        }
        Map<String, byte[]> statics = staticFiles(problems);
        Set<String> pageFiles = new HashSet<>();
        jobs.forEach(j -> pageFiles.add(j.file()));
        for (String path : statics.keySet()) {
            if (pageFiles.contains(path)) {
                problems.add(Diagnostic.error(STATIC + "/" + path, 0, 0, "this static file has the same path as a generated page"));
            }
        }
        checkStylesheets(statics, new PrivacyGuard(graph.config().allowHosts()), problems);
        return new BuildCache.Plan(jobs, renderers, statics, problems);
    }

    /** What changed since the cache's last successful build, and so which pages must be rendered. */
    private static final class Changes {
        private final boolean all;
        private final Set<String> templates = new HashSet<>();
        private final Set<String> entries;
        private final Set<String> collections;
        private final boolean menus;

        private Changes(Set<String> entries) {
            this.all = false;
            this.entries = entries;
            this.collections = Set.of();
            this.menus = false;
        }

        /** Only the bodies of {@code changed} changed. */
        static Changes bodies(List<org.briefkit.graph.SiteEntry> changed) {
            Set<String> keys = new HashSet<>();
            changed.forEach(se -> keys.add(Tracking.key(se, Tracking.Aspect.BODY)));
            return new Changes(keys);
        }

        Changes(BuildCache cache, Prints prints, List<PageJob> jobs) {
            Set<String> pageTemplates = new HashSet<>();
            jobs.forEach(j -> pageTemplates.add("templates/" + j.template()));
            boolean other = false;
            for (String t : cache.changedTemplates) {
                if (pageTemplates.contains(t)) {
                    templates.add(t.substring("templates/".length()));
                } else if (!t.startsWith(STATIC + "/")) {
                    other = true;
                }
            }
            all = cache.renderAll || cache.prints == null || other;
            entries = all ? Set.of() : prints.changedEntries(cache.prints.entries);
            collections = all ? Set.of() : prints.changedCollections(cache.prints.collections);
            menus = !all && !prints.menus.equals(cache.prints.menus);
        }

        boolean mustRender(PageJob job, BuildCache.Page old) {
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

    /**
     * Feeds, data files and the search index of each language, and the sitemap, each handed to
     * {@code out} (path, bytes in pieces) as soon as it is made; their times go to {@code stageMillis}.
     * With {@code workers}, feeds and data files are made beside the search index (each has long
     * stretches on one core, which left a core of the two idle for a third of the outputs stage);
     * without (memory short, or after the build), one after another. {@code out} is called from
     * several threads at once.
     */
    private static void generated(List<SiteGraph> graphs, List<PageJob> jobs, Map<String, Long> stageMillis, Workers workers,
                                  java.util.function.BiConsumer<String, List<byte[]>> out) {
        java.util.function.BiConsumer<String, byte[]> whole = (path, bytes) -> out.accept(path, List.of(bytes));
        java.util.function.Consumer<Map<String, byte[]>> each = files -> files.forEach(whole);
        synchronized (stageMillis) {
            List.of("feeds", "data", "search").forEach(stage -> stageMillis.putIfAbsent(stage, 0L));
        }
        for (SiteGraph g : graphs) {
            List<Runnable> parts = List.of(() -> {
                timed(stageMillis, "feeds", () -> each.accept(org.briefkit.outputs.Feeds.build(g)));
                timed(stageMillis, "data", () -> org.briefkit.outputs.DataExport.build(g, out));
            }, () -> timed(stageMillis, "search", () -> org.briefkit.outputs.SearchIndex.build(g, whole)));
            if (workers != null) {
                workers.forEach(parts.size(), i -> parts.get(i).run(), done -> {
                });
            } else {
                parts.forEach(Runnable::run);
            }
        }
        List<List<String>> pages = new ArrayList<>();
        graphs.forEach(g -> pages.add(new ArrayList<>()));
        for (PageJob j : jobs) {
            if (j.kind() == PageJob.Kind.NOT_FOUND || j.entry() != null && j.entry().fallback()) {
                continue;
            }
            int lang = 0;
            for (int i = 0; i < graphs.size(); i++) {
                if (!graphs.get(i).prefix().isEmpty() && j.file().startsWith(graphs.get(i).prefix())) {
                    lang = i;
                }
            }
            pages.get(lang).add(j.file());
        }
        each.accept(org.briefkit.outputs.Sitemap.build(graphs, pages));
    }

    /** Runs {@code work}, adding the milliseconds it took to {@code stage} (summed over languages). */
    private static void timed(Map<String, Long> stageMillis, String stage, Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        synchronized (stageMillis) {
            stageMillis.merge(stage, (System.nanoTime() - t0) / 1_000_000, Long::sum);
        }
    }

    /** Makes the build keep bodies packed whatever the heap; returns this builder. */
    SiteBuilder alwaysPackBodies() {
        alwaysPack = true;
        return this;
    }

    /** Whether the build kept the last graph and replaced edited bodies in it, instead of linking again. */
    boolean reusedGraph() {
        return textChanged != null;
    }

    /** How many pages the last build rendered (the others were reused from the cache). */
    public int renderedPages() {
        return lastRendered;
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

    private void commit(OutputSink sink) {
        try {
            sink.commit();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(".", 0, 0, "cannot publish the output folder: " + e.getMessage()));
        }
    }

    /** Adds the offending line to diagnostics that lack it (the graph reports positions only). */
    private List<Diagnostic> withSourceLines(List<Diagnostic> ds) {
        Map<String, SourceText> cache = new ConcurrentHashMap<>();
        List<Diagnostic> out = new ArrayList<>(ds.size());
        for (Diagnostic d : ds) {
            if (!d.sourceLine().isEmpty() || d.line() == 0 || !d.path().startsWith(ContentPath.CONTENT + "/") || cache.size() > 200) {
                out.add(d);
                continue;
            }
            SourceText text = cache.computeIfAbsent(d.path(), p -> {
                try {
                    return new SourceText(p, new String(source.read(p), StandardCharsets.UTF_8).replace("\r\n", "\n"));
                } catch (IOException e) {
                    return new SourceText(p, "");
                }
            });
            out.add(d.withSourceLine(text.line(d.line())));
        }
        return out;
    }

    /** Collapses one template error repeated on many pages into one diagnostic with a count. */
    private static final class TemplateErrors {
        private final Map<String, Diagnostic> first = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

        void add(Diagnostic d) {
            String message = d.message();
            int at = message.indexOf(" (while rendering ");
            String key = d.path() + ":" + d.line() + ":" + d.column() + ":" + (at < 0 ? message : message.substring(0, at));
            first.merge(key, d, (a, b) -> Diagnostic.ORDER.compare(a, b) <= 0 ? a : b);
            counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        }

        void report(Diagnostics diagnostics) {
            first.forEach((key, d) -> {
                int n = counts.get(key).get();
                String more = " and " + (n - 1) + " more page" + (n == 2 ? "" : "s");
                String m = d.message();
                String message = m.endsWith(")") ? m.substring(0, m.length() - 1) + more + ")" : m + more;
                diagnostics.add(n == 1 ? d : new Diagnostic(d.severity(), d.path(), d.line(), d.column(), message,
                        d.hint(), d.sourceLine()));
            });
        }
    }
}
