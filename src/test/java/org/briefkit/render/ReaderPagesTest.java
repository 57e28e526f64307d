package org.briefkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefkit.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What the built-in theme gives an advocate first, in every language (issue 19). */
class ReaderPagesTest {
    private static final String SITE = """
            -- site.yml --
            title: Readers
            languages: [en, fr]
            -- content/proposals/P1.md --
            ---
            title: Proposal one
            proposers: [RU]
            ---
            -- content/countries/RU.md --
            ---
            title: Russian Federation
            ---
            -- content/talking-points/general.md --
            ---
            title: The open model has served us well
            summary: Keep the internet open.
            stance: oppose
            proposals: [P1, P2]
            ---
            -- content/talking-points/specific.md --
            ---
            title: Reject proposal one
            summary: Proposal one would let governments block sites.
            stance: oppose
            proposals: [P1]
            ---
            -- content/talking-points/specific.fr.md --
            ---
            title: Rejeter la proposition un
            ---
            Le texte traduit.
            -- content/proposals/P2.md --
            ---
            title: Proposal two
            ---
            -- content/pages/about.md --
            ---
            title: What is this conference?
            linkTitle: About
            menu: main
            ---
            The conference revises a treaty. It meets in December.

            A second paragraph.
            -- content/pages/about.fr.md --
            ---
            title: Qu'est-ce que cette conférence ?
            ---
            """;

    @Test
    void aProposalOpensWithOurStanceAndTheSentenceOfThePointThatAnswersItAlone() {
        Document page = TestSite.of(SITE).build().page("proposals/p1/index.html");
        Element say = page.selectFirst("article > header + aside.say");
        assertNotNull(say, "the stance comes right after the title");
        assertEquals("We oppose this proposal", say.selectFirst("h2").text());
        assertEquals("Proposal one would let governments block sites.", say.selectFirst("p").text());
    }

    @Test
    void aStanceLabelNamesWhatItOpposes() {
        Document page = TestSite.of(SITE).build().page("talking-points/general/index.html");
        assertEquals("We oppose P1, P2", page.selectFirst("header .stance").text());
    }

    @Test
    void theHomePageStartsWithEachCountryAndItsProposals() {
        Document home = TestSite.of(SITE).build().page("index.html");
        Element first = home.selectFirst("main > div.hero + section");
        assertEquals("country_h", first.selectFirst("h2").id());
        assertEquals(List.of("Russian Federation", "P1"), first.select("tbody tr").first().select("a").eachText());
    }

    @Test
    void aFrenchPageMarksEnglishPartsAndKeepsItsInterfaceFrench() {
        TestSite.Built b = TestSite.of(SITE).build();
        Document point = b.page("fr/talking-points/specific/index.html");
        // The translation has its own title and body, and leaves the summary to the original.
        assertEquals("", point.selectFirst("h1").attr("lang"), "the title is French");
        Element summary = point.selectFirst("aside.say p");
        assertEquals("en", summary.attr("lang"));
        assertEquals("ltr", summary.attr("dir"));
        assertEquals("", point.selectFirst("aside.say h2").attr("lang"), "the label is the page's French");
        assertTrue(point.select("main [lang=en] .notice, main [lang=en] h2").isEmpty(), "no interface text inside English");
        // A translated title replaces the original's short title in the menu.
        Document home = b.page("fr/index.html");
        Element about = home.selectFirst(".site-nav a[href*=pages/about]");
        assertEquals("Qu'est-ce que cette conférence ?", about.text());
        assertEquals("", about.attr("lang"));
        // The header's search and the home page's table go to the French tree.
        assertEquals("../fr/search/index.html", home.selectFirst("form.header-search").attr("action"));
        assertEquals("../fr/proposals/matrix/index.html", home.selectFirst("a[href*=matrix]").attr("href"));
        // An untranslated entry in a list is English.
        Document list = b.page("fr/talking-points/index.html");
        assertEquals("en", list.selectFirst("a[href*=general]").attr("lang"));
    }

    @Test
    void everyPageHasADescriptionTheSummaryElseTheFirstParagraph() {
        TestSite.Built b = TestSite.of(SITE).build();
        assertEquals("The conference revises a treaty. It meets in December.",
                b.page("pages/about/index.html").selectFirst("meta[name=description]").attr("content"));
        assertEquals("Keep the internet open.", b.page("talking-points/general/index.html").selectFirst("meta[name=description]").attr("content"));
        assertEquals("Talking points: the full list, from Readers.",
                b.page("talking-points/index.html").selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void alternatesAndThePrintedAddressAreAbsoluteWithABaseUrlAndLeftOutWithout() {
        Document without = TestSite.of(SITE).build().page("fr/talking-points/specific/index.html");
        assertTrue(without.select("link[hreflang]").isEmpty());
        assertTrue(without.select(".print-only").isEmpty());
        Document with = TestSite.of(SITE.replace("title: Readers\n", "title: Readers\nbaseUrl: https://example.org/kit/\n"))
                .build().page("fr/talking-points/specific/index.html");
        assertEquals(List.of("https://example.org/kit/talking-points/specific/", "https://example.org/kit/fr/talking-points/specific/"),
                with.select("link[hreflang]").eachAttr("href"));
        assertEquals("Imprimé à partir de https://example.org/kit/fr/talking-points/specific/", with.selectFirst(".print-only").text());
    }

    @Test
    void backlinksLeaveOutWhatThePageListsAndFoldALongGroupBehindItsCount() {
        TestSite site = TestSite.of(SITE);
        for (int i = 0; i < 7; i++) {
            site.put("content/articles/a" + i + ".md", "---\ntitle: Article " + i + "\n---\nSee [[about]].\n");
        }
        TestSite.Built b = site.build();
        assertTrue(b.ok(), b.all().toString());
        Document about = b.page("pages/about/index.html");
        Element group = about.selectFirst("section.backlinks details.backlink-group");
        assertNotNull(group, about.select("section.backlinks").outerHtml());
        assertEquals("Articles (7)", group.selectFirst("summary").text());
        Document point = b.page("talking-points/specific/index.html");
        assertTrue(point.select("section.backlinks a[href*=proposals]").isEmpty(), "proposals are listed once, as answered");
    }
}
