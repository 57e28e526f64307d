package org.briefkit.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefkit.config.SiteConfig;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Diagnostics;
import org.briefkit.graph.GraphBuilder;
import org.briefkit.graph.LinkMarkup;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.graph.SiteKeys;
import org.briefkit.model.Entry;
import org.briefkit.render.LinkHtml;

/**
 * The link stage: the site graph of each language, the default language first, with every
 * reference resolved. Translations are grouped per language and each language's tree is built from
 * the default graph. When only the text of some bodies changed since the cache's last successful
 * build (one language, same configuration and templates), the last graph is kept and the new
 * bodies are put into it instead. One linking per build; not thread-safe.
 */
final class Linking {
    /** How links in bodies are written: render's job, handed to the graph. */
    private static final LinkMarkup LINKS = new LinkHtml();
    /**
     * The graphs, default language first; the entries whose bodies were replaced in the last graph
     * ({@code bodiesReplaced}, null when the site was linked afresh); and per language other than the
     * default, what is not yet translated.
     */
    record Result(List<SiteGraph> graphs, List<SiteEntry> bodiesReplaced, List<TranslationStatus> translations) {
        boolean reusedGraph() {
            return bodiesReplaced != null;
        }
    }

    private final SiteConfig config;
    private final BuildOptions options;
    private final BuildCache cache;
    private final Diagnostics diagnostics;

    Linking(SiteConfig config, BuildOptions options, BuildCache cache, Diagnostics diagnostics) {
        this.config = config;
        this.options = options;
        this.cache = cache;
        this.diagnostics = diagnostics;
    }

    /** Links {@code parsed}, or patches {@code last} (the last successful build's graphs) with {@code textEdits}. */
    Result link(Parsing.Result parsed, List<SiteGraph> last) {
        List<SiteEntry> replaced = patched(last, parsed.textEdits());
        if (replaced != null) {
            diagnostics.addAll(cache.linkProblems());
            return new Result(last, replaced, List.of());
        }
        return linkAll(parsed.entries(), parsed.unreadable());
    }

    /**
     * Puts the edited bodies into {@code last} when only bodies changed since the last successful
     * build; the entries changed, or null when the site must be linked again.
     */
    private List<SiteEntry> patched(List<SiteGraph> last, Map<Entry, Entry> textEdits) {
        if (last == null || textEdits == null || textEdits.isEmpty() || !cache.onlyContentChanged()
                || config.languages().size() != 1) {
            return null;
        }
        return GraphBuilder.replaceBodies(last.get(0), textEdits, cache.bodies(config.defaultLanguage()));
    }

    private Result linkAll(List<Entry> parsed, Set<String> unreadable) {
        List<Diagnostic> found = new ArrayList<>();
        List<Entry> published = new ArrayList<>();
        List<Entry> drafts = new ArrayList<>();
        List<Entry> sections = new ArrayList<>();
        Map<String, Map<String, Entry>> translations = new LinkedHashMap<>();
        config.languages().forEach(l -> translations.put(l, new LinkedHashMap<>()));
        for (Entry e : parsed) {
            if (!e.lang().equals(config.defaultLanguage())) {
                Entry previous = translations.get(e.lang()).putIfAbsent(Translations.key(e), e);
                if (previous != null) {
                    found.add(Diagnostic.error(e.path(), e.idLine(), e.idColumn(), "a second " + e.lang()
                            + " translation of '" + e.id() + "': " + previous.path() + " is one too"));
                }
            } else if (e.draft() && !options.drafts()) {
                drafts.add(e);
            } else {
                published.add(e);
                if (e.section()) {
                    sections.add(e);
                }
            }
        }
        SiteKeys keys = siteKeys(published, translations, drafts);
        GraphBuilder.Result r = new GraphBuilder(config, options.lenient(), LINKS).reusing(cache.bodies(config.defaultLanguage()))
                .withKeys(keys).withUnreadable(unreadable).build(published, drafts);
        found.addAll(r.diagnostics());
        List<SiteGraph> graphs = new ArrayList<>(List.of(r.graph()));
        List<TranslationStatus> status = new ArrayList<>();
        Set<String> draftIds = new HashSet<>();
        drafts.forEach(d -> draftIds.add(Translations.key(d)));
        for (String lang : config.languages().subList(1, config.languages().size())) {
            List<Diagnostic> orphans = new ArrayList<>();
            Translations.Tree tree = Translations.tree(r.graph(), sections, translations.get(lang), orphans, draftIds);
            // A translation without an original is left out: a safe fallback with --lenient.
            orphans.forEach(d -> found.add(d.lenientIf(options.lenient())));
            status.add(TranslationStatus.of(lang, originals(sections, r.graph()), translations.get(lang)));
            GraphBuilder.Result t = new GraphBuilder(config, options.lenient(), lang, tree.inherited(), LINKS).reusing(cache.bodies(lang))
                    .withKeys(keys).withUnreadable(unreadable).build(tree.entries(), drafts);
            found.addAll(t.diagnostics());
            graphs.add(t.graph());
        }
        diagnostics.addAll(found);
        cache.keepLinkProblems(found);
        return new Result(graphs, null, status);
    }

    /** The keys of every published entry in every language, for references by title across languages. */
    private SiteKeys siteKeys(List<Entry> published, Map<String, Map<String, Entry>> translations, List<Entry> drafts) {
        if (config.collections().values().stream().noneMatch(c -> c.keyedByField())) {
            return SiteKeys.NONE;
        }
        Set<String> draftKeys = new HashSet<>();
        drafts.forEach(d -> draftKeys.add(Translations.key(d)));
        List<Entry> all = new ArrayList<>(published);
        translations.values().forEach(byKey -> byKey.values().forEach(t -> {
            if (!t.draft() && !draftKeys.contains(Translations.key(t))) {
                all.add(t);
            }
        }));
        all.sort(Comparator.comparing(Entry::path));
        return SiteKeys.of(config, all);
    }

    private static List<Entry> originals(List<Entry> sections, SiteGraph graph) {
        List<Entry> out = new ArrayList<>(sections);
        graph.entries().forEach(se -> out.add(se.entry()));
        return out;
    }
}
