package org.briefkit.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.config.CollectionConfig;
import org.briefkit.config.SiteConfig;
import org.briefkit.diag.Diagnostic;
import org.briefkit.model.Entry;

/**
 * The entries of one language's tree of the site, indexed for resolving references: by ID (unique
 * across the site), by the key field of collections keyed by another field, drafts by ID (so that
 * a reference to one can say why it does not resolve), section texts by collection, and each
 * collection in listing order. Gives each entry its page's path. A duplicate ID, two IDs with one
 * URL and two entries with one key are problems, and the later entry is left out of the ID index.
 * Made by {@link GraphBuilder} for one graph; not thread-safe.
 */
final class EntryIndex {
    /** Listing order: weight (unset last), then title ignoring case, then ID. */
    static final Comparator<SiteEntry> LISTING_ORDER = Comparator
            .comparing((SiteEntry e) -> e.entry().weight(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.entry().title(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(SiteEntry::id);

    private final Map<String, SiteEntry> byId = new HashMap<>();
    private final Map<String, Entry> drafts = new HashMap<>();
    private final Map<String, Map<String, SiteEntry>> byKey = new HashMap<>();
    private final Map<String, SiteEntry> sections = new LinkedHashMap<>();
    private final Map<String, List<SiteEntry>> byCollection = new LinkedHashMap<>();
    private final List<SiteEntry> published = new ArrayList<>();
    private final Map<SiteEntry, Integer> positions = new HashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    /**
     * Indexes {@code entries} (sorted by path; sections among them) of the tree of {@code lang},
     * whose pages are under the folder {@code prefix}; {@code draftEntries} are not published.
     */
    EntryIndex(SiteConfig config, String lang, String prefix, List<Entry> entries, List<Entry> draftEntries) {
        for (Entry d : draftEntries) {
            drafts.putIfAbsent(d.id(), d);
        }
        config.collections().keySet().forEach(c -> byCollection.put(c, new ArrayList<>()));
        Map<String, SiteEntry> bySlug = new HashMap<>();
        for (Entry e : entries) {
            if (e.section()) {
                sections.put(e.collection(), new SiteEntry(e, prefix + (e.collection().isEmpty() ? "" : e.collection() + "/"), lang));
            } else {
                add(new SiteEntry(e, prefix + e.collection() + "/" + e.slug() + "/", lang), bySlug);
            }
        }
        byCollection.values().forEach(list -> list.sort(LISTING_ORDER));
        indexKeys(config);
        for (List<SiteEntry> list : byCollection.values()) {
            for (SiteEntry se : list) {
                positions.put(se, positions.size());
            }
        }
    }

    private void add(SiteEntry se, Map<String, SiteEntry> bySlug) {
        Entry e = se.entry();
        SiteEntry existing = byId.get(e.id());
        if (existing != null) {
            problems.add(Diagnostic.error(e.path(), e.idLine(), e.idColumn(), "duplicate ID '" + e.id()
                    + "': " + existing.entry().path() + " has it too").withHint("IDs must be unique across the whole site"));
            return;
        }
        SiteEntry sameSlug = bySlug.get(e.collection() + "/" + e.slug());
        if (sameSlug != null) {
            problems.add(Diagnostic.error(e.path(), e.idLine(), e.idColumn(), "ID '" + e.id() + "' has the same URL ("
                    + se.path() + ") as '" + sameSlug.id() + "' in " + sameSlug.entry().path())
                    .withHint("URLs use the lower-case ID; IDs that differ only in case cannot both exist"));
            return;
        }
        byId.put(e.id(), se);
        bySlug.put(e.collection() + "/" + e.slug(), se);
        byCollection.computeIfAbsent(e.collection(), k -> new ArrayList<>()).add(se);
        published.add(se);
    }

    private void indexKeys(SiteConfig config) {
        for (CollectionConfig c : config.collections().values()) {
            if (!c.keyedByField()) {
                continue;
            }
            Map<String, SiteEntry> index = new HashMap<>();
            for (SiteEntry se : byCollection.getOrDefault(c.name(), List.of())) {
                String key = keyOf(se.entry(), c.key());
                if (key == null) {
                    continue;
                }
                SiteEntry first = index.putIfAbsent(key, se);
                if (first != null) {
                    problems.add(Diagnostic.error(se.entry().path(), 1, 1, "two entries of '" + c.name() + "' have the "
                            + c.key() + " '" + key + "': references to it are ambiguous (the other is "
                            + first.entry().path() + ")"));
                }
            }
            byKey.put(c.name(), index);
        }
    }

    private static String keyOf(Entry e, String field) {
        if (field.equals("title")) {
            return e.title();
        }
        if (field.equals("summary")) {
            return e.summary();
        }
        Object v = e.fields().containsKey(field) ? e.fields().get(field) : e.params().get(field);
        return v == null ? null : v.toString().strip();
    }

    /** The published entry with this ID, or null. */
    SiteEntry get(String id) {
        return byId.get(id);
    }

    /** Every published entry by ID. */
    Map<String, SiteEntry> byId() {
        return byId;
    }

    /** The IDs of the entries of {@code collection}, for "did you mean". */
    List<String> idsIn(String collection) {
        List<String> ids = new ArrayList<>();
        for (SiteEntry e : byId.values()) {
            if (e.collection().equals(collection)) {
                ids.add(e.id());
            }
        }
        return ids;
    }

    /** The entries of a collection keyed by another field, by that field's value; empty for other collections. */
    Map<String, SiteEntry> keys(String collection) {
        return byKey.getOrDefault(collection, Map.of());
    }

    /** The entry whose key field is {@code key} in any keyed collection, or null. */
    SiteEntry byAnyKey(String key) {
        for (Map<String, SiteEntry> keys : byKey.values()) {
            SiteEntry hit = keys.get(key);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    /** The draft with this ID (not published in this build), or null. */
    Entry draft(String id) {
        return drafts.get(id);
    }

    /** The published entries (no sections), in the order they were given. */
    List<SiteEntry> published() {
        return published;
    }

    /** Each collection's entries in listing order, collections in declaration order. */
    Map<String, List<SiteEntry>> byCollection() {
        return byCollection;
    }

    /** The section texts by collection ("" for the home page). */
    Map<String, SiteEntry> sections() {
        return sections;
    }

    /** Orders entries by collection, then listing order: the order of backlinks. */
    Comparator<SiteEntry> collectionOrder() {
        return Comparator.comparing(positions::get);
    }

    /** Problems found while indexing: duplicate IDs, URLs and keys. */
    List<Diagnostic> problems() {
        return problems;
    }

    /** The IDs of all published entries, for "did you mean". */
    Collection<String> ids() {
        return byId.keySet();
    }
}
