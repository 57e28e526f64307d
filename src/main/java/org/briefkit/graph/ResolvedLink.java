package org.briefkit.graph;

import org.briefkit.config.SiteConfig;
import org.briefkit.model.Body;
import org.briefkit.model.InlineRef;

/**
 * An inline {@code [[…]]} reference resolved: what a link to its target needs, and no markup (a
 * {@link LinkMarkup} writes it). Immutable and thread-safe; equal links make equal markup.
 *
 * @param href          the target page's link from the site root, after a {@link Body#ROOT} marker
 *                      (each page replaces it with its own path to the root)
 * @param anchor        the ID of the target's heading to link to, or null
 * @param text          the link's text: the reference's own, or else the target's title
 * @param titleText     whether {@code text} is the target's title (so it is in the target's language)
 * @param lang          the target's language
 * @param otherLanguage whether {@code lang} is not the language of the tree that links (the target
 *                      is the default language's version, shown where no translation exists)
 * @param around        the language of the text the link stands in: the linking entry's, or the
 *                      default language's where a translation shows its original's text
 */
public record ResolvedLink(String href, String anchor, String text, boolean titleText, String lang, boolean otherLanguage,
                           String around) {

    /** The link {@code ref}, in the tree of {@code treeLang}, makes to {@code to}, from text in {@code around}. */
    static ResolvedLink of(InlineRef ref, SiteEntry to, SiteConfig config, String treeLang, String around) {
        String anchor = ref.anchor() == null || ref.anchor().isEmpty() ? null : ref.anchor();
        String text = ref.text() != null ? ref.text() : to.title();
        String lang = to.entry().lang();
        return new ResolvedLink(Body.ROOT + SiteGraph.href(config, to.path()), anchor, text, ref.text() == null, lang,
                !lang.equals(treeLang), around);
    }

    /** Whether the link's text is in another language than the text around it, and must say which. */
    public boolean textInOtherLanguage() {
        return titleText && !lang.equals(around);
    }
}
