package org.briefkit.build;

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

    /** Makes every generated file and takes each; see {@link #make(List, List, StageTimes, Workers, boolean, BiConsumer)}. */
    void make(List<SiteGraph> graphs, List<PageJob> jobs, StageTimes times, Workers workers, boolean beside) {
        make(graphs, jobs, times, workers, beside, this::take);
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
            diagnostics.add(Diagnostic.error(PagePlanner.STATIC + "/" + path, 0, 0, "briefkit writes " + path + " itself")
                    .withHint("rename or remove the static file"));
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
        BiConsumer<String, byte[]> whole = (path, bytes) -> out.accept(path, List.of(bytes));
        Consumer<Map<String, byte[]>> each = files -> files.forEach(whole);
        List.of("feeds", "data", "search").forEach(times::reserve);
        for (SiteGraph g : graphs) {
            List<Runnable> parts = List.of(() -> {
                times.added("feeds", () -> each.accept(Feeds.build(g)));
                times.added("data", () -> DataExport.build(g, workers, out));
            }, () -> times.added("search", () -> SearchIndex.build(g, workers, whole)));
            if (beside) {
                workers.forEach(parts.size(), i -> parts.get(i).run());
            } else {
                parts.forEach(Runnable::run);
            }
        }
        each.accept(Sitemap.build(graphs, sitemapPages(graphs, jobs)));
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
