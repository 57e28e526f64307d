package org.briefkit.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefkit.config.CollectionConfig;
import org.briefkit.config.SiteConfig;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Severity;
import org.briefkit.diag.Suggest;
import org.briefkit.model.Body;
import org.briefkit.model.Entry;
import org.briefkit.model.InlineRef;
import org.briefkit.model.Ref;
import org.briefkit.text.Html;

/**
 * Links parsed entries into a {@link SiteGraph}: indexes IDs and slugs (duplicates are errors),
 * resolves every reference in front matter and text (unknown IDs, references to the wrong collection
 * and to drafts are errors, with "did you mean"), computes backlinks, and turns {@code [[…]]}
 * placeholders into links. With {@code lenient}, reference problems are warnings and the text is
 * rendered plain. Not thread-safe; use one builder per build.
 */
public final class GraphBuilder {
    private static final int MAX_SUGGESTIONS = 500;

    private final SiteConfig config;
    private final boolean lenient;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Map<String, SiteEntry> byId = new HashMap<>();
    private final Map<String, Entry> drafts = new HashMap<>();
    private final Map<String, Map<String, SiteEntry>> byKey = new HashMap<>();
    private final Map<String, SiteEntry> sections = new LinkedHashMap<>();
    private int suggestions;

    /**
     * What a translation inherits from its default-language entry, so that problems in it are
     * reported once, on the default-language file, and not again in every language.
     */
    public interface Inherited {
        Inherited NOTHING = new Inherited() {
        };

        /** Whether this reference value of {@code e} was inherited. */
        default boolean ref(Entry e, Ref r) {
            return false;
        }

        /** Whether the body of {@code e} was inherited. */
        default boolean body(Entry e) {
            return false;
        }
    }

    private final String lang;
    private final String prefix;
    private final Inherited inherited;
    private ResolvedBodies bodies;
    private boolean quiet;

    public GraphBuilder(SiteConfig config, boolean lenient) {
        this(config, lenient, config.defaultLanguage(), Inherited.NOTHING);
    }

    /** A builder of the graph of one language's tree (paths under its folder, e.g. {@code fr/}). */
    public GraphBuilder(SiteConfig config, boolean lenient, String lang, Inherited inherited) {
        this.config = config;
        this.lenient = lenient;
        this.lang = lang;
        this.prefix = config.languageFolder(lang);
        this.inherited = inherited;
    }

    /**
     * Reuses the bodies {@code memo} kept from the last graph of this language where nothing they
     * show changed, and keeps this graph's for the next (rebuilds of the preview).
     */
    public GraphBuilder reusing(ResolvedBodies memo) {
        this.bodies = memo;
        return this;
    }

    /**
     * Gives {@code graph} new versions of some of its files, each differing from the version in the
     * graph only in its body's text (same fields, references, headings and positions), so that the
     * graph, its links and its problems stay as they are: the preview's rebuild after an edit of
     * text, without linking the whole site again. {@code edits} maps each version in the graph to its
     * new one; {@code bodies} is the memo the graph was built with. Returns the entries changed, or
     * null (and changes nothing) when one of the old versions is not in the graph as given.
     */
    public static List<SiteEntry> replaceBodies(SiteGraph graph, Map<Entry, Entry> edits, ResolvedBodies bodies) {
        List<SiteEntry> targets = new ArrayList<>();
        for (Entry before : edits.keySet()) {
            SiteEntry se = before.section() ? graph.section(before.collection()) : graph.get(before.id());
            if (se == null || se.entry() != before) {
                return null;
            }
            targets.add(se);
        }
        List<String> html = new ArrayList<>();
        for (SiteEntry se : targets) {
            String resolved = bodies.rebind(se.entry(), edits.get(se.entry()));
            if (resolved == null) {
                return null;
            }
            html.add(resolved);
        }
        for (int i = 0; i < targets.size(); i++) {
            SiteEntry se = targets.get(i);
            se.replaceBody(edits.get(se.entry()), html.get(i));
        }
        return targets;
    }

    /** Whether {@code after} differs from {@code before} only in its body's HTML. */
    public static boolean onlyTextChanged(Entry before, Entry after) {
        org.briefkit.model.Body b = before.body();
        return before.withBody(new org.briefkit.model.Body(after.body().html(), b.refs(), b.headings(), b.firstHeading()))
                .equals(after);
    }

    /** The graph and the problems found while linking. */
    public record Result(SiteGraph graph, List<Diagnostic> diagnostics) {
    }

