package org.briefkit.render;

import org.briefkit.graph.SiteEntry;
import org.briefkit.model.Entry;

/**
 * The language each part of an entry's text is written in. A page of the French tree shows an
 * entry's French translation, or its English original where there is none; and a translation that
 * leaves out its summary, its body or a field shows the original's. Those parts are English on a
 * French page and must say so ({@code lang="en" dir="ltr"}), or screen readers pronounce them as
 * French and an Arabic page sets their full stops at the wrong end. A part is inherited when the
 * translation holds the original's very value (the merge of a translation copies it), so identity,
 * not equality, tells: a translated title that happens to read the same is the translation's own.
 * Stateless and thread-safe.
 */
final class PartLanguage {
    private PartLanguage() {
    }

    /**
     * The language of {@code part} of {@code se}: "title", "linkTitle", "summary", "body", or the name
     * of a field or Markdown field. {@code original} is the default language's version (null when
     * {@code se} is it).
     */
    static String of(SiteEntry se, SiteEntry original, String part) {
        Entry e = se.entry();
        if (se.fallback() || original == null || original == se) {
            return e.lang();
        }
        Entry o = original.entry();
        return inherited(e, o, part) ? o.lang() : e.lang();
    }

    /**
     * The short title of menus and breadcrumbs: {@code linkTitle}, else the title. A translation that
     * translates the title but not the short one shows its own title: the original's short title
     * would put English into a French menu.
     */
    static String linkTitle(SiteEntry se, SiteEntry original) {
        Entry e = se.entry();
        return se.fallback() || original == null || original == se ? linkTitle(e, null) : linkTitle(e, original.entry());
    }

    private static String linkTitle(Entry e, Entry o) {
        boolean own = e.linkTitle() != null && !e.linkTitle().isBlank();
        if (own && o != null && e.linkTitle() == o.linkTitle() && e.title() != o.title()) {
            return e.title();
        }
        return own ? e.linkTitle() : e.title();
    }

    private static boolean inherited(Entry e, Entry o, String part) {
        return switch (part) {
            case "title" -> e.title() == o.title();
            case "linkTitle" -> linkTitle(e, o) == o.linkTitle() || linkTitle(e, o) == o.title();
            case "summary" -> e.summary() != null && e.summary() == o.summary();
            case "body" -> e.body() == o.body();
            default -> e.markdown().containsKey(part) ? e.markdown().get(part) == o.markdown().get(part)
                    : e.fields().containsKey(part) && e.fields().get(part) == o.fields().get(part);
        };
    }
}
