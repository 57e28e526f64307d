package org.briefkit.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefkit.config.AllowedHosts;
import org.briefkit.config.SiteConfig;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Diagnostics;
import org.briefkit.graph.GraphBuilder;
import org.briefkit.model.Entry;
import org.briefkit.parse.ContentPath;
import org.briefkit.parse.EntryParser;
import org.briefkit.parse.MarkdownRenderer;
import org.briefkit.parse.OutsideLinks;
import org.briefkit.source.SiteSource;
import org.briefkit.source.SourceFile;
import org.briefkit.work.Workers;

/**
 * The parse stage: each content file read, decoded and parsed into an {@link Entry} on the build's
 * workers; files unchanged since the cache's last build are taken from it. One parse per build;
 * not thread-safe itself.
 */
final class Parsing {
    /**
     * The entries parsed (files too broken to read left out); the entries of those files, as
     * {@code collection/ID} from their names (references to them are not reported again); and when
     * the same files as last time were listed and each file parsed again differs from its last
     * version only in its body's text: each last version to its new one ({@code textEdits}; else null).
     */
    record Result(List<Entry> entries, Set<String> unreadable, Map<Entry, Entry> textEdits) {
    }

    private final SiteSource source;
    private final BuildCache cache;
    private final BuildListener listener;
    private final Diagnostics diagnostics;

    Parsing(SiteSource source, BuildCache cache, BuildListener listener, Diagnostics diagnostics) {
        this.source = source;
        this.cache = cache;
        this.listener = listener;
        this.diagnostics = diagnostics;
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

    /**
     * Parses {@code files} (bodies packed when {@code pack}), reporting their problems; with
     * {@code lenient}, images from other hosts become links to them.
     */
    Result parse(SiteConfig config, List<SourceFile> files, boolean pack, boolean lenient, Workers workers) {
        Entry[] results = new Entry[files.size()];
        List<SourceFile> todo = new ArrayList<>();
        List<Integer> todoIndex = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            BuildCache.Parsed hit = cache.parsed(files.get(i));
            if (hit != null) {
                results[i] = hit.entry();
                diagnostics.addAll(hit.diagnostics());
            } else {
                todo.add(files.get(i));
                todoIndex.add(i);
            }
        }
        listener.stage("parse", todo.size());
        BuildCache.Read[] fresh = new BuildCache.Read[todo.size()];
        if (!todo.isEmpty()) {
            AllowedHosts outsideImagesAsLinks = lenient ? new AllowedHosts(config.allowHosts()) : null;
            String rel = config.security().outsideLinkRel();
            OutsideLinks outsideLinks = rel.isEmpty() ? null
                    : new OutsideLinks(rel, new AllowedHosts(config.host() == null ? List.of() : List.of(config.host())));
            EntryParser parser = new EntryParser(config, new MarkdownRenderer(config.allowRawHtml(), outsideImagesAsLinks, outsideLinks),
                    pack);
            workers.forEach(todo.size(), i -> fresh[i] = readOne(parser, todo.get(i)), listener::progress);
        }
        List<BuildCache.Read> kept = new ArrayList<>();
        for (int k = 0; k < todo.size(); k++) {
            BuildCache.Parsed p = fresh[k].parsed();
            diagnostics.addAll(p.diagnostics());
            results[todoIndex.get(k)] = p.entry();
            if (fresh[k].file() != null) {
                kept.add(fresh[k]);
            }
        }
        Map<Entry, Entry> textEdits = cache.keepsSite() ? textEdits(files, todo, fresh) : null;
        Set<String> listed = new HashSet<>();
        files.forEach(f -> listed.add(f.path()));
        cache.keepParsed(listed, kept);
        List<Entry> out = new ArrayList<>(results.length);
        Set<String> unreadable = new HashSet<>();
        for (int i = 0; i < results.length; i++) {
            if (results[i] != null) {
                out.add(results[i]);
            } else {
                ContentPath where = ContentPath.of(files.get(i).path(), config);
                if (where != null && !where.section()) {
                    unreadable.add(where.collection() + "/" + where.stem());
                }
            }
        }
        return new Result(out, unreadable, textEdits);
    }

    /**
     * Reads and parses one file, or takes it from the cache when its bytes are those it was last
     * parsed from. A file that cannot be read is reported and not kept ({@code file} null).
     */
    private BuildCache.Read readOne(EntryParser parser, SourceFile f) {
        byte[] bytes;
        try {
            bytes = source.read(f.path());
        } catch (IOException e) {
            return new BuildCache.Read(null, 0, new BuildCache.Parsed(null,
                    List.of(Diagnostic.error(f.path(), 0, 0, "cannot read: " + e.getMessage()))), 0);
        }
        long checksum = cache.onDisk() ? ParsedFiles.checksum(bytes) : 0;
        BuildCache.Parsed same = cache.sameBytes(f.path(), checksum);
        if (same != null) {
            return new BuildCache.Read(f, checksum, same, cache.parsedFiles().body(f.path()));
        }
        EntryParser.Result r = parser.parse(f.path(), bytes);
        return new BuildCache.Read(f, checksum, new BuildCache.Parsed(r.entry(), List.copyOf(r.diagnostics())),
                cache.onDisk() ? ParsedFiles.bodyDigest(r.entry()) : 0);
    }

    /**
     * When the same files as last time were listed and each one parsed again differs from its last
     * version only in its body's text: each last version to its new one. Else null.
     */
    private Map<Entry, Entry> textEdits(List<SourceFile> files, List<SourceFile> todo, BuildCache.Read[] fresh) {
        if (files.size() != cache.parsedCount()) {
            return null;
        }
        Map<Entry, Entry> edits = new IdentityHashMap<>();
        for (int k = 0; k < todo.size(); k++) {
            BuildCache.Parsed before = cache.lastParsed(todo.get(k).path());
            Entry after = fresh[k].parsed().entry();
            if (before == null || before.entry() == null || after == null || fresh[k].parsed().diagnostics().stream().anyMatch(Diagnostic::isError)
                    || !GraphBuilder.onlyTextChanged(before.entry(), after)) {
                return null;
            }
            edits.put(before.entry(), after);
        }
        return edits;
    }
}
