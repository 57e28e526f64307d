package org.briefkit.build;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.briefkit.diag.Diagnostic;
import org.briefkit.graph.ResolvedBodies;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.model.Entry;
import org.briefkit.render.SiteRenderer;
import org.briefkit.render.Tracking;
import org.briefkit.source.SourceFile;
import org.briefkit.verify.InlineCode;
import org.briefkit.verify.PrivacyGuard;

/**
 * What one build leaves for the next, so that a rebuild after an edit does only the work the edit
 * needs: parsed files (reused unless the file changed), and for the last successful build its
 * graphs, page plan, a fingerprint of everything pages can read about each entry, collection and
 * menu, and every page with what it read. A rebuild re-renders a page only when something it read
 * changed, so its output equals a full build's, byte for byte (tested with random edit sequences).
 * The site kept here is what the preview server serves.
 *
 * <p>A one-off build uses {@link #none()}, a cache that keeps nothing: every look-up misses and
 * nothing is stored, so the stages read the same either way. Not thread-safe: one build at a time.
 */
public final class BuildCache {
    /** A parsed file: its entry (null when broken) and its problems. */
    record Parsed(Entry entry, List<Diagnostic> diagnostics) {
    }

    /** A rendered page: the template, what it read, its bytes, and its problems (privacy findings, inline code). */
    record Page(String template, Tracking.Deps deps, byte[] bytes, List<PrivacyHit> privacy, List<InlineHit> inline) {
    }

    /** A privacy finding of a page, kept so an unchanged page reports it again. */
    record PrivacyHit(String file, PrivacyGuard.Finding finding) {
    }

    /** Inline code of a page that the Content-Security-Policy blocks, kept so an unchanged page reports it again. */
    record InlineHit(String file, InlineCode.Found found) {
    }

    /**
     * What a successful build leaves: its graphs and plan, the pages it rendered ({@code fresh}),
     * the prints of everything pages read (null when the last graph was kept and only the bodies
     * of {@code bodiesReplaced} changed), its other files (static and generated), and how to make
     * the generated files it left for later (null: none pending).
     */
    record Success(List<SiteGraph> graphs, PagePlan plan, Map<String, Page> fresh, Prints prints,
                   List<SiteEntry> bodiesReplaced, Map<String, byte[]> files, Supplier<Map<String, byte[]>> pending) {
    }

    private final boolean keeps;
    /** On disk ({@link DiskCache}): what was parsed from which bytes; null for the preview's cache. */
    private final ParsedFiles parsedFiles;

    // What changed since the last build.
    private final Set<String> dirtyContent = new HashSet<>();
    private final Set<String> changedTemplates = new HashSet<>();
    private boolean configChanged = true;
    private boolean renderAll = true;

    // Kept from the last build, successful or not.
    private final Map<String, Parsed> parsed = new HashMap<>();
    private final Map<String, ResolvedBodies> bodies = new HashMap<>();
    private SiteRenderer.Templates templates;
    private List<SourceFile> listing;
    private List<Diagnostic> listingProblems = List.of();
    private List<Diagnostic> linkProblems = List.of();

    // Kept from the last successful build.
    private List<SiteGraph> graphs;
    private PagePlan plan;
    private Prints prints;
    private final Map<String, Page> pages = new HashMap<>();
    private Map<String, byte[]> files = Map.of();
    private volatile Map<String, byte[]> site = Map.of();
    private Supplier<Map<String, byte[]>> pendingOutputs;
    private boolean lazyOutputs;
    private boolean succeeded;
    private Map<String, GeneratedGroups.Group> groups = Map.of();
    private Map<String, DataFragments.File> dataFiles = Map.of();
    private Map<String, SearchFiles.Index> searchIndexes = Map.of();

    /** A cache for rebuilds after edits, as in the preview server. */
    public BuildCache() {
        this(true);
    }

    private BuildCache(boolean keeps) {
        this(keeps, null);
    }

    private BuildCache(boolean keeps, ParsedFiles parsedFiles) {
        this.keeps = keeps;
        this.parsedFiles = parsedFiles;
    }

