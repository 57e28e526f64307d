package org.briefkit.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.briefkit.config.CollectionConfig;
import org.briefkit.config.SiteConfig;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Suggest;
import org.briefkit.model.Entry;
import org.briefkit.model.InlineRef;
import org.briefkit.model.Position;
import org.briefkit.model.Ref;

/**
 * Resolves references against an {@link EntryIndex}: a front-matter value to an entry of the
 * field's collection (by ID, or by the key field of a keyed collection), an inline {@code [[…]]}
 * reference to any entry ({@code [[collection/ID]]}, or a bare ID or key), and its
 * {@code #heading} to one of the target's headings. Keys are looked up in the tree's own
 * language, then the default language, then any language ({@link SiteKeys}). Each gives the
 * target, or the problem worded for the author: unknown (with "did you mean", else the valid
 * values), ambiguous (naming each candidate; the first by path is the target, so nothing follows
 * from it), in another collection, a draft, no such heading. {@link GraphBuilder} decides whether
 * problems are reported and how severely. Made for one graph; not thread-safe (it counts the
 * suggestions it has made: past {@value #MAX_SUGGESTIONS}, a site full of broken references is
 * not slowed by comparing each with every ID).
 */
final class ReferenceResolver {
    private static final int MAX_SUGGESTIONS = 500;
    private static final Comparator<SiteEntry> BY_PATH = Comparator.comparing(se -> se.entry().path());

    private final EntryIndex index;
    private final SiteKeys keys;
    private final SiteConfig config;
    /** {@code collection/ID} of files too broken to read, and their IDs alone. */
    private final Set<String> unreadable;
    private final Set<String> unreadableIds = new HashSet<>();
    private int suggestions;

    /** The entry a reference names and the problem with it; both null: nothing to resolve. */
    record Resolution(SiteEntry target, Diagnostic problem) {
        static final Resolution NONE = new Resolution(null, null);

        static Resolution to(SiteEntry target) {
            return new Resolution(target, null);
        }

        static Resolution failed(Entry from, Position at, String message, String hint) {
            return new Resolution(null, Diagnostic.error(from.path(), at.line(), at.column(), message).withHint(hint));
        }

        /** A failure proposing {@code suggestion} (null: none, then the hint lists what is valid). */
        static Resolution failed(Entry from, Position at, String message, String suggestion, String hint) {
            return new Resolution(null, Diagnostic.error(from.path(), at.line(), at.column(), message + Suggest.phrase(suggestion))
                    .withHint(hint).withSuggestion(suggestion));
        }
    }

    ReferenceResolver(EntryIndex index, SiteKeys keys, SiteConfig config, Set<String> unreadable) {
        this.index = index;
        this.keys = keys;
        this.config = config;
        this.unreadable = unreadable;
        unreadable.forEach(key -> unreadableIds.add(key.substring(key.indexOf('/') + 1)));
    }

    /** The warning for a value given twice in one reference field. */
    static Diagnostic listedTwice(Entry from, String field, Ref ref) {
        return Diagnostic.warning(from.path(), ref.line(), ref.column(), "'" + ref.target() + "' is listed twice in '" + field + "'");
    }

