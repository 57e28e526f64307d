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
                html.link(new ResolvedLink("\u0001proposals/ru-8.4/index.html", null, "Russia: New Article 8.4", true, "en", false)));
    }

    @Test
    void anAnchorAndTextAreEscapedByTheOneHtmlRule() {
        assertEquals("<a href=\"\u0001a/b/#it&#39;s\">ETNO&#39;s &lt;plan&gt; &amp; &quot;fees&quot;</a>",
                html.link(new ResolvedLink("\u0001a/b/", "it's", "ETNO's <plan> & \"fees\"", false, "en", false)));
    }

    @Test
    void aLinkToAnotherLanguageSaysWhichAndMarksTheTitlesLanguage() {
        assertEquals("<a href=\"\u0001ar/x/\" hreflang=\"en\" lang=\"en\" dir=\"ltr\">Jane Doe <span class=\"in-lang\">(en)</span></a>",
                html.link(new ResolvedLink("\u0001ar/x/", null, "Jane Doe", true, "en", true)));
        assertEquals("<a href=\"\u0001x/\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">جين <span class=\"in-lang\">(ar)</span></a>",
                html.link(new ResolvedLink("\u0001x/", null, "جين", true, "ar", true)));
    }

    @Test
    void ownTextIsInThePagesLanguageSoOnlyTheTargetIsMarked() {
        assertEquals("<a href=\"\u0001ar/x/\" hreflang=\"en\">المؤلفة <span class=\"in-lang\">(en)</span></a>",
                html.link(new ResolvedLink("\u0001ar/x/", null, "المؤلفة", false, "en", true)));
    }

    @Test
    void anUnresolvedReferenceIsItsTextPlain() {
        assertEquals("RU-8.5 &amp; it&#39;s", html.unresolved("RU-8.5 & it's"));
    }
}
