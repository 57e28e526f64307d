package org.briefkit.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;
import org.briefkit.model.Body;
import org.briefkit.model.InlineRef;
import org.briefkit.model.LocalLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
    private final MarkdownRenderer md = new MarkdownRenderer(false);
    private final List<Diagnostic> problems = new ArrayList<>();

    private Body render(String text) {
        return md.render(new SourceText("a.md", text), 0, text, false, problems);
    }

    private Document html(String text) {
        return Jsoup.parseBodyFragment(render(text).html());
    }

    @Test
    void crossReferencesAreFoundWithPositionsAndPlaceholders() {
        Body b = render("Intro\n\nSee [[RU-8.4]], [[ITR-8|the article]] and [[glossary#wsis|WSIS]].\n");
        assertEquals(List.of(
                new InlineRef(0, "RU-8.4", null, null, 3, 5),
                new InlineRef(1, "ITR-8", null, "the article", 3, 17),
                new InlineRef(2, "glossary", "wsis", "WSIS", 3, 43)), b.refs());
        assertEquals("<p>Intro</p>\n<p>See " + Body.refMarker(0) + ", " + Body.refMarker(1) + " and " + Body.refMarker(2) + ".</p>\n", b.html());
    }

    @Test
    void crossReferencesInCodeAreText() {
        Body b = render("`[[RU-8.4]]` and\n\n    [[X]]\n");
        assertTrue(b.refs().isEmpty());
        assertTrue(b.html().contains("[[RU-8.4]]"));
    }

    @Test
    void aLabelThePageDefinesIsALinkInBracketsNotACrossReference() {
        Body b = render("[[*foo* bar]] and [[RU-8.4]]\n\n[*FOO* bar]: /url \"title\"\n");
        assertEquals(List.of(new InlineRef(0, "RU-8.4", null, null, 1, 19)), b.refs());
        assertEquals("<p>[<a href=\"" + Body.linkMarker("/url") + "\" title=\"title\"><em>foo</em> bar</a>] and " + Body.refMarker(0)
                + "</p>\n", b.html());
    }

    @Test
    void linkTargetsArePercentEncodedAndTheirPlaceholdersSurvive() {
        Body b = render("[a](<café{menu}?q=\"x\"#déjà>) [b](/données/a%20b/) ![c](/içi.png)\n");
        assertEquals("<p><a href=\"" + Body.linkMarker("caf%C3%A9%7Bmenu%7D?q=%22x%22#d%C3%A9j%C3%A0") + "\">a</a> <a href=\""
                + Body.linkMarker("/donn%C3%A9es/a%20b/") + "\">b</a> <img src=\"" + Body.linkMarker("/i%C3%A7i.png")
                + "\" alt=\"c\" /></p>\n", b.html());
    }

    @Test
    void ordinaryLinksStillWork() {
        Document d = html("[text](https://example.org/) and [ref][r] and <https://itu.int>\n\n[r]: mailto:a@b.org\n");
        assertEquals(List.of("https://example.org/", "mailto:a@b.org", "https://itu.int"), d.select("a").eachAttr("href"));
    }

    @Test
    void headingIdsAreStableAndUnique() {
        Body b = render("## Article 19 (UDHR and ICCPR)\n## Ask\n## Ask\n## ITU\n");
        assertEquals(List.of("article-19-udhr-and-iccpr", "ask", "ask-1", "itu"), b.headingIds());
        assertEquals(List.of("article-19-udhr-and-iccpr", "ask", "ask-1", "itu"),
                Jsoup.parseBodyFragment(b.html()).select("h2").eachAttr("id"));
    }

    @Test
    void tablesStrikethroughAndAutolinks() {
        Document d = html("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ www.itu.int\n");
        assertEquals(2, d.select("table td").size());
        assertEquals("old", d.selectFirst("del").text());
        assertEquals("http://www.itu.int", d.selectFirst("p a").attr("href"));
    }

    @Test
    void everyTableScrollsInAFocusableNamedBox() {
        Body b = render("| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertEquals("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"" + Body.TABLE_LABEL + "\">\n"
                + "<table>\n<thead>\n<tr><th>a</th><th>b</th></tr>\n</thead>\n<tbody>\n<tr><td>1</td><td>2</td></tr>\n</tbody>\n"
                + "</table>\n</div>\n", b.html());
    }

    @Test
    void aTableIsNamedByItsHeadingOnceThenByItsNumber() {
        Document d = html("| x |\n|---|\n| 0 |\n\n## Session plan\n\n| a |\n|---|\n| 1 |\n\n> | b |\n> |---|\n> | 2 |\n\n"
                + "### Costs\n\n- | c |\n  |---|\n  | 3 |\n");
        List<String> names = d.select("div.table-wrap").stream()
                .map(box -> box.attr("aria-labelledby") + "|" + box.attr("aria-label")).toList();
        assertEquals(List.of("|" + Body.TABLE_LABEL + " 1", "session-plan|", "|" + Body.TABLE_LABEL + " 3", "costs|"), names);
        assertEquals(4, d.select("div.table-wrap[role=region][tabindex=0] > table").size());
    }

    @Test
    void aTableUnderTheTitleHeadingLeftOutOfTheBodyHasTheGenericName() {
        Body b = md.render(new SourceText("a.md", "# Title\n\n| a |\n|---|\n| 1 |\n"), 0, "# Title\n\n| a |\n|---|\n| 1 |\n",
                true, problems);
        assertTrue(b.html().startsWith("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"" + Body.TABLE_LABEL
                + "\">"), b.html());
    }

    @Test
    void typographicQuotesAreOff() {
        assertEquals("<p>&quot;quoted&quot; -- it's</p>\n", render("\"quoted\" -- it's\n").html());
    }

    @Test
    void rawHtmlIsEscapedByDefault() {
        Document d = html("<script>alert(1)</script>\n\nA <img src=x onerror=alert(1)> b\n");
        assertTrue(d.select("script, img").isEmpty());
        assertTrue(d.text().contains("<script>alert(1)</script>"));
    }

    @Test
    void rawHtmlPassesWhenAllowed() {
        Body b = new MarkdownRenderer(true).render(new SourceText("a", "<aside>x</aside>\n"), 0, "<aside>x</aside>\n", false, problems);
        assertEquals("<aside>x</aside>\n", b.html());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[x](javascript:alert(1))", "[x](JavaScript:alert(1))", "[x](&#106;avascript:alert(1))",
            "[x](java&#9;script:alert(1))", "[x](<java\tscript:alert(1)>)", "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "[x](vbscript:msgbox)", "[x](%20javascript:alert(1))", "![x](javascript:alert(1))", "<javascript:alert(1)>",
            "[x][r]\n\n[r]: JAVASCRIPT:alert(1)", "[x](\\javascript:alert(1))", "[x](&#x6A;avascript&colon;alert(1))"})
    void scriptLinksAreNeutralised(String markdown) {
        Document d = html(markdown + "\n");
        for (var el : d.select("[href], [src]")) {
            String url = el.hasAttr("href") ? el.attr("abs:href").isEmpty() ? el.attr("href") : el.attr("href") : el.attr("src");
            String scheme = LinkSafety.scheme(url);
            assertTrue(scheme == null || scheme.equals("http") || scheme.equals("https"), markdown + " -> " + d.body().html());
        }
        assertFalse(d.body().html().toLowerCase().contains("href=\"javascript"), d.body().html());
    }

    @Test
    void unsafeLinkKeepsItsTextAndWarnsWithPosition() {
        Document d = html("Read\n[the *plan*](javascript:alert(1)) now\n");
        assertEquals("Read the plan now", d.text());
        assertEquals(List.of("a.md:2:1: warning: link target 'javascript:alert(1)' is not allowed; shown as plain text"),
                problems.stream().map(Diagnostic::headline).toList());
    }

    @Test
    void linksToPathsOfTheSiteArePlaceholdersFoundWithTheirPositions() {
        Body b = render("See [p](/proposals/ru-8.4/) and\n[b](../My-Note/#x \"t\") ![i](img/a&b.png)\n[r][] [r][] [t](#top) [q](?x)\n\n"
                + "[w](https://itu.int/x) [c](//cdn.example/x) www.itu.int <https://a.org/> [m](mailto:a@b.org)\n\n[r]: /a\n");
        assertEquals(List.of(new LocalLink("/proposals/ru-8.4/", 1, 9), new LocalLink("../My-Note/#x", 2, 5),
                new LocalLink("img/a&b.png", 2, 29), new LocalLink("/a", 7, 6)), b.links());
        Document d = Jsoup.parseBodyFragment(b.html());
        assertEquals(List.of(Body.linkMarker("/proposals/ru-8.4/"), Body.linkMarker("../My-Note/#x"), Body.linkMarker("/a"),
                Body.linkMarker("/a"), "#top", "?x", "https://itu.int/x", "//cdn.example/x", "http://www.itu.int", "https://a.org/",
                "mailto:a@b.org"), d.select("a").eachAttr("href"));
        assertTrue(b.html().contains("src=\"" + Body.linkMarker("img/a&amp;b.png") + "\""), b.html());
    }

    @Test
    void leadingTitleHeadingCanBeDropped() {
        Body b = md.render(new SourceText("a", "# Title\n\nText\n"), 0, "# Title\n\nText\n", true, problems);
        assertEquals("Title", b.firstHeading());
        assertEquals("<p>Text</p>\n", b.html());
    }
}
