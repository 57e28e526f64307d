package org.briefkit.build;

import static org.briefkit.render.Tracking.Aspect.BODY;
import static org.briefkit.render.Tracking.Aspect.HEAD;
import static org.briefkit.render.Tracking.Aspect.LINKS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Diagnostics;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.outputs.DataExport;
import org.briefkit.outputs.Feeds;
import org.briefkit.outputs.Sitemap;
import org.briefkit.outputs.search.SearchIndex;
import org.briefkit.render.PageJob;
import org.briefkit.work.Workers;
import org.briefkit.write.OutputSink;

/**
 * The generated files of a build: feeds, data files and the search index of each language, and the
 * sitemaps. Each file is taken as soon as it is made (at 100,000 entries they cannot all be held):
 * a file that clashes with a static file is an error; the others are written to the sink and,
 * when the cache keeps the site, kept. Taking files is thread-safe.
 */
final class GeneratedFiles {
    private final Map<String, byte[]> statics;
    private final boolean keep;
    private final OutputSink sink;
    private final Diagnostics diagnostics;
    private final Map<String, byte[]> kept = new ConcurrentSkipListMap<>();
    private final AtomicInteger count = new AtomicInteger();

    GeneratedFiles(Map<String, byte[]> statics, boolean keep, OutputSink sink, Diagnostics diagnostics) {
        this.statics = statics;
        this.keep = keep;
        this.sink = sink;
        this.diagnostics = diagnostics;
    }

    /**
     * Makes every generated file and takes each, keeping instead the groups {@code groups} says
     * are unchanged (null: none); see {@link #make(List, List, StageTimes, Workers, boolean, GeneratedGroups, BiConsumer, Consumer)}.
     */
    void make(List<SiteGraph> graphs, List<PageJob> jobs, StageTimes times, Workers workers, boolean beside, GeneratedGroups groups) {
        make(graphs, jobs, times, workers, beside, groups, this::take, this::kept);
    }

    /** A file kept from the current output: counted, and still checked against the static files. */
    private void kept(String path) {
        count.incrementAndGet();
        if (statics.containsKey(path)) {
            clash(path);
        }
    }

    private void clash(String path) {
        diagnostics.add(Diagnostic.error(PagePlanner.STATIC + "/" + path, 0, 0, "briefkit writes " + path + " itself")
                .withHint("rename or remove the static file"));
    }

    /** The files kept (when the cache keeps the site): path to bytes. */
    Map<String, byte[]> kept() {
        return kept;
    }

    /** How many files were made. */
    int count() {
        return count.get();
    }

    private void take(String path, List<byte[]> pieces) {
        count.incrementAndGet();
        if (statics.containsKey(path)) {
            clash(path);
            return;
        }
        // Pieces may be made as they are read (data files): read them once.
        List<byte[]> once = pieces;
        if (keep) {
            byte[] joined = OutputSink.join(pieces);
            kept.put(path, joined);
            once = List.of(joined);
        }
        if (sink != null) {
            try {
                sink.write(path, once);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path, e);
            }
        }
    }

    /**
     * Feeds, data files and the search index of each language, and the sitemap, each handed to
     * {@code out} (path, bytes in pieces) as soon as it is made; their times are added to
     * {@code times}. With {@code beside}, feeds and data files are made on one worker beside the
     * search index (each has long stretches on one core, which left a core of the two idle for a
     * third of the outputs stage); without (memory short), one after another. {@code out} is
     * called from several threads at once.
     */
    static void make(List<SiteGraph> graphs, List<PageJob> jobs, StageTimes times, Workers workers, boolean beside,
                     BiConsumer<String, List<byte[]>> out) {
        make(graphs, jobs, times, workers, beside, null, out, path -> { });
    }

    /**
     * As above, except that a group of files (a language's feeds, a data file) that {@code groups}
     * keeps is not made, and a language's search index is kept or brought up to date where it can
     * be ({@link SearchFiles}): each file kept goes to {@code kept}.
     */
    static void make(List<SiteGraph> graphs, List<PageJob> jobs, StageTimes times, Workers workers, boolean beside,
                     GeneratedGroups groups, BiConsumer<String, List<byte[]>> out, Consumer<String> kept) {
        List.of("feeds", "data", "search").forEach(times::reserve);
        for (SiteGraph g : graphs) {
            String lang = g.lang() + ":";
            List<SiteEntry> all = g.entries();
            BiConsumer<String, List<byte[]>> data = grouped(groups, null, out);
            List<Runnable> parts = List.of(() -> {
                times.added("feeds", () -> {
                    String name = "feeds:" + lang;
                    // Feeds show fields and links, no text: an edit of a body leaves them as they are.
                    if (groups == null || !groups.keep(name, groups.digest(name, all, HEAD, LINKS), kept)) {
                        Feeds.build(g).forEach((path, bytes) -> grouped(groups, name, out).accept(path, List.of(bytes)));
                    }
                });
                times.added("data", () -> DataExport.build(g, workers, data, path -> groups == null
                        || !groups.keep(path, dataDigest(groups, g, path), kept), groups == null ? DataExport.Fragments.NONE : groups.data()));
            }, () -> times.added("search", () -> {
                BiConsumer<String, byte[]> index = (path, bytes) -> out.accept(path, List.of(bytes));
                if (groups == null) {
                    SearchIndex.build(g, workers, index);
                } else {
                    groups.search().make(g, workers, index, path -> groups.keepFile(path, kept));
                }
            }));
            if (beside) {
                workers.forEach(parts.size(), i -> parts.get(i).run());
            } else {
                parts.forEach(Runnable::run);
            }
        }
        Sitemap.build(graphs, sitemapPages(graphs, jobs)).forEach((path, bytes) -> out.accept(path, List.of(bytes)));
    }

    /** {@code out}, recording each file as made for group {@code name} (a data file is its own group: null). */
    private static BiConsumer<String, List<byte[]>> grouped(GeneratedGroups groups, String name, BiConsumer<String, List<byte[]>> out) {
        if (groups == null) {
            return out;
        }
        return (path, pieces) -> {
            groups.made(name == null ? path : name, path);
            out.accept(path, pieces);
        };
    }

    /** A data file's inputs: each entry of its collection (all entries for the graph file). */
    private static long dataDigest(GeneratedGroups groups, SiteGraph g, String path) {
        String file = path.substring(g.prefix().length());
        if (file.equals("data/graph.json")) {
            return groups.digest(path, g.entries(), HEAD, LINKS);
        }
        String collection = file.substring("data/".length(), file.length() - ".json".length());
        return groups.digest(path, g.collection(collection), HEAD, LINKS, BODY);
    }

    /** The pages of each language's sitemap: every page but the 404 page and fallbacks to the default language. */
    private static List<List<String>> sitemapPages(List<SiteGraph> graphs, List<PageJob> jobs) {
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
        return pages;
    }
}
