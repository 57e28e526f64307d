package org.briefkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefkit.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Template lookup, overrides and the data model documented in docs/templates.md. */
class TemplatesTest {
    private static final String SITE = """
            -- site.yml --
            title: Model test
            baseUrl: https://example.org/wcit/
            -- content/proposals/P1.md --
            ---
            title: Proposal one
            proposers: [RU, ARB]
            articles: [A3]
            ---
            -- content/proposals/P2.md --
            ---
            title: Proposal two
            proposers: [RU]
            articles: [A8, A3]
            ---
            -- content/articles/A3.md --
            ---
            title: Article 3
            ---
            -- content/articles/A8.md --
            ---
            title: Article 8
            ---
            -- content/countries/RU.md --
            ---
            title: Russia
            ---
            -- content/countries/ARB.md --
            ---
            title: Arab States
            kind: group
            ---
            -- content/talking-points/t1.md --
            ---
            title: Against P2
            proposals: [P2]
            weight: 2
            ---
            -- content/talking-points/t2.md --
            ---
            title: Against P1
            proposals: [P1]
            weight: 1
            ---
            -- content/talking-points/t3.md --
            ---
            title: Mentions Russia
            countries: [RU]
            weight: 3
            ---
            """;

    @Test
    void aCollectionTemplateOverridesTheDefault() {
        TestSite.Built b = TestSite.of(SITE).put("templates/countries/entry.ftlh", """
                <#assign proposals = entry.referrers("proposals", "proposers")>
                <ul id="proposals"><#list proposals as p><li>${p.title}</li></#list></ul>
                <ul id="articles"><#list refsOf(proposals, "articles") as a><li>${a.title}</li></#list></ul>
                <ul id="points"><#list referrersOf(proposals, "talking-points", "proposals") as t><li>${t.title}</li></#list></ul>
                <ul id="direct"><#list entry.referrers("talking-points") as t><li>${t.title}</li></#list></ul>
                <ul id="without"><#list without(site.collection["talking-points"].entries, referrersOf(proposals, "talking-points", "proposals")) as t><li>${t.title}</li></#list></ul>
                """).build();
        assertTrue(b.ok(), b.all().toString());
        Document ru = b.page("countries/ru/index.html");
        assertEquals(List.of("Proposal one", "Proposal two"), ru.select("#proposals li").eachText());
        assertEquals(List.of("Article 3", "Article 8"), ru.select("#articles li").eachText());
        assertEquals(List.of("Against P1", "Against P2"), ru.select("#points li").eachText());
        assertEquals(List.of("Mentions Russia"), ru.select("#direct li").eachText());
        assertEquals(List.of("Mentions Russia"), ru.select("#without li").eachText(), "without() keeps the others, in order");
        Document p1 = b.page("proposals/p1/index.html");
        assertEquals(1, p1.select("figure.quoted, p.note").size(), "other collections keep the built-in template");
    }

    @Test
    void groupByGroupsEntriesByTheFirstEntryTheyName() {
        TestSite.Built b = TestSite.of(SITE).put("templates/home.ftlh", """
                <#assign g = groupBy(site.collection["talking-points"].entries, "proposals")>
                <ul id="p1"><#list g["P1"]![] as t><li>${t.title}</li></#list></ul>
                <ul id="p2"><#list g["P2"]![] as t><li>${t.title}</li></#list></ul>
                <ul id="none"><#list g[""]![] as t><li>${t.title}</li></#list></ul>
                <p id="keys"><#list g?keys as k>[${k}]</#list></p>
                <p id="proposers"><#list groupBy(site.collection["proposals"].entries, "proposers") as id, ps>${id}=${ps?size};</#list></p>
                """).build();
        assertTrue(b.ok(), b.all().toString());
        Document home = b.page("index.html");
        assertEquals(List.of("Against P1"), home.select("#p1 li").eachText());
        assertEquals(List.of("Against P2"), home.select("#p2 li").eachText());
        assertEquals(List.of("Mentions Russia"), home.select("#none li").eachText(), "entries that name none are under \"\"");
        assertEquals("[P1][P2][]", home.getElementById("keys").text(), "groups in the order of their first entry");
        assertEquals("RU=2;", home.getElementById("proposers").text(), "only the first entry named counts");
    }

