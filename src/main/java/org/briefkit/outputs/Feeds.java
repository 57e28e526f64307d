package org.briefkit.outputs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.text.Xml;
import org.briefkit.yaml.Dates;

/**
 * Atom feeds (RFC 4287): {@code feed.xml} with the talking points and proposals that have an
 * {@code updated} date, newest first (at most {@value #MAX} entries; all collections when a site
 * has neither), and for each theme {@code themes/<slug>/feed.xml} with its talking points. IDs are
 * the pages' absolute URLs when the site has a base URL, otherwise stable {@code urn:uuid:} names
 * derived from the site title and entry ID. Entries without a date are left out. Stateless.
 */
public final class Feeds {
    static final int MAX = 100;

    private Feeds() {
    }

    public static Map<String, byte[]> build(SiteGraph graph) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        List<String> collections = new ArrayList<>();
        for (String c : List.of("talking-points", "proposals")) {
            if (graph.config().collection(c) != null) {
                collections.add(c);
            }
        }
        if (collections.isEmpty()) {
            collections.addAll(graph.collectionNames());
        }
        List<SiteEntry> all = new ArrayList<>();
        collections.forEach(c -> all.addAll(graph.collection(c)));
        String prefix = graph.prefix();
        out.put(prefix + "feed.xml", feed(graph, all, graph.config().title(graph.lang()), prefix + "feed.xml", prefix));
        if (graph.config().collection("themes") != null && graph.config().collection("talking-points") != null) {
            for (SiteEntry theme : graph.collection("themes")) {
                List<SiteEntry> points = new ArrayList<>();
                for (SiteEntry.Backlink b : theme.backlinks()) {
                    if (b.from().collection().equals("talking-points") && "theme".equals(b.field()) && !points.contains(b.from())) {
                        points.add(b.from());
                    }
                }
                out.put(theme.path() + "feed.xml", feed(graph, points, graph.config().title(graph.lang()) + ": " + theme.title(),
                        theme.path() + "feed.xml", theme.path()));
            }
        }
        return out;
    }

    /** An entry and its date. */
    private record Dated(SiteEntry entry, Instant instant) {
    }

    private static byte[] feed(SiteGraph graph, List<SiteEntry> candidates, String title, String self, String alternate) {
        // Each date parsed once, not at every comparison of the sort (millions of parses at 10k).
        List<Dated> dated = new ArrayList<>();
        for (SiteEntry e : candidates) {
            Instant at = Dates.instant(e.entry().updated());
            if (at != null) {
                dated.add(new Dated(e, at));
            }
        }
        dated.sort(Comparator.comparing(Dated::instant).reversed().thenComparing(d -> d.entry().title())
                .thenComparing(d -> d.entry().id()));
        List<SiteEntry> entries = new ArrayList<>();
        dated.subList(0, Math.min(MAX, dated.size())).forEach(d -> entries.add(d.entry()));
        String base = graph.config().baseUrl();
        String updated = entries.isEmpty() ? "1970-01-01T00:00:00Z" : Dates.utc(entries.get(0).entry().updated());
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        sb.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Xml.escape(graph.lang())).append("\">\n");
        sb.append("  <title>").append(Xml.escape(title)).append("</title>\n");
        sb.append("  <id>").append(Xml.escape(base.isEmpty() ? urn(graph, "feed:" + self) : base + self)).append("</id>\n");
        sb.append("  <updated>").append(updated).append("</updated>\n");
        sb.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(base.isEmpty() ? relative(self, self) : base + self))
                .append("\"/>\n");
        sb.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(Xml.escape(base.isEmpty() ? relative(self, graph.href(alternate)) : base + alternate)).append("\"/>\n");
        sb.append("  <author><name>").append(Xml.escape(graph.config().title(graph.lang()))).append("</name></author>\n");
        sb.append("  <generator>briefkit</generator>\n");
        for (SiteEntry e : entries) {
            String url = base.isEmpty() ? relative(self, graph.href(e.path())) : base + e.path();
            sb.append("  <entry>\n");
            sb.append("    <title>").append(Xml.escape(e.title())).append("</title>\n");
            sb.append("    <id>").append(Xml.escape(base.isEmpty() ? urn(graph, graph.prefix() + e.collection() + "/" + e.id()) : base + e.path())).append("</id>\n");
            sb.append("    <updated>").append(Dates.utc(e.entry().updated())).append("</updated>\n");
            sb.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url)).append("\"/>\n");
            sb.append("    <category term=\"").append(Xml.escape(e.collection())).append("\" label=\"")
                    .append(Xml.escape(graph.config().collection(e.collection()).title())).append("\"/>\n");
            if (e.entry().summary() != null && !e.entry().summary().isBlank()) {
                sb.append("    <summary>").append(Xml.escape(e.entry().summary())).append("</summary>\n");
            }
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String urn(SiteGraph graph, String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((graph.config().title() + "\n" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** A link from the feed file's folder to a site path. */
    static String relative(String from, String to) {
        int depth = 0;
        for (int i = 0; i < from.length(); i++) {
            if (from.charAt(i) == '/') {
                depth++;
            }
        }
        String t = to.equals("./") ? "" : to;
        String r = "../".repeat(depth) + t;
        return r.isEmpty() ? "./" : r;
    }
}
