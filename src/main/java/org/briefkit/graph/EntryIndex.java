package org.briefkit.graph;

import java.util.ArrayList;
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
 * The entries of one language's tree of the site, indexed for resolving references: by collection
 * and ID (IDs are unique within a collection; one ID may name entries of several collections), by
 * the key field of collections keyed by another field, drafts by ID (so that a reference to one
 * can say why it does not resolve), section texts by collection, and each collection in listing
 * order. Gives each entry its page's path. A duplicate ID or two IDs with one URL in a collection,
 * and two entries of this tree with one key, are problems; the later entry is left out of the
 * index. Made by {@link GraphBuilder} for one graph; not thread-safe.
 */
final class EntryIndex {
    /** Listing order: weight (unset last), then title ignoring case, then ID. */
    static final Comparator<SiteEntry> LISTING_ORDER = Comparator
            .comparing((SiteEntry e) -> e.entry().weight(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.entry().title(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(SiteEntry::id);

    private final String lang;
    private final Map<String, Map<String, SiteEntry>> byCollectionId = new HashMap<>();
    private final Map<String, List<SiteEntry>> byId = new HashMap<>();
    private final Map<String, List<Entry>> drafts = new HashMap<>();
    private final Map<String, Map<String, SiteEntry>> byKey = new HashMap<>();
    private final Map<String, SiteEntry> sections = new LinkedHashMap<>();
    private final Map<String, List<SiteEntry>> byCollection = new LinkedHashMap<>();
    private final List<SiteEntry> published = new ArrayList<>();
    private final Map<SiteEntry, Integer> positions = new HashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private final List<Diagnostic> ambiguities = new ArrayList<>();

    /**
     * Indexes {@code entries} (sorted by path; sections among them) of the tree of {@code lang},
     * whose pages are under the folder {@code prefix}; {@code draftEntries} are not published.
     */
    EntryIndex(SiteConfig config, String lang, String prefix, List<Entry> entries, List<Entry> draftEntries) {
        this.lang = lang;
        for (Entry d : draftEntries) {
            drafts.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(d);
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
                byId.computeIfAbsent(se.id(), k -> new ArrayList<>()).add(se);
            }
        }
    }

    private void add(SiteEntry se, Map<String, SiteEntry> bySlug) {
        Entry e = se.entry();
        Map<String, SiteEntry> ids = byCollectionId.computeIfAbsent(e.collection(), k -> new HashMap<>());
        SiteEntry existing = ids.get(e.id());
        if (existing != null) {
            problems.add(Diagnostic.error(e.path(), e.idLine(), e.idColumn(), "duplicate ID '" + e.id() + "' in "
                    + e.collection() + ": " + existing.entry().path() + " has it too")
                    .withHint("IDs must be unique within a collection; set 'id:' to tell them apart"));
            return;
        }
        SiteEntry sameSlug = bySlug.get(e.collection() + "/" + e.slug());
        if (sameSlug != null) {
            problems.add(Diagnostic.error(e.path(), e.idLine(), e.idColumn(), "ID '" + e.id() + "' has the same URL ("
                    + se.path() + ") as '" + sameSlug.id() + "' in " + sameSlug.entry().path())
                    .withHint("URLs use the lower-case ID; IDs that differ only in case cannot both exist"));
            return;
        }
        ids.put(e.id(), se);
        bySlug.put(e.collection() + "/" + e.slug(), se);
        byCollection.computeIfAbsent(e.collection(), k -> new ArrayList<>()).add(se);
        published.add(se);
    }

    /**
     * The key of each entry of a keyed collection. Two entries with one key are a problem where
     * this tree decides the key: in the default language, or where one of them is a translation
     * into this tree's language (entries shown in the default language were reported there).
     */
    private void indexKeys(SiteConfig config) {
        boolean defaultTree = lang.equals(config.defaultLanguage());
        for (CollectionConfig c : config.collections().values()) {
            if (!c.keyedByField()) {
                continue;
            }
            Map<String, SiteEntry> index = new HashMap<>();
            List<SiteEntry> byPath = new ArrayList<>(byCollection.getOrDefault(c.name(), List.of()));
            byPath.sort(Comparator.comparing(se -> se.entry().path()));
            for (SiteEntry se : byPath) {
                String key = keyOf(se.entry(), c.key());
                if (key == null) {
                    continue;
                }
                SiteEntry first = index.putIfAbsent(key, se);
                if (first != null && (defaultTree || !se.fallback() || !first.fallback())) {
                    ambiguities.add(Diagnostic.error(se.entry().path(), se.entry().positionOf(c.key()).line(),
                            se.entry().positionOf(c.key()).column(), "two entries of " + c.name() + " have the " + c.key()
                            + " '" + key + "': references to it are ambiguous (the other is " + first.entry().path() + ")")
                            .withHint("give one of them another " + c.key() + "; references go to " + first.entry().path()
                                    + " until then"));
                }
            }
            byKey.put(c.name(), index);
        }
    }

    /** The value of the field that references to an entry of a keyed collection match, or null. */
    static String keyOf(Entry e, String field) {
        if (field.equals("title")) {
            return e.title();
        }
        if (field.equals("summary")) {
            return e.summary();
        }
        Object v = e.fields().containsKey(field) ? e.fields().get(field) : e.params().get(field);
        return v == null ? null : v.toString().strip();
    }

    /** The published entry of {@code collection} with this ID, or null. */
    SiteEntry get(String collection, String id) {
        return byCollectionId.getOrDefault(collection, Map.of()).get(id);
    }

    /** The published entries with this ID, one per collection, in collection order; empty when none. */
    List<SiteEntry> withId(String id) {
        return byId.getOrDefault(id, List.of());
    }

    /** The IDs of the entries of {@code collection}, for "did you mean". */
    List<String> idsIn(String collection) {
        return new ArrayList<>(byCollectionId.getOrDefault(collection, Map.of()).keySet());
    }

    /** The entries of a collection keyed by another field, by that field's value; empty for other collections. */
    Map<String, SiteEntry> keys(String collection) {
        return byKey.getOrDefault(collection, Map.of());
    }

    /** The entries whose key field is {@code key}, one per keyed collection that has it, in collection order. */
    List<SiteEntry> withKey(String key) {
        List<SiteEntry> out = new ArrayList<>();
        for (String c : byCollection.keySet()) {
            SiteEntry hit = byKey.getOrDefault(c, Map.of()).get(key);
            if (hit != null) {
                out.add(hit);
            }
        }
        return out;
    }

    /** The drafts (not published in this build) with this ID, or an empty list. */
    List<Entry> drafts(String id) {
        return drafts.getOrDefault(id, List.of());
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

    /** Problems found while indexing: duplicate IDs and URLs (the later entry is left out). */
    List<Diagnostic> problems() {
        return problems;
    }

    /** Two entries of a keyed collection with one key: references to it go to the first by path. */
    List<Diagnostic> ambiguities() {
        return ambiguities;
    }

    /** The IDs of all published entries, for "did you mean". */
    List<String> ids() {
        return new ArrayList<>(byId.keySet());
    }
}
