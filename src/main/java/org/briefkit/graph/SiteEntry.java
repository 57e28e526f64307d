package org.briefkit.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.model.Entry;

/**
 * An entry in the site graph: the parsed {@link Entry} with its place in the site (its path), its
 * references resolved to other entries, the entries that refer to it, and its body HTML with
 * references turned into links. Created by {@link EntryIndex} and completed by
 * {@link GraphBuilder}; immutable and thread-safe once the graph is built, except that a rebuild
 * may give it a new version of its file whose body text alone changed
 * ({@link GraphBuilder#replaceBodies}) before pages are rendered.
 */
public final class SiteEntry {
    private Entry entry;
    private final String path;
    private final String tree;
    private Map<String, List<SiteEntry>> refs = new LinkedHashMap<>();
    private List<SiteEntry> inlineRefs = new ArrayList<>();
    private List<Backlink> backlinks = new ArrayList<>();
    /** The body HTML when kept ({@link ResolvedBodies}); else null, and it is made from {@link #links} when asked for. */
    private String html = "";
    private String[] links;
    /** The HTML of each Markdown field, with its references made links. */
    private Map<String, String> markdown = Map.of();

    /** One incoming reference: the entry that refers, and its field (null for an inline [[…]] reference). */
    public record Backlink(SiteEntry from, String field) {
    }

    SiteEntry(Entry entry, String path, String tree) {
        this.entry = entry;
        this.path = path;
        this.tree = tree;
    }

    /** The language of the site tree this entry is part of (its page's language). */
    public String tree() {
        return tree;
    }

    /** True when the tree's language has no translation of this entry and shows the default language's. */
    public boolean fallback() {
        return !entry.lang().equals(tree);
    }

    public Entry entry() {
        return entry;
    }

    public String id() {
        return entry.id();
    }

    public String collection() {
        return entry.collection();
    }

    public String title() {
        return entry.title();
    }

    /** The page's folder relative to the site root, e.g. {@code proposals/ru-8.4/} ("" for the home page). */
    public String path() {
        return path;
    }

    /** Reference fields resolved, in schema order; unresolved values are left out. */
    public Map<String, List<SiteEntry>> refs() {
        return refs;
    }

    /** Entries named by inline {@code [[…]]} references, in order of first mention, without repeats. */
    public List<SiteEntry> inlineRefs() {
        return inlineRefs;
    }

    /** Incoming references, ordered by the referring entry's collection, then its listing order. */
    public List<Backlink> backlinks() {
        return backlinks;
    }

    /** The body HTML; links to the site root are still {@link org.briefkit.model.Body#ROOT} markers. */
    public String html() {
        return html != null ? html : entry.body().html(links);
    }

    /**
     * The links the body's {@code [[…]]} placeholders become, in order, or null when the HTML is
     * held whole instead (the preview's kept bodies): with the parsed body, they make the HTML, so
     * a build cache can tell that a body is unchanged without making it.
     */
    public List<String> bodyLinks() {
        return links == null ? null : Collections.unmodifiableList(Arrays.asList(links.clone()));
    }

    /**
     * The HTML of the entry's front-matter fields written in Markdown, by name, in the order pages
     * show them; links to the site root are still {@link org.briefkit.model.Body#ROOT} markers.
     */
    public Map<String, String> markdown() {
        return markdown;
    }

    void setMarkdown(Map<String, String> html) {
        this.markdown = Collections.unmodifiableMap(new LinkedHashMap<>(html));
    }

    void addRef(String field, SiteEntry target) {
        List<SiteEntry> list = refs.computeIfAbsent(field, k -> new ArrayList<>());
        if (!list.contains(target)) {
            list.add(target);
        }
    }

    void addInlineRef(SiteEntry target) {
        if (!inlineRefs.contains(target)) {
            inlineRefs.add(target);
        }
    }

    void addBacklink(Backlink b) {
        backlinks.add(b);
    }

    void setHtml(String html) {
        this.html = html;
    }

    /**
     * The links the body's {@code [[…]]} placeholders become; the HTML is made from them each time
     * it is asked for rather than held beside the parsed body (at 100,000 entries that would be
     * hundreds of megabytes, and a page reads a body once or twice); a body without references is
     * its parsed string itself.
     */
    void setLinks(String[] links) {
        this.html = null;
        this.links = links;
    }

    void replaceBody(Entry newer, String newHtml) {
        this.entry = newer;
        this.html = newHtml;
        this.links = null;
    }

    void freeze(List<Backlink> sortedBacklinks) {
        Map<String, List<SiteEntry>> r = new LinkedHashMap<>();
        refs.forEach((k, v) -> r.put(k, List.copyOf(v)));
        refs = Collections.unmodifiableMap(r);
        inlineRefs = List.copyOf(inlineRefs);
        backlinks = List.copyOf(sortedBacklinks);
    }

    @Override
    public String toString() {
        return entry.collection() + "/" + entry.id();
    }
}