    @Test
    void entryModelKeys() {
        TestSite.Built b = TestSite.of(SITE).put("templates/proposals/entry.ftlh", """
                <p id="id">${entry.id}</p><p id="url">${entry.url}</p><p id="permalink">${entry.permalink}</p>
                <p id="coll">${entry.collection}/${entry.collectionTitle}</p><p id="file">${entry.file}</p>
                <p id="proposers"><#list entry.proposers as c>${c.title};</#list></p>
                <p id="refs"><#list entry.refs as field, list>${field}=${list?size};</#list></p>
                <p id="backlinks"><#list entry.backlinks as g>${g.collection}:<#list g.entries as e>${e.id},</#list>(${g.fields?join("+")})</#list></p>
                <p id="root">${root}style.css</p><p id="home">${site.home}</p><p id="kind">${page.kind}</p>
                """).build();
        assertTrue(b.ok(), b.all().toString());
        Document p1 = b.page("proposals/p1/index.html");
        assertEquals("P1", p1.getElementById("id").text());
        assertEquals("../../proposals/p1/index.html", p1.getElementById("url").text());
        assertEquals("https://example.org/wcit/proposals/p1/", p1.getElementById("permalink").text());
        assertEquals("proposals/Proposals", p1.getElementById("coll").text());
        assertEquals("content/proposals/P1.md", p1.getElementById("file").text());
        assertEquals("Russia;Arab States;", p1.getElementById("proposers").text());
        assertEquals("proposers=2;articles=1;", p1.getElementById("refs").text());
        assertEquals("talking-points:t2,(proposals)", p1.getElementById("backlinks").text());
        assertEquals("../../style.css", p1.getElementById("root").text());
        assertEquals("../../index.html", p1.getElementById("home").text());
        assertEquals("entry", p1.getElementById("kind").text());
    }

    @Test
    void listingsAreInWeightThenTitleOrder() {
        Document list = TestSite.of(SITE).build().page("talking-points/index.html");
        assertEquals(List.of("Against P1", "Against P2", "Mentions Russia"), list.select("main ul.entries a").eachText());
    }

    @Test
    void aBigThemeShowsItsFirstTwelvePointsInTheListingAndLinksToTheRest() {
        TestSite site = TestSite.of(SITE).put("content/themes/access.md", "---\ntitle: Access\n---\n");
        for (int i = 0; i < 102; i++) {
            site.put(String.format("content/talking-points/many-%03d.md", i), String.format("---\ntitle: Point %03d\ntheme: access\n---\n", i));
        }
        TestSite.Built b = site.build();
        assertTrue(b.ok(), b.all().toString());
        Document list = b.page("talking-points/index.html");
        List<String> shown = list.select("section:has(h2 a[href*=themes/access]) ul.entries a").eachText();
        assertEquals(12, shown.size());
        assertEquals("Point 000", shown.get(0));
        assertEquals("Point 011", shown.get(11));
        assertEquals("See all 102 talking points", list.select("section:has(h2 a[href*=themes/access]) > p a").text());
        assertEquals(102, b.page("themes/access/index.html").select("main ul.entries a[href*=many-]").size(),
                "the theme's own page lists every point");
    }

    @Test
    void layoutFieldChoosesATemplate() {
        TestSite.Built b = TestSite.of(SITE).put("content/pages/glossary.md", "---\ntitle: Glossary\nlayout: glossary\n---\n")
                .put("templates/glossary.ftlh", "<p id=g>${entry.title}</p>").build();
        assertEquals("Glossary", b.page("pages/glossary/index.html").getElementById("g").text());
        TestSite.Built missing = TestSite.of(SITE).put("content/pages/glossary.md", "---\ntitle: Glossary\nlayout: nope\n---\n").build();
        assertEquals(List.of("content/pages/glossary.md:3:9: warning: layout 'nope': no template templates/nope.ftlh"), missing.all());
        assertTrue(missing.ok(), "the collection's template is used");
    }

    @Test
    void staticFilesAreCopiedAndSiteFilesOverrideTheTheme() {
        TestSite.Built b = TestSite.of(SITE).put("templates/static/style.css", "body{}").put("templates/static/img/logo.svg", "<svg/>").build();
        assertEquals("body{}", b.text("style.css"));
        assertEquals("<svg/>", b.text("img/logo.svg"));
    }

    @Test
    void notFoundPageUsesTheBasePath() {
        Document nf = TestSite.of(SITE).build().page("404.html");
        assertEquals("/wcit/style.css", nf.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("/wcit/index.html", nf.selectFirst("main a").attr("href"));
    }

    @Test
    void directoryLinksWhenConfigured() {
        TestSite.Built b = TestSite.of(SITE.replace("baseUrl: https://example.org/wcit/", "links: directory")).build();
        Document p1 = b.page("proposals/p1/index.html");
        assertEquals("../../countries/ru/", p1.selectFirst("dl.facts a").attr("href"));
    }
}
