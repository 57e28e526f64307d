package org.briefkit.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefkit.config.CollectionConfig;
import org.briefkit.config.SiteConfig;
import org.briefkit.diag.Diagnostic;
import org.briefkit.model.Body;
import org.briefkit.model.Entry;
import org.briefkit.model.InlineRef;
import org.briefkit.model.Ref;

/**
 * Links parsed entries into a {@link SiteGraph}: indexes them ({@link EntryIndex}: duplicate IDs
 * and URLs are errors), resolves every reference in front matter and text
 * ({@link ReferenceResolver}: unknown IDs, references to the wrong collection and to drafts are
 * errors, with "did you mean"), computes backlinks, and has each {@code [[…]]} placeholder of a body
 * replaced by the markup of its link ({@link LinkMarkup}). With {@code lenient}, reference problems
 * are warnings and the text is rendered plain. Not thread-safe; use one builder per build.
 */
public final class GraphBuilder {
    /** Listing order: weight (unset last), then title ignoring case, then ID. */
    public static final Comparator<SiteEntry> LISTING_ORDER = EntryIndex.LISTING_ORDER;

    private final SiteConfig config;
    private final boolean lenient;

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

        /** Whether the Markdown field {@code name} of {@code e} was inherited. */
        default boolean field(Entry e, String name) {
            return false;
        }

