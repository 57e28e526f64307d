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
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.model.Body;
import org.briefkit.model.Entry;
import org.briefkit.render.Tracking;

/**
 * Fingerprints of everything a template can read about the site: per entry (its parsed content,
 * resolved references, backlinks and body HTML), per collection (its entries in listing order), and
 * the menus. Comparing the prints of two builds gives what changed, and so which pages to render.
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
    final Map<String, List<String>> collections = new HashMap<>();
    final List<String> menus = new ArrayList<>();

    static Prints of(List<SiteGraph> graphs) {
        Prints p = new Prints();
        for (SiteGraph graph : graphs) {
            p.add(graph);
        }
        return p;
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
            p.collections.put(tree + c, ids);
            p.collections.put(tree + c + "#size", List.of(Integer.toString(ids.size())));
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
        entries.put(Tracking.key(e, Tracking.Aspect.HEAD), new Head(x.id(), x.collection(), x.lang(), x.path(), x.title(),
                x.linkTitle(), x.summary(), x.draft(), x.weight(), x.updated(), x.layout(), x.fields(), x.params(), e.path()));
        putBody(e);
        Map<String, List<String>> refs = new LinkedHashMap<>();
        e.refs().forEach((k, v) -> refs.put(k, v.stream().map(SiteEntry::id).toList()));
        List<String> backlinks = new ArrayList<>();
        for (SiteEntry.Backlink b : e.backlinks()) {
            backlinks.add(Tracking.key(b.from()) + "#" + b.field());
        }
        entries.put(Tracking.key(e, Tracking.Aspect.LINKS), new Links(refs, e.inlineRefs().stream().map(Tracking::key).toList(), backlinks));
    }

    /** Takes the bodies of {@code changed} as they are now (after an edit of their text alone). */
    void updateBodies(List<SiteEntry> changed) {
        changed.forEach(this::putBody);
    }

    private void putBody(SiteEntry e) {
        entries.put(Tracking.key(e, Tracking.Aspect.BODY), new BodyPrint(e.html(), e.entry().body().headings(), e.markdown()));
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

    Set<String> changedCollections(Map<String, List<String>> before) {
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
