package org.briefkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.briefkit.graph.ResolvedLink;
import org.junit.jupiter.api.Test;

/** The exact HTML of links in bodies. */
class LinkHtmlTest {
    private final LinkHtml html = new LinkHtml();

    @Test
    void aLinkInTheSameLanguage() {
        assertEquals("<a href=\"\u0001proposals/ru-8.4/index.html\">Russia: New Article 8.4</a>",
                html.link(new ResolvedLink("\u0001proposals/ru-8.4/index.html", null, "Russia: New Article 8.4", true, "en", false, "en")));
    }

    @Test
    void anAnchorAndTextAreEscapedByTheOneHtmlRule() {
        assertEquals("<a href=\"\u0001a/b/#it&#39;s\">ETNO&#39;s &lt;plan&gt; &amp; &quot;fees&quot;</a>",
                html.link(new ResolvedLink("\u0001a/b/", "it's", "ETNO's <plan> & \"fees\"", false, "en", false, "en")));
    }

    @Test
    void aLinkToAnotherLanguageSaysWhichAndMarksTheTitlesLanguage() {
        assertEquals("<a href=\"\u0001ar/x/\" lang=\"en\" dir=\"ltr\" hreflang=\"en\">Jane Doe <span class=\"in-lang\">(en)</span></a>",
                html.link(new ResolvedLink("\u0001ar/x/", null, "Jane Doe", true, "en", true, "ar")));
        assertEquals("<a href=\"\u0001x/\" lang=\"ar\" dir=\"rtl\" hreflang=\"ar\">جين <span class=\"in-lang\">(ar)</span></a>",
                html.link(new ResolvedLink("\u0001x/", null, "جين", true, "ar", true, "en")));
    }

    @Test
    void ownTextIsInThePagesLanguageSoOnlyTheTargetIsMarked() {
        assertEquals("<a href=\"\u0001ar/x/\" hreflang=\"en\">المؤلفة <span class=\"in-lang\">(en)</span></a>",
                html.link(new ResolvedLink("\u0001ar/x/", null, "المؤلفة", false, "en", true, "ar")));
    }

    @Test
    void aTranslatedTitleInTextShownInTheOriginalLanguageIsMarked() {
        // An English body on a French page (no translation yet) links an entry that has a French title.
        assertEquals("<a href=\"\u0001fr/x/\" lang=\"fr\" dir=\"ltr\">Liberté d&#39;expression</a>",
                html.link(new ResolvedLink("\u0001fr/x/", null, "Liberté d'expression", true, "fr", false, "en")));
        // The same body linking an untranslated entry: the title is English like the text around it.
        assertEquals("<a href=\"\u0001fr/y/\" hreflang=\"en\">Glossary <span class=\"in-lang\">(en)</span></a>",
                html.link(new ResolvedLink("\u0001fr/y/", null, "Glossary", true, "en", true, "en")));
    }

    @Test
    void anUnresolvedReferenceIsItsTextPlain() {
        assertEquals("RU-8.5 &amp; it&#39;s", html.unresolved("RU-8.5 & it's"));
    }
}
