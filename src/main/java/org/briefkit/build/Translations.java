package org.briefkit.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefkit.diag.Diagnostic;
import org.briefkit.graph.GraphBuilder;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.model.Body;
import org.briefkit.model.Entry;
import org.briefkit.model.Ref;
import org.briefkit.model.SourceHash;

/**
 * Translations: {@code name.fr.md} beside {@code name.md} is the same entry in French. A translation
 * sets what it translates (title, summary, body, any field); everything it leaves out, references
 * included, comes from the default-language entry. Each language's tree has a page for every entry:
 * its translation, or the default-language entry marked as a fallback. Stateless helpers.
 */
final class Translations {
    private Translations() {
    }

    /** One language's entries and what they inherit. */
    record Tree(List<Entry> entries, GraphBuilder.Inherited inherited) {
    }

    /**
     * The entries of {@code lang}'s tree, from the default graph's published entries (and section
     * texts) and that language's translations. Translations without a default-language entry are
     * reported.
     */
    static Tree tree(SiteGraph defaults, List<Entry> allSections, Map<String, Entry> translations, List<Diagnostic> problems,
                     Set<String> draftIds) {
        Set<Ref> inheritedRefs = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Entry> inheritedBody = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Entry> fallbacks = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Entry, Entry> originals = new IdentityHashMap<>();
        List<Entry> out = new ArrayList<>();
        Map<String, Entry> unused = new LinkedHashMap<>(translations);
        for (Entry source : allSections) {
            out.add(pick(source, unused.remove(key(source)), inheritedRefs, inheritedBody, fallbacks));
        }
        for (SiteEntry se : defaults.entries()) {
            Entry picked = pick(se.entry(), unused.remove(key(se.entry())), inheritedRefs, inheritedBody, fallbacks);
            originals.put(picked, se.entry());
            out.add(picked);
        }
        for (Entry t : unused.values()) {
            if (t.draft() || draftIds.contains(key(t))) {
                continue;
            }
            problems.add(Diagnostic.error(t.path(), 1, 1, "translation without an original: there is no "
                    + (t.section() ? "content/" + (t.collection().isEmpty() ? "" : t.collection() + "/") + "_index.md"
                    : "entry '" + t.id() + "' in " + t.collection()) + " in the default language")
                    .withHint("name the file after the original, like name." + t.lang() + ".md beside name.md"));
        }
        GraphBuilder.Inherited inherited = new GraphBuilder.Inherited() {
            @Override
            public boolean ref(Entry e, Ref r) {
                return fallbacks.contains(e) || inheritedRefs.contains(r);
            }

            @Override
            public boolean body(Entry e) {
                return fallbacks.contains(e) || inheritedBody.contains(e);
            }

            @Override
            public boolean field(Entry e, String name) {
                Entry source = originals.get(e);
                return fallbacks.contains(e) || source != null && source.markdown().get(name) == e.markdown().get(name);
            }

            @Override
            public Ref original(Entry e, String field, int position) {
                Entry source = originals.get(e);
                List<Ref> mine = e.refs().get(field);
                List<Ref> theirs = source == null ? null : source.refs().get(field);
                return mine == null || theirs == null || mine.size() != theirs.size() ? null : theirs.get(position);
            }
        };
        return new Tree(out, inherited);
    }

    static String key(Entry e) {
        return e.collection() + "/" + e.id();
    }

    private static Entry pick(Entry source, Entry translation, Set<Ref> inheritedRefs, Set<Entry> inheritedBody,
                              Set<Entry> fallbacks) {
        if (translation == null || translation.draft()) {
            fallbacks.add(source);
            return source;
        }
        Entry merged = merge(source, translation);
        source.refs().forEach((field, refs) -> {
            if (merged.refs().get(field) == refs) {
                inheritedRefs.addAll(refs);
            }
        });
        if (merged.body() == source.body()) {
            inheritedBody.add(merged);
        }
        return merged;
    }

    /** The translation over its original: what the translation sets wins. */
    static Entry merge(Entry s, Entry t) {
        Map<String, Object> fields = new LinkedHashMap<>(s.fields());
        fields.putAll(t.fields());
        Map<String, Object> params = new LinkedHashMap<>(s.params());
        params.putAll(t.params());
        Map<String, List<Ref>> refs = new LinkedHashMap<>(s.refs());
        t.refs().forEach((field, list) -> {
            if (!list.isEmpty()) {
                refs.put(field, list);
            }
        });
        boolean hasBody = !t.body().html().isBlank();
        Map<String, Body> markdown = new LinkedHashMap<>(s.markdown());
        markdown.putAll(t.markdown());
        return new Entry(s.id(), s.collection(), t.lang(), t.path(), t.idLine(), t.idColumn(),
                t.title() == null || t.title().isBlank() ? s.title() : t.title(),
                t.linkTitle() != null ? t.linkTitle() : s.linkTitle(),
                t.summary() != null ? t.summary() : s.summary(),
                s.draft(), t.weight() != null ? t.weight() : s.weight(),
                t.updated() != null ? t.updated() : s.updated(),
                t.layout() != null ? t.layout() : s.layout(), fields, params, refs, hasBody ? t.body() : s.body(), s.section(),
                t.positions(), markdown);
    }

    static String sourceHash(Entry source) {
        return SourceHash.of(source);
    }
}
