package org.briefkit.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefkit.diag.Diagnostic;
import org.briefkit.testing.TestSite;
import org.briefkit.verify.LinkChecker;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tiny sites of {@code src/test/resources/real-shapes/} (copied from the shared fixtures), each
 * in a shape that real toolkits written for other generators use, build as their "wanted" column
 * in the folder's README says.
 */
class RealShapesTest {
    private static TestSite.Built build(String shape) {
        return TestSite.fromResources("real-shapes/" + shape).build();
    }

    @Test
    void collectionTitlesAreTranslated() {
        TestSite.Built b = build("translated-collection-titles");
        assertEquals(List.of(), b.all());
        Document fr = b.page("fr/notes/index.html");
        assertEquals("Remarques", fr.selectFirst("main h1").text());
        assertTrue(b.page("notes/index.html").selectFirst("main h1").text().equals("Notes"));
    }

    @Test
    void aDeclaredPagesCollectionIsInTheMenu() {
        TestSite.Built b = build("pages-collection-in-nav");
        assertEquals(List.of(), b.all());
        Document home = b.page("index.html");
        // Search is the header's own field, not a menu item.
        assertEquals(List.of("Chapters", "Pages"), home.select(".site-nav a").eachText());
        assertEquals(List.of("Chapters", "Pages"), home.select("main section h2").eachText());
    }

    @Test
    void layoutsWithoutATemplateFallBackWithOneWarningPerName() {
        TestSite.Built b = build("layouts-from-other-generators");
        assertTrue(b.ok(), b.all().toString());
        assertEquals(List.of("content/chapters/one.md:3:9: warning: layout 'single': no template templates/single.ftlh",
                "content/chapters/two.md:3:9: warning: layout 'single-intro-outro': no template templates/single-intro-outro.ftlh"),
                b.all());
        assertEquals("One", b.page("chapters/one/index.html").selectFirst("main h1").text());
        TestSite.Built twice = TestSite.fromResources("real-shapes/layouts-from-other-generators")
                .put("content/chapters/three.md", "---\ntitle: Three\nlayout: single\n---\n").build();
        assertTrue(twice.all().contains("content/chapters/one.md:3:9: warning: layout 'single': no template templates/single.ftlh"
                + " (and 1 more file)"), twice.all().toString());
    }

    @Test
    void strictLayoutsMakeAMissingTemplateAnErrorOnEachLayoutLine() {
        TestSite site = TestSite.fromResources("real-shapes/layouts-from-other-generators");
        site.put("site.yml", "title: Strict\nstrictLayouts: true\ncollections:\n  chapters: {}\n");
        assertEquals(List.of("content/chapters/one.md:3:9: error: layout 'single': no template templates/single.ftlh",
                "content/chapters/two.md:3:9: error: layout 'single-intro-outro': no template templates/single-intro-outro.ftlh"),
                site.build().errors());
    }

    @Test
    void everyMistakeComesInOneRun() {
        TestSite.Built b = build("errors-all-at-once");
        List<String> all = b.all();
        assertEquals(3, all.size(), all.toString());
        assertEquals("content/notes/a.md:4:5: error: unknown reference [[nope]]", all.get(0));
        assertEquals("content/notes/b.md:3:9: warning: layout 'post': no template templates/post.ftlh", all.get(1));
        assertTrue(all.get(2).startsWith("content/notes/c.md:4:10: error: notes/c/index.html would load "
                + "https://example.org/chart.png from another host (<img src>"), all.get(2));
    }

    @Test
    void oneFileNameInTwoCollectionsIsTwoEntries() {
        TestSite.Built b = build("same-name-two-collections");
        assertEquals(List.of(), b.all());
        Document method = b.page("methods/follow-up/index.html");
        assertEquals("references/follow-up/index.html", method.selectFirst(".body a[href*=references]").attr("href")
                .replaceFirst("^(\\.\\./)+", ""));
        assertEquals("Suivi (lectures)", b.page("fr/references/follow-up/index.html").selectFirst("main h1").text());
        TestSite.Built bare = TestSite.fromResources("real-shapes/same-name-two-collections")
                .put("content/methods/other.md", "---\ntitle: Other\n---\nSee [[follow-up]].\n").build();
        assertEquals(List.of("content/methods/other.md:4:5: error: [[follow-up]] names 2 entries: [[methods/follow-up]],"
                + " [[references/follow-up]]"), bare.all(), "one error naming both, nothing after it");
    }

