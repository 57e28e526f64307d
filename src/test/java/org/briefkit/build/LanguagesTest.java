package org.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.briefkit.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A site in English, French and Arabic: trees, fallbacks, lang and dir, alternates, stale notices. */
public class LanguagesTest {
    public static final String SITE = """
            -- site.yml --
            title:
              en: Test briefing
              fr: Dossier de test
              ar: إحاطة تجريبية
            baseUrl: https://briefing.example/
            languages: [en, fr, ar]
            -- content/_index.md --
            ---
            title: Welcome
            ---
            Start with [[tp-a]].
            -- content/_index.fr.md --
            ---
            title: Bienvenue
            ---
            Commencez par [[tp-a]].
            -- content/talking-points/tp-a.md --
            ---
            title: Reject vague limits
            summary: Vague limits invite censorship.
            proposals: [RU-8.4]
            updated: 2012-11-20
            ---
            Russia's [[RU-8.4]] would let states block traffic.
            -- content/talking-points/tp-a.fr.md --
            ---
            title: Rejeter les limites vagues
            summary: Des limites vagues ouvrent la voie à la censure.
            updated: 2012-11-21
            ---
            La proposition [[RU-8.4]] permettrait de bloquer le trafic.
            -- content/talking-points/tp-a.ar.md --
            ---
            title: رفض القيود الغامضة
            updated: 2012-11-21
            ---
            يسمح مقترح [[RU-8.4]] للدول بحجب الحركة.
            -- content/talking-points/tp-b.md --
            ---
            title: Keep the regulations technical
            updated: 2012-12-05
            ---
            The regulations are about networks, not content.
            -- content/talking-points/tp-b.fr.md --
            ---
            title: Garder un règlement technique
            updated: 2012-11-30
            ---
            Le règlement porte sur les réseaux, pas sur les contenus.
            -- content/talking-points/tp-c.md --
            ---
            title: Open the process
            ---
            Publish the drafts.
            -- content/talking-points/tp-c.fr.md --
            ---
            title: Ouvrir le processus
            sourceHash: "000000000000"
            ---
            Publier les projets.
            -- content/proposals/RU-8.4.md --
            ---
            id: RU-8.4
            title: "Russia: New Article 8.4"
            proposers: [RU]
            ---
            The wording.
            -- content/countries/RU.md --
            ---
            title: Russian Federation
            ---
            """;

    private static TestSite.Built built() {
        TestSite.Built b = TestSite.of(SITE).build();
        assertEquals(List.of(), b.all());
        return b;
    }

    private static List<String> htmlPages(TestSite.Built b) {
        List<String> out = new ArrayList<>();
        b.out().files().keySet().stream().filter(f -> f.endsWith(".html")).sorted().forEach(out::add);
        return out;
    }