    /**
     * A cache read from disk for one build ({@link DiskCache}): files are reused by their size,
     * time and checksum rather than by the preview's list of changed paths; pages and generated
     * files are not held in memory (the last output holds them).
     */
    static BuildCache fromDisk(ParsedFiles files) {
        BuildCache c = new BuildCache(true, files);
        c.configChanged = false;
        return c;
    }

    /** Whether this cache was read from disk (pages' bytes are then in the last output, not here). */
    boolean onDisk() {
        return parsedFiles != null;
    }

    /** Whether the built site is held in memory (the preview): pages' and generated files' bytes. */
    boolean keepsSite() {
        return keeps && parsedFiles == null;
    }

    /** What was parsed from which bytes (disk only; null for the preview). */
    ParsedFiles parsedFiles() {
        return parsedFiles;
    }

    /** A cache that keeps nothing: for a one-off build. */
    static BuildCache none() {
        return new BuildCache(false);
    }

    /** Whether this cache keeps anything (false for a one-off build). */
    boolean keeps() {
        return keeps;
    }

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

    /** Files that changed (paths relative to the site folder, e.g. {@code content/themes/x.md}). */
    public void changed(Collection<String> paths) {
        for (String p : paths) {
            if (p.startsWith("content/")) {
                dirtyContent.add(p);
            } else if (p.startsWith("templates/")) {
                changedTemplates.add(p);
                if (!p.startsWith(PagePlanner.STATIC + "/")) {
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

    /**
     * Called as a build starts: after a change of {@code site.yml} every file is parsed and every
     * page rendered again. Returns the graphs of the last successful build (null if none, or if
     * the last build failed), which are forgotten until this build succeeds.
     */
    List<SiteGraph> start() {
        if (configChanged) {
            parsed.clear();
            bodies.clear();
            dirtyContent.clear();
            renderAll = true;
            configChanged = false;
        }
        List<SiteGraph> last = graphs;
        graphs = null;
        return last;
    }

    // Scanning.

    /** The content listing kept from the last build (null: list afresh). */
    List<SourceFile> listing() {
        return listing;
    }

    List<Diagnostic> listingProblems() {
        return listingProblems;
    }

    void keepListing(List<SourceFile> files, List<Diagnostic> problems) {
        if (keeps) {
            listing = files;
            listingProblems = problems;
        }
    }

    /** Content files changed since they were last parsed. */
    Set<String> dirtyContent() {
        return Collections.unmodifiableSet(dirtyContent);
    }

    // Parsing.

    /** The file as last parsed, when it has not changed since (else null). */
    Parsed parsed(SourceFile f) {
        if (parsedFiles != null) {
            return parsedFiles.unchanged(f);
        }
        return dirtyContent.contains(f.path()) ? null : parsed.get(f.path());
    }

    /** The file at {@code path} as last parsed from bytes with this checksum (disk only; else null). */
    Parsed sameBytes(String path, long checksum) {
        return parsedFiles == null ? null : parsedFiles.sameBytes(path, checksum);
    }

    /** The file at {@code path} as last parsed, changed since or not (null: never parsed). */
    Parsed lastParsed(String path) {
        return parsed.get(path);
    }

    int parsedCount() {
        return parsed.size();
    }

    /** A file read in this build: its listing, the checksum of its bytes, what they parse to, its body's digest. */
    record Read(SourceFile file, long checksum, Parsed parsed, long body) {
    }

    /** Keeps the files read now and forgets those no longer {@code listed}; nothing is dirty after. */
    void keepParsed(Set<String> listed, List<Read> fresh) {
        if (parsedFiles != null) {
            parsedFiles.retain(listed);
            fresh.forEach(r -> parsedFiles.keep(r.file(), r.checksum(), r.body(), r.parsed()));
        } else if (keeps) {
            parsed.keySet().retainAll(listed);
            fresh.forEach(r -> parsed.put(r.file().path(), r.parsed()));
            dirtyContent.clear();
        }
    }

    // Linking.

    /** The resolved bodies kept for {@code lang} (null when this cache keeps nothing). */
    ResolvedBodies bodies(String lang) {
        return keepsSite() ? bodies.computeIfAbsent(lang, l -> new ResolvedBodies()) : null;
    }

    /** The problems the last linking found (an edit of text alone does not change them). */
    List<Diagnostic> linkProblems() {
        return linkProblems;
    }

    void keepLinkProblems(List<Diagnostic> problems) {
        if (keeps) {
            linkProblems = problems;
        }
    }

    /** Whether nothing but content changed since the last successful build (no template, no site.yml). */
    boolean onlyContentChanged() {
        return !renderAll && changedTemplates.isEmpty();
    }

    // Planning and rendering.

    /** The parsed templates, kept while no template changes (null: load again). */
    SiteRenderer.Templates templates() {
        return templates;
    }

    void keepTemplates(SiteRenderer.Templates t) {
        if (keeps) {
            templates = t;
        }
    }

    /** The page plan of the last successful build. */
    PagePlan plan() {
        return plan;
    }

    /** The page rendered at {@code file} by the last successful build (null if none). */
    Page page(String file) {
        return pages.get(file);
    }

    /** The prints of the last successful build (null before the first). */
    Prints prints() {
        return prints;
    }

    /** Templates (and static files, messages) changed since the last successful build. */
    Set<String> changedTemplates() {
        return Collections.unmodifiableSet(changedTemplates);
    }

    /** Whether every page must be rendered (first build, site.yml changed). */
    boolean renderAll() {
        return renderAll;
    }

    /**
     * Takes the last successful render from the disk cache: its prints and pages (without bytes)
     * stand for the last build's, and {@code changedTemplates} changed since.
     */
    void resume(Prints lastPrints, Map<String, Page> lastPages, Collection<String> changedTemplates,
                Map<String, GeneratedGroups.Group> lastGroups, Map<String, DataFragments.File> lastData,
                Map<String, SearchFiles.Index> lastSearch) {
        groups = lastGroups;
        dataFiles = lastData;
        searchIndexes = lastSearch;
        prints = lastPrints;
        pages.putAll(lastPages);
        renderAll = false;
        this.changedTemplates.addAll(changedTemplates);
    }

    /** The groups of generated files of the last successful build (disk only). */
    Map<String, GeneratedGroups.Group> groups() {
        return groups;
    }

    /** The entries of the data files of the last successful build (disk only). */
    Map<String, DataFragments.File> dataFiles() {
        return dataFiles;
    }

    void keepGroups(Map<String, GeneratedGroups.Group> made, Map<String, DataFragments.File> data, Map<String, SearchFiles.Index> search) {
        groups = made;
        dataFiles = data;
        searchIndexes = search;
    }

    /** The search indexes of the last successful build (disk only). */
    Map<String, SearchFiles.Index> searchIndexes() {
        return searchIndexes;
    }

    /** The pages of the last successful build (for the disk cache). */
    Map<String, Page> pages() {
        return Collections.unmodifiableMap(pages);
    }

    /** Whether a build with this cache has succeeded (its pages and prints are then the current ones). */
    boolean succeededOnce() {
        return succeeded;
    }

    /** Keeps what a successful build made; the preview serves it from now on. */
    void succeeded(Success s) {
        if (!keeps) {
            return;
        }
        succeeded = true;
        if (s.bodiesReplaced() == null) {
            Set<String> planned = new HashSet<>();
            s.plan().jobs().forEach(j -> planned.add(j.file()));
            pages.keySet().retainAll(planned);
            prints = s.prints();
        } else {
            prints.updateBodies(s.bodiesReplaced());
        }
        pages.putAll(s.fresh());
        plan = s.plan();
        graphs = s.graphs();
        files = new TreeMap<>(s.files());
        pendingOutputs = s.pending();
        renderAll = false;
        changedTemplates.clear();
        if (keepsSite()) {
            publish();
        }
    }

    // Serving.

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
        all.putAll(files);
        files = all;
        publish();
        return true;
    }

    /** The site of the last successful build: output path to bytes. Thread-safe to read. */
    public Map<String, byte[]> site() {
        return site;
    }

    private void publish() {
        Map<String, byte[]> all = new HashMap<>((files.size() + pages.size()) * 4 / 3 + 1);
        all.putAll(files);
        pages.forEach((file, page) -> all.put(file, page.bytes()));
        site = Collections.unmodifiableMap(all);
    }
}
