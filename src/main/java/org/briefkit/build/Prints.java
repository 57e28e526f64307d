package org.briefkit.build;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.briefkit.build.store.Digest;
import org.briefkit.build.store.StoreInput;
import org.briefkit.build.store.StoreOutput;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.model.Body;
import org.briefkit.model.Entry;
import org.briefkit.render.Tracking;

/**
 * Fingerprints of everything a template can read about the site: per entry (its parsed content,
 * resolved references, backlinks and body HTML), per collection (its entries in listing order), and
 * the menus. Comparing the prints of two builds gives what changed, and so which pages to render.
 * The preview's prints are the values themselves (compared with {@code equals}); the disk cache's
 * are 64-bit {@link Digest}s of them ({@link #digests}), where a body stands for the digest of its
 * parsed HTML (taken when its file was parsed) and the links its references became, so that no
 * body is made to compare it. Not
 * thread-safe.
 */
final class Prints {
    /** What templates can see of an entry's fields; equal prints render equally. */
    private record Head(String id, String collection, String lang, String file, String title, String linkTitle,
                        String summary, boolean draft, BigDecimal weight, String updated, String layout,
                        Map<String, Object> fields, Map<String, Object> params, String path) {
    }

    /** What templates can see of an entry's links to and from other entries. */
    private record Links(Map<String, List<String>> refs, List<String> inline, List<String> backlinks) {
    }

    /** What templates can see of an entry's body. */
    private record BodyPrint(String html, List<Body.Heading> headings, Map<String, String> markdown) {
    }

    final Map<String, Object> entries = new HashMap<>();
    final Map<String, Object> collections = new HashMap<>();
    final List<String> menus = new ArrayList<>();
    /** A content file's body digest by path, for digests; null: prints are the values. */
    private final ToLongFunction<String> files;

    private Prints(ToLongFunction<String> files) {
        this.files = files;
    }

    static Prints of(List<SiteGraph> graphs) {
        return of(graphs, null);
    }

    /** Digests of the prints, each body standing for {@code files}' digest of its parsed body and its links. */
    static Prints digests(List<SiteGraph> graphs, ToLongFunction<String> files) {
        return of(graphs, files);
    }

    private static Prints of(List<SiteGraph> graphs, ToLongFunction<String> files) {
        Prints p = new Prints(files);
        for (SiteGraph graph : graphs) {
            p.add(graph);
        }
        return p;
    }

    /** Prints read back from the disk cache ({@link #write}). */
    static Prints read(StoreInput in) {
        Prints p = new Prints(path -> 0);
        for (int n = in.readCount(); n > 0; n--) {
            p.entries.put(in.readString(), in.readFixedLong());
        }
        for (int n = in.readCount(); n > 0; n--) {
            p.collections.put(in.readString(), in.readFixedLong());
        }
        for (int n = in.readCount(); n > 0; n--) {
            p.menus.add(in.readString());
        }
        return p;
    }

    /** Writes digest prints for {@link #read}. */
    void write(StoreOutput out) {
        if (files == null) {
            throw new IllegalStateException("only digests are written");
        }
        out.writeInt(entries.size());
        entries.forEach((k, v) -> {
            out.writeString(k);
            out.writeFixedLong((Long) v);
        });
        out.writeInt(collections.size());
        collections.forEach((k, v) -> {
            out.writeString(k);
            out.writeFixedLong((Long) v);
        });
        out.writeInt(menus.size());
        menus.forEach(out::writeString);
    }

    /** Adds to {@code d} the key of {@code e} and its digest prints of {@code aspects} (0 for none). */
    void addTo(Digest d, SiteEntry e, Tracking.Aspect... aspects) {
        d.add(Tracking.key(e));
        for (Tracking.Aspect a : aspects) {
            Object print = entries.get(Tracking.key(e, a));
            d.add(print instanceof Long l ? l : 0L);
        }
    }

    /** The print of one value: itself, or its digest. */
    private Object print(Object value, Digest digest) {
        return files == null ? value : (Object) digest.value();
    }