    /**
     * Builds the graph from entries of the default language, sorted by path. Drafts are given so that
     * a reference to one can say why it does not resolve; they are not part of the graph.
     */
    public Result build(List<Entry> entries, List<Entry> draftEntries) {
        for (Entry d : draftEntries) {
            drafts.putIfAbsent(d.id(), d);
        }
        Map<String, SiteEntry> bySlug = new HashMap<>();
        Map<String, List<SiteEntry>> byCollection = new LinkedHashMap<>();
        config.collections().keySet().forEach(c -> byCollection.put(c, new ArrayList<>()));
        List<SiteEntry> all = new ArrayList<>();
        for (Entry e : entries) {
            if (e.section()) {
                sections.put(e.collection(), new SiteEntry(e, prefix + (e.collection().isEmpty() ? "" : e.collection() + "/"), lang));
                continue;
            }
            SiteEntry existing = byId.get(e.id());
            if (existing != null) {
                problems.add(Diagnostic.error(e.path(), e.idLine(), e.idColumn(), "duplicate ID '" + e.id()
                        + "': " + existing.entry().path() + " has it too").withHint("IDs must be unique across the whole site"));
                continue;
            }
            SiteEntry se = new SiteEntry(e, prefix + e.collection() + "/" + e.slug() + "/", lang);
            SiteEntry sameSlug = bySlug.get(e.collection() + "/" + e.slug());
            if (sameSlug != null) {
                problems.add(Diagnostic.error(e.path(), e.idLine(), e.idColumn(), "ID '" + e.id() + "' has the same URL ("
                        + se.path() + ") as '" + sameSlug.id() + "' in " + sameSlug.entry().path())
                        .withHint("URLs use the lower-case ID; IDs that differ only in case cannot both exist"));
                continue;
            }
            byId.put(e.id(), se);
            bySlug.put(e.collection() + "/" + e.slug(), se);
            byCollection.computeIfAbsent(e.collection(), k -> new ArrayList<>()).add(se);
            all.add(se);
        }
        byCollection.values().forEach(list -> list.sort(LISTING_ORDER));
        indexKeys(byCollection);
        Map<SiteEntry, Integer> order = new HashMap<>();
        int i = 0;
        for (List<SiteEntry> list : byCollection.values()) {
            for (SiteEntry se : list) {
                order.put(se, i++);
            }
        }
        for (SiteEntry se : all) {
            resolveFields(se);
        }
        for (SiteEntry se : all) {
            resolveBody(se);
        }
        for (SiteEntry se : sections.values()) {
            resolveBody(se);
        }
        Comparator<SiteEntry.Backlink> backlinkOrder = Comparator.comparing(b -> order.get(b.from()));
        for (SiteEntry se : all) {
            List<SiteEntry.Backlink> sorted = new ArrayList<>(se.backlinks());
            sorted.sort(backlinkOrder.thenComparing(b -> b.field() == null ? "" : b.field()));
            se.freeze(sorted);
        }
        sections.values().forEach(se -> se.freeze(List.of()));
        if (bodies != null) {
            bodies.finish();
        }
        return new Result(new SiteGraph(config, byId, byCollection, sections, lang, prefix), problems);
    }

