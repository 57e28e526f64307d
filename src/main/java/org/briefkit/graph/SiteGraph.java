package org.briefkit.graph;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.config.SiteConfig;

/**
 * The whole site, linked: every published entry by collection (in listing order) and by collection
 * and ID, the section texts ({@code _index.md}), with references resolved and backlinks computed.
 * Immutable and thread-safe; built by {@link GraphBuilder}.
 */
public final class SiteGraph {
    private final SiteConfig config;
    private final Map<String, Map<String, SiteEntry>> byId;
    private final int size;
    private final Map<String, List<SiteEntry>> byCollection;
    private final Map<String, SiteEntry> sections;

    private final String lang;
    private final String prefix;

    SiteGraph(SiteConfig config, Map<String, List<SiteEntry>> byCollection, Map<String, SiteEntry> sections, String lang,
              String prefix) {
        this.config = config;
        this.lang = lang;
        this.prefix = prefix;
        Map<String, Map<String, SiteEntry>> ids = new HashMap<>();
        Map<String, List<SiteEntry>> c = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, List<SiteEntry>> e : byCollection.entrySet()) {
            c.put(e.getKey(), List.copyOf(e.getValue()));
            Map<String, SiteEntry> byIdHere = new HashMap<>();
            e.getValue().forEach(se -> byIdHere.put(se.id(), se));
            ids.put(e.getKey(), byIdHere);
            n += e.getValue().size();
        }
        this.byId = ids;
        this.size = n;
        this.byCollection = Collections.unmodifiableMap(c);
        this.sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    public SiteConfig config() {
        return config;
    }

    /** The language of this tree of the site. */
    public String lang() {
        return lang;
    }

    /** The folder of this language's pages: "" or "fr/". */
    public String prefix() {
        return prefix;
    }

    /** The entry of {@code collection} with this ID, or null. */
    public SiteEntry get(String collection, String id) {
        return byId.getOrDefault(collection, Map.of()).get(id);
    }

    /** Every published entry, by collection in declaration order, each in listing order. */
    public List<SiteEntry> entries() {
        return byCollection.values().stream().flatMap(List::stream).toList();
    }

    /** How many entries are published in this tree. */
    public int size() {
        return size;
    }

    /** A collection's entries in listing order (weight, then title, then ID); empty for unknown names. */
    public List<SiteEntry> collection(String name) {
        return byCollection.getOrDefault(name, List.of());
    }

    /** Collection names in declaration order. */
    public List<String> collectionNames() {
        return List.copyOf(byCollection.keySet());
    }

    /** The {@code _index.md} text of a collection ("" for the home page), or null. */
    public SiteEntry section(String collection) {
        return sections.get(collection);
    }

    /** The link to a page folder, as configured: {@code x/index.html} or {@code x/}. */
    public String href(String path) {
        return href(config, path);
    }

    static String href(SiteConfig config, String path) {
        if (config.linkStyle() == SiteConfig.LinkStyle.FILE) {
            return path + "index.html";
        }
        return path.isEmpty() ? "./" : path;
    }
}
