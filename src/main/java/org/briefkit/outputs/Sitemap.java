package org.briefkit.outputs;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.text.Xml;
import org.briefkit.yaml.Dates;

/**
 * {@code sitemap.xml} (sitemaps.org protocol 0.9): every page by its absolute URL, with the entry's
 * {@code updated} date as {@code lastmod}. The protocol needs absolute URLs, so a site without a
 * base URL gets no sitemap. A site in several languages gets one sitemap per language (the default
 * language's as {@code sitemap-LANG.xml} at the root, the others as {@code LANG/sitemap.xml}, since a
 * sitemap may only list pages in and below its own folder) and {@code sitemap.xml} is their index.
 * Stateless.
 */
public final class Sitemap {
    private Sitemap() {
    }

    /**
     * The sitemap files of the site: file name to content; none without a base URL. {@code pages}
     * are each language's page files relative to the root, in the order of {@code graphs} (the
     * default language first).
     */
    public static Map<String, byte[]> build(List<SiteGraph> graphs, List<List<String>> pages) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        SiteGraph first = graphs.get(0);
        String base = first.config().baseUrl();
        if (base.isEmpty()) {
            return out;
        }
        if (graphs.size() == 1) {
            out.put("sitemap.xml", build(first, pages.get(0)));
            return out;
        }
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        index.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 0; i < graphs.size(); i++) {
            SiteGraph g = graphs.get(i);
            String file = g.prefix().isEmpty() ? "sitemap-" + g.lang() + ".xml" : g.prefix() + "sitemap.xml";
            out.put(file, build(g, pages.get(i)));
            index.append("  <sitemap><loc>").append(Xml.escape(base + file)).append("</loc></sitemap>\n");
        }
        index.append("</sitemapindex>\n");
        out.put("sitemap.xml", index.toString().getBytes(StandardCharsets.UTF_8));
        return out;
    }

    /** A date as it is, a date-time in UTC (W3C Datetime), or null when it is not a date. */
    static String lastmod(String updated) {
        return Dates.instant(updated) == null ? null : Dates.hasTime(updated) ? Dates.utc(updated) : updated;
    }

    /** The sitemap of one language, or null without a base URL. {@code pages} are page files relative to the root. */
    public static byte[] build(SiteGraph graph, List<String> pages) {
        String base = graph.config().baseUrl();
        if (base.isEmpty()) {
            return null;
        }
        Map<String, String> lastmod = new HashMap<>();
        for (SiteEntry e : graph.entries()) {
            if (e.entry().updated() != null) {
                lastmod.put(e.path() + "index.html", lastmod(e.entry().updated()));
            }
        }
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            if (!page.endsWith("index.html")) {
                continue;
            }
            String folder = page.substring(0, page.length() - "index.html".length());
            sb.append("  <url><loc>").append(Xml.escape(base + folder)).append("</loc>");
            String date = lastmod.get(page);
            if (date != null) {
                sb.append("<lastmod>").append(date).append("</lastmod>");
            }
            sb.append("</url>\n");
        }
        sb.append("</urlset>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