    /** The page file a link on {@code page} leads to, or null when it leaves the site. */
    private static String target(String page, String href) {
        URI u = URI.create("http://site.test/" + page).resolve(href);
        if (!u.getHost().equals("site.test")) {
            return null;
        }
        String path = u.getPath().substring(1);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    private static String permalinkFile(String permalink) {
        String path = permalink.replaceFirst("^https://briefing\\.example/", "");
        return path.endsWith("/") || path.isEmpty() ? path + "index.html" : path;
    }

    @Test
    void everyPageHasTheLanguageAndDirectionOfItsTree() {
        TestSite.Built b = built();
        for (String page : htmlPages(b)) {
            Element html = b.page(page).selectFirst("html");
            String lang = page.startsWith("fr/") ? "fr" : page.startsWith("ar/") ? "ar" : "en";
            assertEquals(lang, html.attr("lang"), page);
            assertEquals(lang.equals("ar") ? "rtl" : "ltr", html.attr("dir"), page);
        }
        assertTrue(htmlPages(b).containsAll(List.of("fr/index.html", "ar/index.html", "fr/talking-points/tp-a/index.html",
                "ar/talking-points/tp-a/index.html", "fr/proposals/ru-8.4/index.html", "ar/countries/ru/index.html")));
    }

    @Test
    void hreflangAlternatesAreReciprocal() {
        TestSite.Built b = built();
        int checked = 0;
        for (String page : htmlPages(b)) {
            Document doc = b.page(page);
            Set<String> mine = new TreeSet<>();
            doc.select("link[rel=alternate][hreflang]").forEach(l -> mine.add(l.attr("hreflang") + " " + l.attr("href")));
            for (Element l : doc.select("link[rel=alternate][hreflang]")) {
                String other = permalinkFile(l.attr("href"));
                Set<String> theirs = new TreeSet<>();
                b.page(other).select("link[rel=alternate][hreflang]").forEach(x -> theirs.add(x.attr("hreflang") + " " + x.attr("href")));
                assertEquals(mine, theirs, page + " and " + other);
                checked++;
            }
        }
        assertTrue(checked > 20, "alternates checked: " + checked);
        Document tpA = b.page("talking-points/tp-a/index.html");
        assertEquals(List.of("en", "fr", "ar"), tpA.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
        assertEquals(List.of("en", "fr"), b.page("talking-points/tp-b/index.html").select("link[rel=alternate][hreflang]")
                .eachAttr("hreflang"), "only real translations are alternates");
    }

    @Test
    void theLanguageSwitcherLeadsToTheSameEntryInEachLanguage() {
        TestSite.Built b = built();
        for (String page : htmlPages(b)) {
            if (page.endsWith("404.html")) {
                continue;
            }
            List<Element> links = b.page(page).select("nav.languages a");
            assertEquals(2, links.size(), page);
            for (Element a : links) {
                String file = target(page, a.attr("href"));
                assertNotNull(b.out().files().get(file), page + " switches to missing " + file);
                String lang = a.attr("hreflang");
                assertEquals(lang.equals("en") ? page.replaceFirst("^(fr|ar)/", "") : lang + "/" + page.replaceFirst("^(fr|ar)/", ""),
                        file, "the same page in " + lang);
            }
        }
        Element current = b.page("ar/talking-points/tp-a/index.html").selectFirst("nav.languages [aria-current=page]");
        assertEquals("العربية", current.text());
        assertTrue(b.page("fr/talking-points/tp-b/index.html").selectFirst("nav.languages a[hreflang=ar]").hasClass("untranslated"));
    }

    @Test
    void referencesInATranslationStayInItsLanguageAndMarkFallbacks() {
        TestSite.Built b = built();
        Document fr = b.page("fr/talking-points/tp-a/index.html");
        assertEquals("Rejeter les limites vagues", fr.selectFirst("h1").text());
        Element ref = fr.selectFirst("article a[href*=ru-8.4]");
        assertEquals("fr/proposals/ru-8.4/index.html", target("fr/talking-points/tp-a/index.html", ref.attr("href")));
        assertEquals("en", ref.attr("lang"), "a link to a page not yet translated says its language");

        Document home = b.page("fr/index.html");
        Element toTpA = home.selectFirst("main a[href*=tp-a]");
        assertEquals("fr/talking-points/tp-a/index.html", target("fr/index.html", toTpA.attr("href")));
        assertEquals("Rejeter les limites vagues", toTpA.text());
        assertFalse(toTpA.hasAttr("lang"));

        Document fallback = b.page("fr/proposals/ru-8.4/index.html");
        assertEquals("Cette page n'est pas encore disponible dans cette langue (Français) ; elle est affichée dans sa "
                + "langue d'origine (English).", fallback.selectFirst(".notice").text());
        assertEquals("en", fallback.selectFirst("h1").closest("[lang]").attr("lang"), "the fallback text is marked as English");
        assertTrue(fallback.select("link[rel=alternate][hreflang]").isEmpty(), "a fallback is no alternate");
    }

    @Test
    void translationsOlderThanTheirOriginalSaySoAndLinkTheCurrentVersion() {
        TestSite.Built b = built();
        for (String tp : List.of("tp-b", "tp-c")) {
            String page = "fr/talking-points/" + tp + "/index.html";
            Element notice = b.page(page).selectFirst(".notice");
            assertNotNull(notice, page);
            assertTrue(notice.text().startsWith("Cette traduction est antérieure à l'original"), notice.text());
            assertEquals("talking-points/" + tp + "/index.html", target(page, notice.selectFirst("a").attr("href")));
        }
        assertTrue(b.page("fr/talking-points/tp-a/index.html").select(".notice").isEmpty(), "tp-a.fr is newer than tp-a");
        assertTrue(b.page("talking-points/tp-b/index.html").select(".notice").isEmpty());
    }

    @Test
    void interfaceDatesAndCountsAreInThePageLanguage() {
        TestSite.Built b = built();
        Document fr = b.page("fr/talking-points/tp-a/index.html");
        assertEquals("Langues", fr.selectFirst("nav.languages").attr("aria-label"));
        assertTrue(fr.text().contains("Mis à jour le 21 novembre 2012"), fr.text());
        Document ar = b.page("ar/talking-points/tp-a/index.html");
        assertEquals("ar", ar.selectFirst("html").attr("lang"));
        assertTrue(ar.selectFirst(".meta").text().contains("نوفمبر"), ar.selectFirst(".meta").outerHtml());
        assertEquals("Dossier de test", b.page("fr/index.html").selectFirst("title").text().replaceAll(".*[|–—] ?", "").strip());
    }

    @Test
    void feedsDataSearchAndSitemapsPerLanguage() {
        TestSite.Built b = built();
        String feed = b.text("fr/feed.xml");
        assertNotNull(feed);
        assertTrue(feed.contains("xml:lang=\"fr\""), feed);
        assertTrue(feed.contains("Rejeter les limites vagues"), feed);
        assertTrue(b.text("ar/data/talking-points.json").contains("رفض القيود الغامضة"));
        assertNotNull(b.text("fr/search/manifest.js"));
        assertTrue(b.page("fr/search/index.html").selectFirst("script[data-index]").attr("data-index").endsWith("fr/search/"));
        String index = b.text("sitemap.xml");
        assertTrue(index.contains("<sitemapindex"), index);
        for (String s : List.of("sitemap-en.xml", "fr/sitemap.xml", "ar/sitemap.xml")) {
            assertTrue(index.contains("<loc>https://briefing.example/" + s + "</loc>"), index);
            assertNotNull(b.text(s), s);
        }
        String fr = b.text("fr/sitemap.xml");
        assertTrue(fr.contains("https://briefing.example/fr/talking-points/tp-a/"), fr);
        assertFalse(fr.contains("/fr/proposals/ru-8.4/"), "fallback pages are not in the sitemap: " + fr);
        assertFalse(b.text("sitemap-en.xml").contains("/fr/"));
    }

    @Test
    void aTranslationWithoutAnOriginalIsAnError() {
        TestSite.Built b = TestSite.of(SITE).put("content/talking-points/tp-z.fr.md", "---\ntitle: Orpheline\n---\n").build();
        assertEquals(List.of("content/talking-points/tp-z.fr.md:1:1: error: translation without an original: there is no "
                + "entry 'tp-z' in talking-points in the default language"), b.errors());
    }

    @Test
    void translationStatusListsMissingAndStalePages() {
        TestSite.Built b = built();
        List<TranslationStatus> status = b.result().translations();
        assertEquals(List.of("fr", "ar"), status.stream().map(TranslationStatus::lang).toList());
        TranslationStatus fr = status.get(0);
        assertEquals(4, fr.translated());
        assertEquals(List.of("tp-b:date", "tp-c:hash"), fr.stale().stream().map(s -> s.id() + ":" + s.reason()).toList());
        assertEquals(List.of("content/countries/RU.fr.md", "content/proposals/RU-8.4.fr.md"),
                fr.missing().stream().map(TranslationStatus.Missing::translation).toList());
        TranslationStatus ar = status.get(1);
        assertEquals(List.of(), ar.stale());
        assertEquals(1, ar.translated(), "ar translates tp-a only");
        assertEquals(fr.total(), ar.total());
    }

    @Test
    void withTheDefaultLanguageInAFolderTheRootChoosesALanguage() {
        TestSite.Built b = TestSite.of(SITE.replace("languages: [en, fr, ar]", "languages: [en, fr, ar]\ndefaultLanguageInFolder: true"))
                .build();
        assertEquals(List.of(), b.all());
        assertEquals("Reject vague limits", b.page("en/talking-points/tp-a/index.html").selectFirst("h1").text());
        assertEquals(null, b.text("talking-points/tp-a/index.html"));
        Document root = b.page("index.html");
        List<String> targets = new ArrayList<>();
        for (Element a : root.select(".language-choice a")) {
            String file = target("index.html", a.attr("href"));
            assertNotNull(b.text(file), file);
            targets.add(a.attr("lang") + " " + file);
        }
        assertEquals(List.of("en en/index.html", "fr fr/index.html", "ar ar/index.html"), targets);
        assertTrue(root.select("meta[http-equiv=refresh]").isEmpty(), "no redirect");
    }

    @Test
    void aFileNamedForALanguageTheSiteLacksIsReadAsAnEntryWithAWarning() {
        TestSite.Built b = TestSite.of(SITE).put("content/talking-points/tp-a.de.md", "---\ntitle: Vage Grenzen\n---\n").build();
        assertEquals(List.of("content/talking-points/tp-a.de.md:1:1: warning: 'de' is not one of the site's languages [en, fr, ar], "
                + "so this file is read as an entry with the ID 'tp-a.de'"), b.all());
    }
}