    @Test
    void aTranslationsTitlesFindTheirTargetInAnyLanguage() {
        TestSite.Built b = build("by-title-across-languages");
        assertEquals(List.of(), b.all());
        Document fr = b.page("fr/activities/a/index.html");
        assertTrue(fr.select("main a[href*=remote-options/complete]").size() > 0, "Complète stands for Complete");
        assertTrue(fr.select("main a[href*=approaches/research]").size() > 0);
        TestSite.Built translated = TestSite.fromResources("real-shapes/by-title-across-languages")
                .put("content/remote-options/complete.fr.md", "---\ntitle: Totale\n---\n").build();
        assertEquals(List.of(), translated.all(), "a new translation of the target breaks no reference to it");
    }

    @Test
    void messagesUseEachCollectionsSingularAndSuggestOnlyCloseNames() {
        TestSite.Built b = build("singular-names");
        assertEquals(List.of("content/methods/m.md:3:14: error: unknown approach 'x' in 'approaches'",
                "content/methods/m.md:4:12: error: unknown status 'y' in 'statuses'",
                "content/methods/m.md:5:10: error: unknown person 'z' in 'people'",
                "content/methods/m.md:6:12: error: unknown glossary 'w' in 'glossary'"), b.errors());
        assertEquals("valid: t", b.result().diagnostics().get(0).hint());
    }

    @Test
    void lenientPublishesEveryProblemThatHasASafeFallback() {
        TestSite.Built b = TestSite.fromResources("real-shapes/errors-all-at-once")
                .put("content/notes/d.fr.md", "---\ntitle: D\n---\nNo original.\n")
                .put("site.yml", "title: Lenient\nlanguages: [en, fr]\ncollections:\n  notes: {}\n")
                .lenient().build();
        assertTrue(b.ok(), b.all().toString());
        assertEquals(List.of("content/notes/a.md:4:5: warning: unknown reference [[nope]]",
                "content/notes/b.md:3:9: warning: layout 'post': no template templates/post.ftlh",
                "content/notes/c.md:4:1: warning: image from another host (example.org) shown as a link to it",
                "content/notes/d.fr.md:1:1: warning: translation without an original: there is no entry 'd' in notes in the"
                        + " default language"), b.all());
        assertEquals(3, b.result().degradedCount(), "the layout is a warning even without --lenient");
        Document c = b.page("notes/c/index.html");
        assertTrue(c.select("img[src*=example.org]").isEmpty());
        assertEquals("chart", c.selectFirst("a[href=https://example.org/chart.png]").text());
    }

    @Test
    void markdownInFieldsIsRenderedLabelledAndSearchable() {
        TestSite.Built b = build("markdown-in-fields");
        assertEquals(List.of(), b.all());
        Document page = b.page("activities/legal-risks/index.html");
        assertEquals(List.of("Overview", "Walk through"), page.select("section.field h2").eachText());
        assertEquals("list", page.selectFirst("section.field-overview strong").text(), "Markdown, not its source");
        assertEquals("Mapping legal risks", page.selectFirst("section.field-overview li a").text(), "[[…]] resolved");
        assertEquals(2, page.select("section.field-walk_through ol li").size());
        assertTrue(b.text("data/activities.json").contains("\"markdownHtml\":{\"overview\":"), "data files carry the HTML");
        assertTrue(b.out().files().keySet().stream().filter(f -> f.startsWith("search/"))
                .anyMatch(f -> b.text(f).contains("registration")), "words of the fields are in the search index");
    }

    @Test
    void aBrokenReferenceInAFieldIsReportedAtItsLineAndReferencesCountAsBacklinks() {
        TestSite site = TestSite.fromResources("real-shapes/markdown-in-fields")
                .put("content/activities/threat-model.md", "---\ntitle: Threat model\nwalk_through: |\n  1. Start from\n"
                        + "     [[legal-risks]].\n  2. Then [[nope]].\n---\n");
        TestSite.Built b = site.build();
        assertEquals(List.of("content/activities/threat-model.md:6:11: error: unknown reference [[nope]]"), b.errors());
        TestSite.Built fixed = site.put("content/activities/threat-model.md",
                "---\ntitle: Threat model\nwalk_through: |\n  1. Start from [[legal-risks]].\n  2. [Back](/activities/legal-risks/)\n---\n")
                .build();
        assertEquals(List.of(), fixed.all());
        Document model = fixed.page("activities/threat-model/index.html");
        assertEquals("../../activities/legal-risks/index.html", model.select("section.field a").get(1).attr("href"),
                "a site path in a field is written for its page, as in a body");
        assertTrue(model.outerHtml().chars().noneMatch(c -> c < 9), "no marker is left in the page");
        TestSite.Built broken = site.put("content/activities/threat-model.md",
                "---\ntitle: Threat model\nwalk_through: |\n  1. [Gone](/activities/gone/)\n---\n").build();
        assertEquals(List.of("content/activities/threat-model.md:4:13: error: link to '/activities/gone/' leads to no page or"
                + " file of the site (activities/gone/)"), broken.errors());
        assertEquals(List.of("Threat model"), fixed.page("activities/legal-risks/index.html").select(".backlinks a").eachText());
    }