    /** Listing order: weight (unset last), then title ignoring case, then ID. */
    public static final Comparator<SiteEntry> LISTING_ORDER = Comparator
            .comparing((SiteEntry e) -> e.entry().weight(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.entry().title(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(SiteEntry::id);

    private void indexKeys(Map<String, List<SiteEntry>> byCollection) {
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

    private void resolveFields(SiteEntry se) {
        CollectionConfig c = config.collection(se.collection());
        if (c == null) {
            return;
        }
        for (Map.Entry<String, List<Ref>> field : se.entry().refs().entrySet()) {
            String target = c.references().get(field.getKey());
            CollectionConfig targetCollection = config.collection(target);
            Set<String> seen = new HashSet<>();
            for (Ref ref : field.getValue()) {
                if (!seen.add(ref.target())) {
                    problems.add(Diagnostic.warning(se.entry().path(), ref.line(), ref.column(), "'" + ref.target()
                            + "' is listed twice in '" + field.getKey() + "'"));
                    continue;
                }
                quiet = inherited.ref(se.entry(), ref);
                SiteEntry to = resolveField(se.entry(), field.getKey(), ref, targetCollection);
                quiet = false;
                if (to != null) {
                    se.addRef(field.getKey(), to);
                    to.addBacklink(new SiteEntry.Backlink(se, field.getKey()));
                }
            }
        }
    }

    private SiteEntry resolveField(Entry from, String field, Ref ref, CollectionConfig target) {
        if (target == null) {
            return null;
        }
        if (target.keyedByField()) {
            SiteEntry hit = byKey.getOrDefault(target.name(), Map.of()).get(ref.target());
            if (hit != null) {
                return hit;
            }
            referenceError(from, ref.line(), ref.column(), "unknown " + singular(target) + " '" + ref.target()
                    + "' in '" + field + "' (matched by " + target.key() + ")"
                    + suggest(ref.target(), byKey.getOrDefault(target.name(), Map.of()).keySet()), "");
            return null;
        }
        SiteEntry hit = byId.get(ref.target());
        if (hit != null && hit.collection().equals(target.name())) {
            return hit;
        }
        if (hit != null) {
            referenceError(from, ref.line(), ref.column(), "'" + ref.target() + "' is in " + hit.collection()
                    + ", but '" + field + "' refers to " + target.name(),
                    "list it under the field for " + hit.collection() + ", or name an entry of " + target.name());
            return null;
        }
        Entry draft = drafts.get(ref.target());
        if (draft != null) {
            referenceError(from, ref.line(), ref.column(), "'" + ref.target() + "' is a draft (" + draft.path()
                    + ") and is not part of this build", "publish it (remove 'draft: true') or build with --drafts");
            return null;
        }
        List<String> candidates = new ArrayList<>();
        for (SiteEntry e : byId.values()) {
            if (e.collection().equals(target.name())) {
                candidates.add(e.id());
            }
        }
        referenceError(from, ref.line(), ref.column(), "unknown " + singular(target) + " '" + ref.target() + "' in '"
                + field + "'" + suggest(ref.target(), candidates), "");
        return null;
    }

    private void resolveBody(SiteEntry se) {
        Entry e = se.entry();
        quiet = inherited.body(e);
        List<InlineRef> refs = e.body().refs();
        String[] links = new String[refs.size()];
        for (InlineRef ref : refs) {
            SiteEntry to = resolveInline(e, ref);
            String text = ref.text() != null ? ref.text() : to != null ? to.title() : ref.target();
            if (to == null) {
                links[ref.index()] = Html.escape(text);
                continue;
            }
            if (!e.section()) {
                se.addInlineRef(to);
                if (to != se) {
                    to.addBacklink(new SiteEntry.Backlink(se, null));
                }
            }
            String href = Body.ROOT + SiteGraph.href(config, to.path()) + (ref.anchor() == null || ref.anchor().isEmpty() ? "" : "#" + ref.anchor());
            String other = to.entry().lang().equals(lang) ? "" : to.entry().lang();
            // A link to a page in another language says so; its text is in that language when it is the title.
            String marks = other.isEmpty() ? "" : " hreflang=\"" + Html.escape(other) + "\"" + (ref.text() != null ? ""
                    : " lang=\"" + Html.escape(other) + "\" dir=\"" + org.briefkit.config.Language.of(other).dir() + "\"");
            links[ref.index()] = "<a href=\"" + Html.escape(href) + "\"" + marks + ">"
                    + Html.escape(text) + (other.isEmpty() ? "" : " <span class=\"in-lang\">(" + Html.escape(other) + ")</span>") + "</a>";
        }
        if (bodies != null) {
            se.setHtml(bodies.html(e, links));
        } else {
            se.setLinks(links);
        }
        quiet = false;
    }


    private SiteEntry resolveInline(Entry from, InlineRef ref) {
        if (ref.target().isEmpty()) {
            referenceError(from, ref.line(), ref.column(), "empty reference [[" + (ref.anchor() == null ? "" : "#" + ref.anchor())
                    + "]]", "write [[ID]], [[ID|text]] or [[ID#heading]]");
            return null;
        }
        SiteEntry to = byId.get(ref.target());
        if (to == null) {
            for (Map<String, SiteEntry> keys : byKey.values()) {
                to = keys.get(ref.target());
                if (to != null) {
                    break;
                }
            }
        }
        if (to == null) {
            Entry draft = drafts.get(ref.target());
            if (draft != null) {
                referenceError(from, ref.line(), ref.column(), "'" + ref.target() + "' is a draft (" + draft.path()
                        + ") and is not part of this build", "publish it (remove 'draft: true') or build with --drafts");
            } else {
                referenceError(from, ref.line(), ref.column(), "unknown reference [[" + ref.target() + "]]"
                        + suggest(ref.target(), byId.keySet()), "");
            }
            return null;
        }
        if (ref.anchor() != null && !ref.anchor().isEmpty() && !to.entry().body().headingIds().contains(ref.anchor())) {
            List<String> headings = to.entry().body().headingIds();
            referenceError(from, ref.line(), ref.column(), "'" + to.id() + "' has no heading '#" + ref.anchor() + "'"
                    + suggest(ref.anchor(), headings),
                    headings.isEmpty() ? "it has no headings" : "its headings: " + String.join(", ", headings.subList(0, Math.min(8, headings.size()))));
            return null;
        }
        return to;
    }

    private void referenceError(Entry from, int line, int column, String message, String hint) {
        if (quiet) {
            return;
        }
        Diagnostic d = Diagnostic.error(from.path(), line, column, message).withHint(hint);
        problems.add(lenient ? d.withSeverity(Severity.WARNING) : d);
    }

    private String suggest(String wrong, java.util.Collection<String> candidates) {
        if (suggestions++ > MAX_SUGGESTIONS) {
            return "";
        }
        return Suggest.didYouMean(wrong, candidates);
    }

    private static String singular(CollectionConfig c) {
        String n = c.name();
        if (n.endsWith("ies")) {
            return n.substring(0, n.length() - 3) + "y";
        }
        return n.endsWith("s") ? n.substring(0, n.length() - 1) : n;
    }
}