    /** The entry of {@code target} (the field's collection; null when none is configured) that {@code ref} names. */
    Resolution field(Entry from, String field, Ref ref, CollectionConfig target) {
        if (target == null) {
            return Resolution.NONE;
        }
        Position at = new Position(ref.line(), ref.column());
        String value = ref.target();
        int slash = value.indexOf('/');
        if (slash > 0 && config.collection(value.substring(0, slash)) != null) {
            String named = value.substring(0, slash);
            if (!named.equals(target.name())) {
                return Resolution.failed(from, at, "'" + value + "' is in " + named + ", but '" + field + "' refers to "
                        + target.name(), "list it under the field for " + named + ", or name an entry of " + target.name());
            }
            value = value.substring(slash + 1);
        }
        if (target.keyedByField()) {
            Resolution byKey = byKey(from, at, value, List.of(target));
            if (byKey != null) {
                return byKey;
            }
            Collection<String> known = index.keys(target.name()).keySet();
            return Resolution.failed(from, at, "unknown " + target.singular() + " '" + value + "' in '" + field + "' (matched by "
                    + target.key() + ")", suggest(value, known), Suggest.validValues(value, known));
        }
        SiteEntry hit = index.get(target.name(), value);
        if (hit != null) {
            return Resolution.to(hit);
        }
        List<SiteEntry> elsewhere = index.withId(value);
        if (!elsewhere.isEmpty()) {
            String other = elsewhere.get(0).collection();
            return Resolution.failed(from, at, "'" + value + "' is in " + other + ", but '" + field + "' refers to " + target.name(),
                    "list it under the field for " + other + ", or name an entry of " + target.name());
        }
        Resolution draft = draft(from, at, value, target.name());
        if (draft != null) {
            return draft;
        }
        if (unreadable.contains(target.name() + "/" + value)) {
            return Resolution.NONE;
        }
        List<String> ids = index.idsIn(target.name());
        String message = "unknown " + target.singular() + " '" + value + "' in '" + field + "'";
        String suggestion = suggest(value, ids);
        SiteEntry titled = suggestion == null ? byTitle(target.name(), value) : null;
        if (titled != null) {
            return Resolution.failed(from, at, message, titled.id(),
                    "'" + titled.entry().title() + "' is the title of " + titled.id() + "; references name entries by ID");
        }
        if (suggestion == null && suggestions <= MAX_SUGGESTIONS) {
            suggestion = Suggest.byWord(value, ids);
        }
        return Resolution.failed(from, at, message, suggestion, suggestion == null ? Suggest.validValues(value, ids) : "");
    }

    /** The entry an inline reference names, with the heading it names if any. */
    Resolution inline(Entry from, InlineRef ref) {
        Position at = new Position(ref.line(), ref.column());
        if (ref.target().isEmpty()) {
            return Resolution.failed(from, at, "empty reference [[" + (ref.anchor() == null ? "" : "#" + ref.anchor()) + "]]",
                    "write [[ID]], [[collection/ID]], [[ID|text]] or [[ID#heading]]");
        }
        Resolution r = ref.target().indexOf('/') > 0 ? qualified(from, at, ref.target()) : bare(from, at, ref.target());
        SiteEntry to = r.target();
        if (to == null || ref.anchor() == null || ref.anchor().isEmpty() || to.entry().headingIds().contains(ref.anchor())) {
            return r;
        }
        List<String> headings = to.entry().headingIds();
        return Resolution.failed(from, at, "'" + to.id() + "' has no heading '#" + ref.anchor() + "'", suggest(ref.anchor(), headings),
                headings.isEmpty() ? "it has no headings"
                        : "its headings: " + String.join(", ", headings.subList(0, Math.min(8, headings.size()))));
    }

    /** {@code [[collection/ID]]}: the entry of that collection, by ID or (keyed collections) by key. */
    private Resolution qualified(Entry from, Position at, String value) {
        int slash = value.indexOf('/');
        String name = value.substring(0, slash);
        String id = value.substring(slash + 1);
        CollectionConfig c = config.collection(name);
        if (c == null) {
            return Resolution.failed(from, at, "unknown reference [[" + value + "]]: there is no collection '" + name + "'",
                    suggest(name, config.collections().keySet()), Suggest.validValues(name, config.collections().keySet()));
        }
        SiteEntry hit = index.get(name, id);
        if (hit != null) {
            return Resolution.to(hit);
        }
        if (c.keyedByField()) {
            Resolution byKey = byKey(from, at, id, List.of(c));
            if (byKey != null) {
                return byKey;
            }
        }
        Resolution draft = draft(from, at, id, name);
        if (draft != null) {
            return draft;
        }
        if (unreadable.contains(name + "/" + id)) {
            return Resolution.NONE;
        }
        List<String> ids = index.idsIn(name);
        return Resolution.failed(from, at, "unknown reference [[" + value + "]]: no " + c.singular() + " '" + id + "'",
                suggest(id, ids), Suggest.validValues(id, ids));
    }

