package org.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.briefkit.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class SiteBuilderTest {
    static final String SITE = """
            -- site.yml --
            title: WCIT test briefing
            -- content/_index.md --
            ---
            title: Welcome
            ---
            Read [[tp-sovereignty]] first.
            -- content/talking-points/tp-sovereignty.md --
            ---
            title: Vague "sovereignty" limits censor
            summary: Broad national-security limits invite censorship.
            stance: oppose
            theme: free-expression
            proposals: RU-8.4
            articles: [ITR-8, ICCPR-19]
            countries: [RU]
            ---
            Russia's [[RU-8.4]] would let states block traffic. See [[ICCPR-19|Article 19]]
            and [[RU-8.4#the-wording]].

            ## Ask
            Reject the proposal.
            -- content/proposals/RU-8.4.md --
            ---
            id: RU-8.4
            title: "Russia: New Article 8.4"
            kind: new
            proposers: [RU]
            articles: [ITR-8]
            text: >-
              except in cases where international telecommunication services are used for the purpose
              of interfering in the internal affairs
            ---
            ## The wording
            Quoted above.
            -- content/articles/ITR-8.md --
            ---
            title: "ITR Article 8"
            number: "8"
            ---
            -- content/articles/ICCPR-19.md --
            ---
            title: ICCPR Article 19
            number: "19"
            treaty: ICCPR
            ---
            -- content/countries/RU.md --
            ---
            title: Russian Federation
            code: RU
            groups: [RCC]
            ---
            -- content/countries/RCC.md --
            ---
            title: Regional Commonwealth in the field of Communications
            kind: group
            ---
            -- content/themes/free-expression.md --
            ---
            title: Freedom of expression
            weight: 2
            ---
            """;

    @Test
    void buildsEveryPageAtItsPath() {
        TestSite.Built b = TestSite.of(SITE).build();
        assertTrue(b.ok(), () -> b.all().toString());
        assertEquals(List.of(), b.all());
        for (String path : List.of("index.html", "404.html", "style.css", "talking-points/index.html",
                "talking-points/tp-sovereignty/index.html", "proposals/ru-8.4/index.html", "articles/itr-8/index.html",
                "articles/iccpr-19/index.html", "countries/ru/index.html", "countries/rcc/index.html",
                "themes/free-expression/index.html", "pages/index.html")) {
            assertTrue(b.out().files().containsKey(path), path);
        }
        assertEquals(21, b.result().pages(), "home, 404, search, 6 listings, 7 entries, 3 listing extras (matrices, handout), 2 country packs");
    }

    @Test
    void inlineReferencesBecomeRelativeLinksWithTitles() {
        Document page = TestSite.of(SITE).build().page("talking-points/tp-sovereignty/index.html");
        Elements links = page.select(".body a:not(.para-link)");
        assertEquals("../../proposals/ru-8.4/index.html", links.get(0).attr("href"));
        assertEquals("Russia: New Article 8.4", links.get(0).text());
        assertEquals("../../articles/iccpr-19/index.html", links.get(1).attr("href"));
        assertEquals("Article 19", links.get(1).text());
        assertEquals("../../proposals/ru-8.4/index.html#the-wording", links.get(2).attr("href"));
    }

    @Test
    void referenceFieldsAreListedAsLinks() {
        Document page = TestSite.of(SITE).build().page("proposals/ru-8.4/index.html");
        Element proposers = page.selectFirst("dl.facts dt:contains(Proposed by) + dd");
        assertEquals("Russian Federation", proposers.text());
        assertEquals("../../countries/ru/index.html", proposers.selectFirst("a").attr("href"));
        assertEquals("except in cases where international telecommunication services are used for the purpose of "
                + "interfering in the internal affairs", page.selectFirst("figure.quoted blockquote p").text());
    }

    @Test
    void backlinksListWhoRefersToAnEntry() {
        TestSite.Built b = TestSite.of(SITE).build();
        Document itr8 = b.page("articles/itr-8/index.html");
        assertEquals(List.of("Russia: New Article 8.4"), itr8.select("#proposals_h + ul a").eachText());
        assertEquals(List.of("Vague \"sovereignty\" limits censor"), itr8.select("#points_h + ul > li > a").eachText());
        Document rcc = b.page("countries/rcc/index.html");
        assertEquals("Russian Federation", rcc.selectFirst("dl.facts dt:contains(Members) + dd").text());
        Document free = b.page("themes/free-expression/index.html");
        assertEquals(List.of("Vague \"sovereignty\" limits censor"), free.select("#points_h + ul > li > a").eachText());
    }

    @Test
    void homePageShowsItsTextWithResolvedLinks() {
        Document home = TestSite.of(SITE).build().page("index.html");
        Element link = home.selectFirst("main a[href='talking-points/tp-sovereignty/index.html']");
        assertEquals("Vague \"sovereignty\" limits censor", link.text());
        assertEquals("Welcome", home.selectFirst("h1").text());
    }

    @Test
    void brokenReferencesAreAllReportedTogetherSortedByPathAndLine() {
        TestSite.Built b = TestSite.of(SITE)
                .put("content/talking-points/tp-a.md", """
                        ---
                        title: A
                        proposals: [RU-8.5, ITR-8]
                        theme: free-expresion
                        ---
                        See [[RU-84]] and [[RU-8.4#nope]].
                        """)
                .build();
        assertFalse(b.ok());
        assertEquals(List.of(
                "content/talking-points/tp-a.md:3:13: error: unknown proposal 'RU-8.5' in 'proposals'; did you mean 'RU-8.4'?",
                "content/talking-points/tp-a.md:3:21: error: 'ITR-8' is in articles, but 'proposals' refers to proposals",
                "content/talking-points/tp-a.md:4:8: error: unknown theme 'free-expresion' in 'theme'; did you mean 'free-expression'?",
                "content/talking-points/tp-a.md:6:5: error: unknown reference [[RU-84]]; did you mean 'RU-8.4'?",
                "content/talking-points/tp-a.md:6:19: error: 'RU-8.4' has no heading '#nope'"), b.errors());
        assertTrue(b.out().files().isEmpty(), "nothing is written when the build fails");
    }

    @Test
    void lenientMakesReferenceErrorsWarningsAndRendersTextPlain() {
        TestSite.Built b = TestSite.of(SITE)
                .put("content/talking-points/tp-a.md", "---\ntitle: A\nproposals: [RU-8.5]\n---\nSee [[RU-84|the plan]].\n")
                .lenient().build();
        assertTrue(b.ok(), () -> b.all().toString());
        assertEquals(2, b.warnings().size());
        Document page = b.page("talking-points/tp-a/index.html");
        assertEquals("See the plan.", page.selectFirst(".body p").ownText());
        assertNull(page.selectFirst(".body a:not(.para-link)"));
    }

    @Test
    void duplicateIdsAndSlugsAreErrorsWithinACollection() {
        TestSite.Built b = TestSite.of(SITE)
                .put("content/themes/RU.md", "---\ntitle: Russia as a theme\n---\n")
                .put("content/countries/ru.md", "---\ntitle: Same slug\n---\n")
                .put("content/countries/russia.md", "---\nid: RU\ntitle: Same ID\n---\n")
                .build();
        assertEquals(List.of(
                "content/countries/ru.md:1:1: error: ID 'ru' has the same URL (countries/ru/) as 'RU' in content/countries/RU.md",
                "content/countries/russia.md:2:5: error: duplicate ID 'RU' in countries: content/countries/RU.md has it too"),
                b.errors(), "one ID in two collections is fine");
    }

    @Test
    void aFileThatCannotBeReadGivesOneErrorNotOneForEachReferenceToIt() {
        TestSite.Built b = TestSite.of(SITE).put("content/proposals/RU-8.4.md", "---\nid: RU-8.4\ntitle: [unclosed\n---\nText.\n")
                .build();
        assertEquals(1, b.errors().size(), b.errors().toString());
        assertTrue(b.errors().get(0).startsWith("content/proposals/RU-8.4.md:3:"), b.errors().get(0));
    }

    @Test
    void draftsAreLeftOutAndReferencesToThemSayWhy() {
        String draft = "---\ntitle: Later\ndraft: true\n---\nSee [[RU-8.4]].\n";
        TestSite.Built b = TestSite.of(SITE).put("content/themes/later.md", draft)
                .put("content/talking-points/tp-b.md", "---\ntitle: B\ntheme: later\n---\n").build();
        assertEquals(List.of("content/talking-points/tp-b.md:3:8: error: 'later' is a draft (content/themes/later.md) "
                + "and is not part of this build"), b.errors());
        TestSite.Built withDrafts = TestSite.of(SITE).put("content/themes/later.md", draft).drafts().build();
        assertTrue(withDrafts.ok());
        assertTrue(withDrafts.out().files().containsKey("themes/later/index.html"));
        TestSite.Built without = TestSite.of(SITE).put("content/themes/later.md", draft).build();
        assertFalse(without.out().files().containsKey("themes/later/index.html"));
    }

    @Test
    void rawHtmlIsEscapedAndScriptLinksNeutralised() {
        TestSite.Built b = TestSite.of(SITE).put("content/themes/x.md", """
                ---
                title: X
                ---
                <script>alert(1)</script>

                Click [me](JavaScript:alert(1)) or <b onclick="x()">bold</b>.
                """).build();
        Document page = b.page("themes/x/index.html");
        assertTrue(page.select(".body script").isEmpty());
        assertTrue(page.select(".body b").isEmpty());
        assertTrue(page.selectFirst(".body").text().contains("<script>alert(1)</script>"));
        assertTrue(page.select(".body a:not(.para-link)").isEmpty(), page.selectFirst(".body").html());
        assertEquals(List.of("content/themes/x.md:4:1: warning: raw HTML '<script>' is shown as text, not as HTML (and 2 more in this text)",
                "content/themes/x.md:6:7: warning: link target 'JavaScript:alert(1)' is not allowed; shown as plain text"), b.warnings());
    }

    @Test
    void templateSyntaxInContentIsJustText() {
        Document page = TestSite.of(SITE).put("content/themes/t.md",
                "---\ntitle: \"${site.title} <#assign x=1>\"\n---\n${7*7} <#list 1..3 as i>${i}</#list>\n").build()
                .page("themes/t/index.html");
        assertEquals("${site.title} <#assign x=1>", page.selectFirst("h1").text());
        assertEquals("${7*7} <#list 1..3 as i>${i}</#list>", page.selectFirst(".body p").ownText());
    }

    @Test
    void outputIsByteIdenticalAcrossBuilds() {
        TestSite site = TestSite.of(SITE);
        TestSite.Built a = site.build();
        TestSite.Built b = site.build();
        assertEquals(a.out().files().keySet(), b.out().files().keySet());
        a.out().files().forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, b.out().files().get(path)), path));
    }

    @Test
    void unknownCollectionFolderIsReportedOnceWithSuggestion() {
        TestSite.Built b = TestSite.of(SITE)
                .put("content/proposal/a.md", "---\ntitle: A\n---\n")
                .put("content/proposal/b.md", "---\ntitle: B\n---\n")
                .build();
        assertEquals(List.of("content/proposal: error: folder 'proposal' is not a collection; did you mean 'proposals'?"), b.errors());
    }

    @Test
    void paragraphsHaveStableAnchorsWithVisibleLinks() {
        TestSite site = TestSite.of(SITE);
        Document before = site.build().page("talking-points/tp-sovereignty/index.html");
        Element first = before.selectFirst(".body p");
        String id = first.id();
        assertTrue(id.matches("p_[0-9a-f]{6}"), id);
        Element link = first.selectFirst("a.para-link");
        assertEquals("#" + id, link.attr("href"));
        assertEquals("Link to this paragraph", link.attr("aria-label"));
        String text = site.source().text("content/talking-points/tp-sovereignty.md");
        site.put("content/talking-points/tp-sovereignty.md", text.replace("---\nRussia's", "---\nA new first paragraph.\n\nRussia's"));
        Document after = site.build().page("talking-points/tp-sovereignty/index.html");
        assertEquals(first.text(), after.getElementById(id).text(), "the anchor stays with its paragraph");
    }

    @Test
    void aFileTooBrokenToReadIsOneErrorNotOneMorePerReferenceToIt() {
        TestSite.Built b = TestSite.of(SITE).put("content/proposals/RU-8.4.md", "---\ntitle: [unclosed\n---\n").build();
        assertEquals(List.of("content/proposals/RU-8.4.md:2:8: error: a list opened with '[' is not closed"), b.errors());
        TestSite.Built missing = TestSite.of(SITE).remove("content/proposals/RU-8.4.md").build();
        assertTrue(missing.errors().size() > 1, "without the file, each reference to it is an error: " + missing.errors());
    }
}
