package org.briefkit.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefkit.config.CollectionConfig;
import org.briefkit.config.SiteConfig;
import org.briefkit.model.Entry;

/**
 * The keys (titles, or another key field) of the entries of keyed collections in every language
 * of the site. Volunteers translate the values of by-title references whether or not the target is
 * translated, and a target gains translations over time; so a reference by title is looked up in
 * the referring tree's own language first, then in the default language, then in any language
 * ({@link ReferenceResolver}), and adding a translation never breaks a reference. Immutable and
 * thread-safe once made.
 */
public final class SiteKeys {
    /** No keys: references match only the keys of their own tree. */
    public static final SiteKeys NONE = new SiteKeys(Map.of(), Map.of());

    /** collection → language → key → IDs, in path order. */
    private final Map<String, Map<String, Map<String, Set<String>>>> byLanguage;
    /** collection → key → IDs in any language, in path order. */
    private final Map<String, Map<String, Set<String>>> anyLanguage;

    private SiteKeys(Map<String, Map<String, Map<String, Set<String>>>> byLanguage, Map<String, Map<String, Set<String>>> anyLanguage) {
        this.byLanguage = byLanguage;
        this.anyLanguage = anyLanguage;
    }

    /** The keys of {@code entries} (every language, sorted by path; drafts left out by the caller). */
    public static SiteKeys of(SiteConfig config, List<Entry> entries) {
        Map<String, Map<String, Map<String, Set<String>>>> byLanguage = new HashMap<>();
        Map<String, Map<String, Set<String>>> any = new HashMap<>();
        for (Entry e : entries) {
            CollectionConfig c = e.section() ? null : config.collection(e.collection());
            String key = c == null || !c.keyedByField() ? null : EntryIndex.keyOf(e, c.key());
            if (key == null || key.isBlank()) {
                continue;
            }
            byLanguage.computeIfAbsent(c.name(), k -> new HashMap<>()).computeIfAbsent(e.lang(), k -> new HashMap<>())
                    .computeIfAbsent(key, k -> new LinkedHashSet<>()).add(e.id());
            any.computeIfAbsent(c.name(), k -> new HashMap<>()).computeIfAbsent(key, k -> new LinkedHashSet<>()).add(e.id());
        }
        return new SiteKeys(byLanguage, any);
    }

    /** The IDs of {@code collection}'s entries whose key in {@code lang} is {@code key}. */
    List<String> in(String collection, String lang, String key) {
        return new ArrayList<>(byLanguage.getOrDefault(collection, Map.of()).getOrDefault(lang, Map.of()).getOrDefault(key, Set.of()));
    }

    /** The IDs of {@code collection}'s entries whose key in any language is {@code key}. */
    List<String> anyLanguage(String collection, String key) {
        return new ArrayList<>(anyLanguage.getOrDefault(collection, Map.of()).getOrDefault(key, Set.of()));
    }
}