        /**
         * For a translation whose reference field {@code field} lists as many values as its
         * original's: the original's value at {@code position}, which a translated value that
         * names nothing stands for (volunteers translate titles whether or not the target is
         * translated). Null otherwise.
         */
        default Ref original(Entry e, String field, int position) {
            return null;
        }
    }

    private final String lang;
    private final String prefix;
    private final Inherited inherited;
    private final LinkMarkup markup;
    private ResolvedBodies bodies;
    private SiteKeys keys = SiteKeys.NONE;
    private Set<String> unreadable = Set.of();

    /** A builder of the default language's graph, whose links {@code markup} writes. */
    public GraphBuilder(SiteConfig config, boolean lenient, LinkMarkup markup) {
        this(config, lenient, config.defaultLanguage(), Inherited.NOTHING, markup);
    }

    /** A builder of the graph of one language's tree (paths under its folder, e.g. {@code fr/}). */
    public GraphBuilder(SiteConfig config, boolean lenient, String lang, Inherited inherited, LinkMarkup markup) {
        this.config = config;
        this.lenient = lenient;
        this.lang = lang;
        this.prefix = config.languageFolder(lang);
        this.inherited = inherited;
        this.markup = markup;
    }

    /**
     * Reuses the bodies {@code memo} kept from the last graph of this language where nothing they
     * show changed, and keeps this graph's for the next (rebuilds of the preview).
     */
    public GraphBuilder reusing(ResolvedBodies memo) {
        this.bodies = memo;
        return this;
    }

    /** Looks references by key up in every language's keys too, not only this tree's. */
    public GraphBuilder withKeys(SiteKeys siteKeys) {
        this.keys = siteKeys;
        return this;
    }

    /**
     * The {@code collection/ID} of entries whose files are too broken to read (their own errors are
     * reported): a reference to one is not an error too, so one mistake gives one message.
     */
    public GraphBuilder withUnreadable(Set<String> ids) {
        this.unreadable = Set.copyOf(ids);
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
            SiteEntry se = before.section() ? graph.section(before.collection()) : graph.get(before.collection(), before.id());
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

    /** Whether {@code after} differs from {@code before} only in its body's HTML (and its links to paths of the site). */
    public static boolean onlyTextChanged(Entry before, Entry after) {
        Body b = before.body();
        // Links to paths of the site are checked and written after linking, so they may change too.
        return before.withBody(new Body(after.body().html(), b.refs(), b.headings(), b.firstHeading(), after.body().links()))
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
        EntryIndex index = new EntryIndex(config, lang, prefix, entries, draftEntries);
        List<Diagnostic> problems = new ArrayList<>(index.problems());
        // Two entries with one key: references go to the first by path, a safe fallback.
        index.ambiguities().forEach(d -> problems.add(d.lenientIf(lenient)));
        ReferenceResolver resolver = new ReferenceResolver(index, keys, config, unreadable);
        for (SiteEntry se : index.published()) {
            resolveFields(se, resolver, problems);
        }
        for (SiteEntry se : index.published()) {
            resolveBody(se, resolver, problems);
        }
        for (SiteEntry se : index.sections().values()) {
            resolveBody(se, resolver, problems);
        }
        Comparator<SiteEntry.Backlink> backlinkOrder = Comparator.comparing(SiteEntry.Backlink::from, index.collectionOrder());
        for (SiteEntry se : index.published()) {
            List<SiteEntry.Backlink> sorted = new ArrayList<>(se.backlinks());
            sorted.sort(backlinkOrder.thenComparing(b -> b.field() == null ? "" : b.field()));
            se.freeze(sorted);
        }
        index.sections().values().forEach(se -> se.freeze(List.of()));
        if (bodies != null) {
            bodies.finish();
        }
        return new Result(new SiteGraph(config, index.byCollection(), index.sections(), lang, prefix), problems);
    }

    private void resolveFields(SiteEntry se, ReferenceResolver resolver, List<Diagnostic> problems) {
        CollectionConfig c = config.collection(se.collection());
        if (c == null) {
            return;
        }
        for (Map.Entry<String, List<Ref>> field : se.entry().refs().entrySet()) {
            CollectionConfig targetCollection = config.collection(c.references().get(field.getKey()));
            Set<String> seen = new HashSet<>();
            List<Ref> refs = field.getValue();
            for (int i = 0; i < refs.size(); i++) {
                Ref ref = refs.get(i);
                if (!seen.add(ref.target())) {
                    problems.add(ReferenceResolver.listedTwice(se.entry(), field.getKey(), ref));
                    continue;
                }
                ReferenceResolver.Resolution r = resolver.field(se.entry(), field.getKey(), ref, targetCollection);
                Ref original = r.target() == null ? inherited.original(se.entry(), field.getKey(), i) : null;
                if (original != null) {
                    ReferenceResolver.Resolution o = resolver.field(se.entry(), field.getKey(), original, targetCollection);
                    r = o.target() != null ? ReferenceResolver.Resolution.to(o.target()) : r;
                }
                report(r.problem(), inherited.ref(se.entry(), ref), problems);
                if (r.target() != null) {
                    se.addRef(field.getKey(), r.target());
                    r.target().addBacklink(new SiteEntry.Backlink(se, field.getKey()));
                }
            }
        }
    }

    private void resolveBody(SiteEntry se, ReferenceResolver resolver, List<Diagnostic> problems) {
        Entry e = se.entry();
        String[] links = links(se, e.body(), resolver, inherited.body(e), problems);
        if (bodies != null) {
            se.setHtml(bodies.html(e, links));
        } else {
            se.setLinks(links);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        e.markdown().forEach((name, body) -> fields.put(name, body.html(links(se, body, resolver, inherited.field(e, name), problems))));
        se.setMarkdown(fields);
    }

    /**
     * What the {@code [[…]]} references of {@code body} (the entry's body or one of its Markdown
     * fields) become, in order; each resolved one also counts as a reference and a backlink.
     */
    private String[] links(SiteEntry se, Body body, ReferenceResolver resolver, boolean quiet, List<Diagnostic> problems) {
        Entry e = se.entry();
        List<InlineRef> refs = body.refs();
        String[] links = new String[refs.size()];
        for (InlineRef ref : refs) {
            ReferenceResolver.Resolution r = resolver.inline(e, ref);
            report(r.problem(), quiet, problems);
            SiteEntry to = r.target();
            if (to == null) {
                links[ref.index()] = markup.unresolved(ref.text() != null ? ref.text() : ref.target());
                continue;
            }
            if (!e.section()) {
                se.addInlineRef(to);
                if (to != se) {
                    to.addBacklink(new SiteEntry.Backlink(se, null));
                }
            }
            // Text a translation inherits is in the default language, and so are the titles it links.
            String around = quiet ? config.defaultLanguage() : e.lang();
            links[ref.index()] = markup.link(ResolvedLink.of(ref, to, config, lang, around));
        }
        return links;
    }

    /** Adds a reference problem, unless the reference is inherited (reported on the original); a warning when lenient. */
    private void report(Diagnostic problem, boolean quiet, List<Diagnostic> problems) {
        if (problem != null && !quiet) {
            problems.add(problem.lenientIf(lenient));
        }
    }
}