    private void add(SiteGraph graph) {
        Prints p = this;
        String tree = graph.lang() + ":";
        for (String c : graph.collectionNames()) {
            List<String> ids = new ArrayList<>();
            for (SiteEntry e : graph.collection(c)) {
                ids.add(e.id());
                p.put(e);
                Object menu = e.entry().fields().containsKey("menu") ? e.entry().fields().get("menu") : e.entry().params().get("menu");
                if (menu != null) {
                    p.menus.add(menu + "=" + Tracking.key(e));
                }
            }
            Digest d = new Digest();
            ids.forEach(d::add);
            p.collections.put(tree + c, print(ids, d));
            p.collections.put(tree + c + "#size", print(List.of(Integer.toString(ids.size())), new Digest().add(ids.size())));
            SiteEntry section = graph.section(c);
            if (section != null) {
                p.put(section);
            }
        }
        SiteEntry home = graph.section("");
        if (home != null) {
            p.put(home);
        }
    }

    private void put(SiteEntry e) {
        Entry x = e.entry();
        Head head = new Head(x.id(), x.collection(), x.lang(), x.path(), x.title(), x.linkTitle(), x.summary(), x.draft(),
                x.weight(), x.updated(), x.layout(), x.fields(), x.params(), e.path());
        entries.put(Tracking.key(e, Tracking.Aspect.HEAD), files == null ? head : digest(head));
        putBody(e);
        Map<String, List<String>> refs = new LinkedHashMap<>();
        e.refs().forEach((k, v) -> refs.put(k, v.stream().map(SiteEntry::id).toList()));
        List<String> backlinks = new ArrayList<>();
        for (SiteEntry.Backlink b : e.backlinks()) {
            backlinks.add(Tracking.key(b.from()) + "#" + b.field());
        }
        List<String> inline = e.inlineRefs().stream().map(Tracking::key).toList();
        entries.put(Tracking.key(e, Tracking.Aspect.LINKS), files == null ? new Links(refs, inline, backlinks)
                : (Object) new Digest().addValue(refs).addValue(inline).addValue(backlinks).value());
    }

    private static long digest(Head h) {
        return new Digest().add(h.id()).add(h.collection()).add(h.lang()).add(h.file()).add(h.title()).add(h.linkTitle())
                .add(h.summary()).add(h.draft()).addValue(h.weight()).add(h.updated()).add(h.layout()).addValue(h.fields())
                .addValue(h.params()).add(h.path()).value();
    }

    /** Takes the bodies of {@code changed} as they are now (after an edit of their text alone). */
    void updateBodies(List<SiteEntry> changed) {
        changed.forEach(this::putBody);
    }

    private void putBody(SiteEntry e) {
        String key = Tracking.key(e, Tracking.Aspect.BODY);
        if (files == null) {
            entries.put(key, new BodyPrint(e.html(), e.entry().body().headings(), e.markdown()));
            return;
        }
        Digest d = new Digest().add(files.applyAsLong(e.entry().path()));
        List<String> links = e.bodyLinks();
        d.addValue(links == null ? List.of(e.html()) : links);
        for (Body.Heading h : e.entry().body().headings()) {
            d.add(h.level()).add(h.id()).add(h.text());
        }
        entries.put(key, d.addValue(e.markdown()).value());
    }

    /** Keys of entries whose print differs between {@code before} and this (added and removed too). */
    Set<String> changedEntries(Map<String, Object> before) {
        Set<String> out = new HashSet<>();
        entries.forEach((k, v) -> {
            if (!Objects.equals(before.get(k), v)) {
                out.add(k);
            }
        });
        before.keySet().forEach(k -> {
            if (!entries.containsKey(k)) {
                out.add(k);
            }
        });
        return out;
    }

    Set<String> changedCollections(Map<String, Object> before) {
        Set<String> out = new HashSet<>();
        collections.forEach((k, v) -> {
            if (!v.equals(before.get(k))) {
                out.add(k);
            }
        });
        before.keySet().forEach(k -> {
            if (!collections.containsKey(k)) {
                out.add(k);
            }
        });
        return out;
    }
}
