package org.briefkit.outputs;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.model.Body;
import org.briefkit.work.Workers;

/**
 * Machine-readable content for other campaigns' tools: {@code data/<collection>.json} with every
 * entry (fields, references resolved to IDs, backlinks, body HTML) and {@code data/graph.json} with
 * every reference, each with a {@code schemaVersion} (docs/data.md, docs/schema/). Links in body
 * HTML are relative to the site root. Stateless.
 */
public final class DataExport {
    public static final int SCHEMA_VERSION = 1;

    private DataExport() {
    }

    /**
     * Makes the data files of {@code graph} and hands each to {@code out} as soon as it is made, in
     * UTF-8 pieces: a collection of 10,000 bodies is too big to build as one string (a heap of
     * 450 MB ran out there), and at 100,000 too big to hold twice. A collection's entries are made
     * a block at a time on {@code workers} as its pieces are read, so the pieces must be read while
     * the workers are open.
     */
    public static void build(SiteGraph graph, Workers workers, BiConsumer<String, List<byte[]>> out) {
        String base = graph.config().baseUrl();
        Utf8 nodes = new Utf8();
        Utf8 edges = new Utf8();
        for (String c : graph.collectionNames()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schemaVersion", SCHEMA_VERSION);
            doc.put("site", graph.config().title());
            doc.put("lang", graph.lang());
            doc.put("collection", c);
            doc.put("title", graph.config().collection(c).title());
            doc.put("references", graph.config().collection(c).references());
            doc.put("entries", List.of());
            String head = Json.write(doc);
            List<SiteEntry> entries = graph.collection(c);
            out.accept(graph.prefix() + "data/" + c + ".json", new EntryPieces(
                    head.substring(0, head.length() - "]}".length()).getBytes(StandardCharsets.UTF_8), entries, base, workers));
            for (SiteEntry e : entries) {
                Map<String, Object> node = new LinkedHashMap<>();
                node.put("id", e.id());
                node.put("collection", c);
                node.put("title", e.title());
                node.put("url", e.path());
                nodes.addItem(Json.write(node));
                e.refs().forEach((field, list) -> list.forEach(t -> edges.addItem(Json.write(edge(e, t, field)))));
                e.inlineRefs().forEach(t -> edges.addItem(Json.write(edge(e, t, null))));
            }
        }
        // {"schemaVersion":…,"lang":…,"nodes":[…],"edges":[…]}, the lists written item by item
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("schemaVersion", SCHEMA_VERSION);
        g.put("site", graph.config().title());
        g.put("lang", graph.lang());
        String head = Json.write(g);
        Utf8 json = new Utf8();
        json.add(head.substring(0, head.length() - 1) + ",\"nodes\":[");
        json.addAll(nodes);
        json.add("],\"edges\":[");
        json.addAll(edges);
        json.add("]}\n");
        out.accept(graph.prefix() + "data/graph.json", json.parts);
    }

    /** One entry of a collection's data file. */
    private static Map<String, Object> entry(SiteEntry e, String base) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("title", e.title());
        m.put("summary", e.entry().summary());
        m.put("url", e.path());
        m.put("permalink", base.isEmpty() ? null : base + e.path());
        m.put("lang", e.entry().lang());
        m.put("translated", !e.fallback());
        m.put("updated", e.entry().updated());
        m.put("weight", e.entry().weight());
        m.put("draft", e.entry().draft());
        m.put("fields", e.entry().fields());
        m.put("params", e.entry().params());
        Map<String, Object> refs = new LinkedHashMap<>();
        e.refs().forEach((field, list) -> refs.put(field, list.stream().map(SiteEntry::id).toList()));
        m.put("references", refs);
        m.put("links", e.inlineRefs().stream().map(SiteEntry::id).toList());
        List<Object> backlinks = new ArrayList<>();
        for (SiteEntry.Backlink b : e.backlinks()) {
            Map<String, Object> bl = new LinkedHashMap<>();
            bl.put("from", b.from().id());
            bl.put("collection", b.from().collection());
            bl.put("field", b.field());
            backlinks.add(bl);
        }
        m.put("backlinks", backlinks);
        m.put("html", html(e.html()));
        if (!e.markdown().isEmpty()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            e.markdown().forEach((name, html) -> fields.put(name, html(html)));
            m.put("markdownHtml", fields);
        }
        return m;
    }

    /**
     * Body HTML as data files give it: links relative to the site root, links to paths of the site as
     * written, from the root (a data file is read from no page), paragraph links as ¶.
     */
    private static String html(String html) {
        String links = Body.writeLinks(html, url -> url.startsWith("/") ? url.substring(1) : url);
        return Body.resolveRoot(links, "").replace(String.valueOf(Body.PARAGRAPH_LABEL), "¶")
                .replace(String.valueOf(Body.TABLE_LABEL), "Table");
    }

    /**
     * The pieces of a collection's file: its head, each entry's JSON, its end. Entries' JSON is made
     * as the list is read, a block at a time in parallel (most of the time is escaping bodies), and
     * only the last block is held: at 100,000 entries the whole file is hundreds of megabytes.
     * Reading it twice makes the JSON twice.
     */
    private static final class EntryPieces extends AbstractList<byte[]> {
        private static final int BLOCK = 512;
        private static final byte[] END = "]}\n".getBytes(StandardCharsets.UTF_8);
        private final byte[] head;
        private final List<SiteEntry> entries;
        private final String base;
        private final Workers workers;
        private int blockStart;
        private byte[][] block = new byte[0][];

        EntryPieces(byte[] head, List<SiteEntry> entries, String base, Workers workers) {
            this.workers = workers;
            this.head = head;
            this.entries = entries;
            this.base = base;
        }

        @Override
        public int size() {
            return entries.size() + 2;
        }

        @Override
        public synchronized byte[] get(int index) {
            if (index == 0) {
                return head;
            }
            if (index == entries.size() + 1) {
                return END;
            }
            int i = index - 1;
            if (i < blockStart || i >= blockStart + block.length) {
                int start = i - i % BLOCK;
                byte[][] made = new byte[Math.min(BLOCK, entries.size() - start)][];
                workers.forEach(made.length, k -> made[k] =
                        ((start + k == 0 ? "" : ",") + Json.write(entry(entries.get(start + k), base))).getBytes(StandardCharsets.UTF_8));
                blockStart = start;
                block = made;
            }
            return block[i - blockStart];
        }
    }

    /** A document in UTF-8 pieces; {@link #addItem} separates list items with commas. */
    private static final class Utf8 {
        private final List<byte[]> parts = new ArrayList<>();
        private boolean items;

        void add(String s) {
            add(s.getBytes(StandardCharsets.UTF_8));
        }

        void add(byte[] b) {
            parts.add(b);
        }

        void addItem(String json) {
            add((items ? "," : "") + json);
            items = true;
        }

        void addAll(Utf8 other) {
            parts.addAll(other.parts);
        }
    }

    private static Map<String, Object> edge(SiteEntry from, SiteEntry to, String field) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", from.id());
        m.put("to", to.id());
        m.put("field", field == null ? "inline" : field);
        return m;
    }
}