    /** A bare {@code [[ID]]} or {@code [[key]]}: one entry with that ID in any collection, else one with that key. */
    private Resolution bare(Entry from, Position at, String value) {
        List<SiteEntry> withId = index.withId(value);
        if (!withId.isEmpty()) {
            return one(from, at, "[[" + value + "]]", withId, se -> "[[" + se.collection() + "/" + se.id() + "]]");
        }
        List<CollectionConfig> keyed = new ArrayList<>();
        config.collections().values().forEach(c -> {
            if (c.keyedByField()) {
                keyed.add(c);
            }
        });
        Resolution byKey = byKey(from, at, value, keyed);
        if (byKey != null) {
            return byKey;
        }
        Resolution draft = draft(from, at, value, null);
        if (draft != null) {
            return draft;
        }
        if (unreadableIds.contains(value)) {
            return Resolution.NONE;
        }
        return Resolution.failed(from, at, "unknown reference [[" + value + "]]", suggest(value, index.ids()), "");
    }

    /**
     * The entry of {@code collections} whose key is {@code key}: in this tree's language, else the
     * default language's, else any language's; null when none has it.
     */
    private Resolution byKey(Entry from, Position at, String key, List<CollectionConfig> collections) {
        List<SiteEntry> hits = new ArrayList<>();
        collections.forEach(c -> addIfPresent(hits, index.keys(c.name()).get(key)));
        if (hits.isEmpty()) {
            collections.forEach(c -> keys.in(c.name(), config.defaultLanguage(), key).forEach(id -> addIfPresent(hits, index.get(c.name(), id))));
        }
        if (hits.isEmpty()) {
            collections.forEach(c -> keys.anyLanguage(c.name(), key).forEach(id -> addIfPresent(hits, index.get(c.name(), id))));
        }
        if (hits.isEmpty()) {
            return null;
        }
        return one(from, at, "'" + key + "'", hits, se -> se.collection() + "/" + se.id() + " (" + se.entry().path() + ")");
    }

    private static void addIfPresent(List<SiteEntry> hits, SiteEntry se) {
        if (se != null && !hits.contains(se)) {
            hits.add(se);
        }
    }

    /** The one candidate, or for several an error naming each, with the first by path as the target. */
    private static Resolution one(Entry from, Position at, String what, List<SiteEntry> candidates, Function<SiteEntry, String> name) {
        if (candidates.size() == 1) {
            return Resolution.to(candidates.get(0));
        }
        List<SiteEntry> sorted = new ArrayList<>(candidates);
        sorted.sort(BY_PATH);
        List<String> names = sorted.stream().map(name).toList();
        Diagnostic d = Diagnostic.error(from.path(), at.line(), at.column(), what + " names " + sorted.size()
                + " entries: " + String.join(", ", names)).withHint("name one of them: " + String.join(" or ",
                sorted.stream().map(se -> se.collection() + "/" + se.id()).toList()));
        return new Resolution(sorted.get(0), d);
    }

    /** The problem of a reference to a draft of {@code collection} (any collection when null), or null. */
    private Resolution draft(Entry from, Position at, String id, String collection) {
        for (Entry d : index.drafts(id)) {
            if (collection == null || d.collection().equals(collection)) {
                return Resolution.failed(from, at, "'" + id + "' is a draft (" + d.path() + ") and is not part of this build",
                        "publish it (remove 'draft: true') or build with --drafts");
            }
        }
        return null;
    }

    /** The closest candidate, or null (also past {@value #MAX_SUGGESTIONS} suggestions). */
    private String suggest(String wrong, Collection<String> candidates) {
        if (suggestions++ > MAX_SUGGESTIONS) {
            return null;
        }
        return Suggest.closest(wrong, candidates);
    }

    /**
     * The entry of {@code collection} whose title is {@code value} or the only one in which it starts
     * a word (ignoring case): editors write {@code countries: [Russia]} for the entry {@code RU}
     * titled "Russian Federation". Null when none, or past the cap.
     */
    private SiteEntry byTitle(String collection, String value) {
        if (suggestions > MAX_SUGGESTIONS) {
            return null;
        }
        Map<String, SiteEntry> byTitle = new LinkedHashMap<>();
        for (String id : index.idsIn(collection)) {
            SiteEntry se = index.get(collection, id);
            if (se != null) {
                if (se.entry().title().strip().equalsIgnoreCase(value.strip())) {
                    return se;
                }
                byTitle.putIfAbsent(se.entry().title(), se);
            }
        }
        String title = Suggest.byWord(value, byTitle.keySet());
        return title == null ? null : byTitle.get(title);
    }
}
