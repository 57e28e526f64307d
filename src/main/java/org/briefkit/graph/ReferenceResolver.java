package org.briefkit.graph;

import java.util.Collection;
import java.util.List;
import org.briefkit.config.CollectionConfig;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Suggest;
import org.briefkit.model.Entry;
import org.briefkit.model.InlineRef;
import org.briefkit.model.Ref;

/**
 * Resolves references against an {@link EntryIndex}: a front-matter value to an entry of the
 * field's collection (by ID, or by the key field of a keyed collection), an inline {@code [[…]]}
 * reference to any entry by ID or key, and its {@code #heading} to one of the target's headings.
 * Each gives the target, or the problem worded for the author: unknown (with "did you mean"), in
 * another collection, a draft, no such heading. Problems are errors; {@link GraphBuilder} decides
 * whether they are reported and how severely. Made for one graph; not thread-safe (it counts the
 * suggestions it has made: past {@value #MAX_SUGGESTIONS}, a site full of broken references is not
 * slowed by comparing each with every ID).
 */
final class ReferenceResolver {
    private static final int MAX_SUGGESTIONS = 500;

    private final EntryIndex index;
    private int suggestions;

    /** The entry a reference names, or the problem that it names none (both null: nothing to resolve). */
    record Resolution(SiteEntry target, Diagnostic problem) {
        static Resolution to(SiteEntry target) {
            return new Resolution(target, null);
        }

        static Resolution failed(Entry from, int line, int column, String message, String hint) {
            return new Resolution(null, Diagnostic.error(from.path(), line, column, message).withHint(hint));
        }
    }

    ReferenceResolver(EntryIndex index) {
        this.index = index;
    }

    /** The warning for a value given twice in one reference field. */
    static Diagnostic listedTwice(Entry from, String field, Ref ref) {
        return Diagnostic.warning(from.path(), ref.line(), ref.column(), "'" + ref.target() + "' is listed twice in '" + field + "'");
    }

    /** The entry of {@code target} (the field's collection; null when none is configured) that {@code ref} names. */
    Resolution field(Entry from, String field, Ref ref, CollectionConfig target) {
        if (target == null) {
            return new Resolution(null, null);
        }
        if (target.keyedByField()) {
            SiteEntry hit = index.keys(target.name()).get(ref.target());
            if (hit != null) {
                return Resolution.to(hit);
            }
            return Resolution.failed(from, ref.line(), ref.column(), "unknown " + singular(target) + " '" + ref.target()
                    + "' in '" + field + "' (matched by " + target.key() + ")"
                    + suggest(ref.target(), index.keys(target.name()).keySet()), "");
        }
        SiteEntry hit = index.get(ref.target());
        if (hit != null && hit.collection().equals(target.name())) {
            return Resolution.to(hit);
        }
        if (hit != null) {
            return Resolution.failed(from, ref.line(), ref.column(), "'" + ref.target() + "' is in " + hit.collection()
                    + ", but '" + field + "' refers to " + target.name(),
                    "list it under the field for " + hit.collection() + ", or name an entry of " + target.name());
        }
        Entry draft = index.draft(ref.target());
        if (draft != null) {
            return draft(from, ref.line(), ref.column(), ref.target(), draft);
        }
        return Resolution.failed(from, ref.line(), ref.column(), "unknown " + singular(target) + " '" + ref.target() + "' in '"
                + field + "'" + suggest(ref.target(), index.idsIn(target.name())), "");
    }

    /** The entry an inline reference names, by ID or else by key, with the heading it names if any. */
    Resolution inline(Entry from, InlineRef ref) {
        if (ref.target().isEmpty()) {
            return Resolution.failed(from, ref.line(), ref.column(), "empty reference [[" + (ref.anchor() == null ? "" : "#" + ref.anchor())
                    + "]]", "write [[ID]], [[ID|text]] or [[ID#heading]]");
        }
        SiteEntry to = index.get(ref.target());
        if (to == null) {
            to = index.byAnyKey(ref.target());
        }
        if (to == null) {
            Entry draft = index.draft(ref.target());
            if (draft != null) {
                return draft(from, ref.line(), ref.column(), ref.target(), draft);
            }
            return Resolution.failed(from, ref.line(), ref.column(), "unknown reference [[" + ref.target() + "]]"
                    + suggest(ref.target(), index.ids()), "");
        }
        if (ref.anchor() != null && !ref.anchor().isEmpty() && !to.entry().body().headingIds().contains(ref.anchor())) {
            List<String> headings = to.entry().body().headingIds();
            return Resolution.failed(from, ref.line(), ref.column(), "'" + to.id() + "' has no heading '#" + ref.anchor() + "'"
                    + suggest(ref.anchor(), headings),
                    headings.isEmpty() ? "it has no headings" : "its headings: " + String.join(", ", headings.subList(0, Math.min(8, headings.size()))));
        }
        return Resolution.to(to);
    }

    private static Resolution draft(Entry from, int line, int column, String id, Entry draft) {
        return Resolution.failed(from, line, column, "'" + id + "' is a draft (" + draft.path()
                + ") and is not part of this build", "publish it (remove 'draft: true') or build with --drafts");
    }

    private String suggest(String wrong, Collection<String> candidates) {
        if (suggestions++ > MAX_SUGGESTIONS) {
            return "";
        }
        return Suggest.didYouMean(wrong, candidates);
    }

    /** The collection's name for one entry, for messages: "proposals" → "proposal", "countries" → "country". */
    private static String singular(CollectionConfig c) {
        String n = c.name();
        if (n.endsWith("ies")) {
            return n.substring(0, n.length() - 3) + "y";
        }
        return n.endsWith("s") ? n.substring(0, n.length() - 1) : n;
    }
}