    @Test
    void aWideTableScrollsInAFocusableBoxNamedInThePagesLanguage() {
        TestSite.Built b = build("wide-table");
        assertEquals(List.of(), b.all());
        Element box = b.page("notes/t/index.html").selectFirst("main .body > div.table-wrap");
        assertNotNull(box, "the table is in a box");
        assertEquals(Map.of("class", "table-wrap", "role", "region", "tabindex", "0", "aria-label", "Table"), attributes(box));
        assertEquals("What participants learn", box.selectFirst("table > thead th").text());

        TestSite.Built es = TestSite.fromResources("real-shapes/wide-table")
                .put("site.yml", "title: A wide table on a phone\nlanguages: [en, es]\ncollections:\n  notes: {}\n").build();
        assertEquals("Tabla", es.page("es/notes/t/index.html").selectFirst("main div.table-wrap").attr("aria-label"));
        assertTrue(es.text("data/notes.json").contains("aria-label=\\\"Table\\\""), "data files name the box too");
    }

    @Test
    void aTableBoxNamedByAHeadingKeepsItsNameWhenTheBodyIsShownWithPrefixedIds() {
        TestSite.Built b = TestSite.fromResources("real-shapes/wide-table")
                .put("content/notes/t.md", "---\ntitle: Session plan\n---\n## Morning\n\n| a |\n|---|\n| 1 |\n")
                .put("templates/notes/entry.ftlh", "<!DOCTYPE html><html lang=en><title>x</title><main>${entry.bodyWithIds(\"n1_\")}</main>")
                .build();
        assertEquals(List.of(), b.all());
        Document page = b.page("notes/t/index.html");
        Element box = page.selectFirst("div.table-wrap");
        assertEquals("n1_morning", box.attr("aria-labelledby"));
        assertEquals("Morning", page.getElementById(box.attr("aria-labelledby")).text());
    }

    @Test
    void siteAbsoluteLinksWorkFromDiskAndALinkInAnotherCaseLeadsToItsPageWithAWarning() {
        TestSite.Built b = build("site-absolute-links");
        assertEquals(List.of("content/notes/a.md:4:56: warning: link to '../My-Note/' differs in case from the page or file it"
                + " leads to; it is published as '../my-note/'"), b.all());
        assertTrue(b.ok(), b.all().toString());
        assertEquals(List.of("../../notes/b/index.html", "../../notes/b/index.html", "../../notes/my-note/index.html"),
                bodyLinks(b.page("notes/a/index.html")));
        assertEquals(List.of("../../../es/notes/b/index.html", "../../../es/notes/b/index.html", "../../../es/notes/my-note/index.html"),
                bodyLinks(b.page("es/notes/a/index.html")), "in the Spanish tree, /notes/b/ is the Spanish page");
        assertTrue(b.text("data/notes.json").contains("href=\\\"notes/b/\\\""), "data files keep the links as written");
    }

    @Test
    void linksFollowTheSitesLinkSettingAndResolveInTheBuiltFolder(@TempDir Path dir) throws IOException {
        TestSite fixed = TestSite.fromResources("real-shapes/site-absolute-links")
                .put("content/notes/a.md", "---\ntitle: A\n---\nSee [B](/notes/b/) and [B again](/notes/b) and [Mixed](../my-note/).\n");
        TestSite.Built b = fixed.build();
        assertEquals(List.of(), b.all());
        for (Map.Entry<String, byte[]> f : b.out().files().entrySet()) {
            Path p = dir.resolve("file").resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        assertEquals(List.of(), LinkChecker.check(dir.resolve("file"), "site/").stream().map(Diagnostic::headline).toList());

        TestSite.Built directory = fixed.put("site.yml", "title: Links\nlanguages: [en, es]\nlinks: directory\ncollections:\n  notes: {}\n")
                .build();
        assertEquals(List.of("../../notes/b/", "../../notes/b/", "../../notes/my-note/"), bodyLinks(directory.page("notes/a/index.html")));
    }

    private static List<String> bodyLinks(Document page) {
        return page.select("main .body a:not(.para-link)").eachAttr("href");
    }

    private static Map<String, String> attributes(Element e) {
        Map<String, String> out = new TreeMap<>();
        e.attributes().forEach(a -> out.put(a.getKey(), a.getValue()));
        return out;
    }
}
