package org.briefkit.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.config.Language;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;

/**
 * All language trees of a site, so that a page can link to itself in the other languages (the
 * language switcher, {@code hreflang} alternates) and know whether each is a real translation.
 * Immutable and thread-safe.
 */
public final class Languages {
    private final Map<String, SiteGraph> graphs = new LinkedHashMap<>();
    private final Map<String, Language> languages = new LinkedHashMap<>();

    public Languages(List<SiteGraph> graphs) {
        for (SiteGraph g : graphs) {
            this.graphs.put(g.lang(), g);
            this.languages.put(g.lang(), Language.of(g.lang()));
        }
    }

    Language language(String code) {
        return languages.computeIfAbsent(code, Language::of);
    }

    List<String> codes() {
        return new ArrayList<>(graphs.keySet());
    }

    SiteGraph graph(String lang) {
        return graphs.get(lang);
    }

    /** The same entry in {@code lang}'s tree, or null. */
    SiteEntry version(SiteEntry e, String lang) {
        SiteGraph g = graphs.get(lang);
        if (g == null) {
            return null;
        }
        return e.entry().section() ? g.section(e.collection()) : g.get(e.collection(), e.id());
    }

    /** The default language's version of an entry. */
    SiteEntry original(SiteEntry e) {
        return version(e, graphs.keySet().iterator().next());
    }
}
