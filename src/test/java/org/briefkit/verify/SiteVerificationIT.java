package org.briefkit.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefkit.diag.Diagnostic;
import org.briefkit.testing.Corpus;
import org.briefkit.testing.Jar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * The checks a careful publisher runs, on this repository's WCIT-12 site and on a generated corpus
 * of 1,000 talking points, both built by the packaged jar: valid HTML without warnings (Nu Html
 * Checker) on every page, every internal link and fragment resolving, no listing over 150 KB, and in
 * headless Chromium, for one page of every type in every language at phone (360×800) and desktop
 * (1366×900) sizes, in the light and the dark scheme: no axe-core violation, a header of at most
 * 120 px on the phone and the page's width on the desktop, nothing wider than the screen, no request
 * to another host, readable with JavaScript off (the menu opens without it) and from {@code file://}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteVerificationIT {
    @TempDir
    static Path tmp;

    private final Map<String, Path> sites = new LinkedHashMap<>();

    @BeforeAll
    void buildSites() throws Exception {
        Path wcit = tmp.resolve("wcit");
        Jar.Result r = Jar.run("build", "--no-cache", "--source", Path.of("").toAbsolutePath().toString(), "--out", wcit.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "the repository's site builds without errors or warnings");
        sites.put("wcit", wcit);
        Path source = Corpus.write(tmp.resolve("corpus-src"), 1000, 42);
        Path corpus = tmp.resolve("corpus");
        Jar.Result c = Jar.run("build", "--source", source.toString(), "--out", corpus.toString());
        assertEquals(0, c.code(), c.err());
        sites.put("corpus", corpus);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wcit", "corpus"})
    void everyPageIsValidHtmlWithoutWarnings(String name) throws IOException {
        NuChecker nu = NuChecker.withWarnings();
        List<String> errors = new ArrayList<>();
        for (Path page : pages(sites.get(name))) {
            for (String e : nu.problems(Files.readString(page))) {
                errors.add(sites.get(name).relativize(page) + ":" + e);
            }
        }
        assertEquals(List.of(), errors);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wcit", "corpus"})
    void everyLinkAndFragmentResolves(String name) throws IOException {
        List<String> problems = LinkChecker.check(sites.get(name), name + "/").stream().map(Diagnostic::headline).toList();
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wcit", "corpus"})
    void everyPageTypeIsAccessibleInBothSchemesAndLoadsNothingFromOtherHosts(String name) throws IOException {
        Path site = sites.get(name);
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            for (int[] size : new int[][] {{360, 800}, {1366, 900}}) {
                browser.size(size[0], size[1]);
                for (String scheme : List.of("light", "dark")) {
                    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                    for (Path page : samplePages(site)) {
                        String at = site.relativize(page) + " @" + size[0] + "px " + scheme;
                        List<String> requests = browser.open(page.toUri().toString());
                        for (String url : requests) {
                            if (!Browser.isLocal(url)) {
                                problems.add(at + " requested " + url);
                            }
                        }
                        for (Browser.Violation v : browser.axe()) {
                            problems.add(at + ": " + v);
                        }
                        problems.addAll(layoutProblems(browser, at, size[0]));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * On a phone the header takes at most 120 px, so that a talking point's sentence shows at once; on
     * a desktop it spans the window; no page is wider than the screen.
     */
    private static List<String> layoutProblems(Browser browser, String at, int width) {
        List<String> problems = new ArrayList<>();
        var js = browser.driver();
        Number height = (Number) js.executeScript("return document.querySelector('header.site-header').getBoundingClientRect().height");
        Number inner = (Number) js.executeScript("return document.querySelector('.header-inner').getBoundingClientRect().width");
        if (width < 400 && height.doubleValue() > 120) {
            problems.add(at + ": the header is " + height + " px tall");
        }
        if (width > 1000 && inner.doubleValue() < 1000) {
            problems.add(at + ": the header is " + inner + " px wide");
        }
        if (Boolean.TRUE.equals(js.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1"))) {
            problems.add(at + " scrolls sideways");
        }
        return problems;
    }

    @Test
    void noListingOrPackOfTheThousandEntryCorpusIsOver150KB() throws IOException {
        Path site = sites.get("corpus");
        List<String> big = new ArrayList<>();
        for (Path page : pages(site)) {
            String rel = site.relativize(page).toString().replace('\\', '/');
            boolean listing = rel.chars().filter(c -> c == '/').count() == 1 || rel.endsWith("/pack/index.html")
                    || rel.equals("index.html");
            if (listing && Files.size(page) > 150 * 1024) {
                big.add(rel + ": " + Files.size(page) + " bytes");
            }
        }
        assertEquals(List.of(), big);
    }

    @Test
    void everyPageHasADescription() throws IOException {
        for (String name : List.of("wcit", "corpus")) {
            for (Path page : pages(sites.get(name))) {
                String html = Files.readString(page);
                assertTrue(html.contains("<meta name=\"description\" content=\""), name + ": " + sites.get(name).relativize(page));
            }
        }
    }

    @Test
    void theMenuOpensWithoutJavaScriptOnAPhone() throws IOException {
        Path site = sites.get("wcit");
        try (Browser browser = Browser.withoutJavaScript()) {
            browser.size(360, 800);
            for (String page : List.of("index.html", "fr/proposals/ru-8.4/index.html", "ar/countries/ru/index.html")) {
                browser.open(site.resolve(page).toUri().toString());
                var nav = browser.driver().findElement(By.cssSelector(".site-nav"));
                assertFalse(nav.isDisplayed(), page + ": the menu is folded on a phone");
                browser.driver().findElement(By.cssSelector(".menu > summary")).click();
                assertTrue(nav.isDisplayed(), page + ": the menu opens");
                assertTrue(browser.driver().findElements(By.cssSelector(".site-nav a")).size() >= 5);
            }
        }
    }

    /**
     * A wide screen shows the menu without opening it (the stylesheet shows the folded content of the
     * details element): its links are seen, take the keyboard's focus and are in the accessibility tree.
     * (Selenium's own isDisplayed() holds everything in a closed details element hidden, so the page
     * is asked.)
     */
    @Test
    void aDesktopShowsTheMenuOpenToEyesKeyboardsAndScreenReaders() throws IOException {
        Path site = sites.get("wcit");
        try (Browser browser = Browser.start()) {
            browser.size(1366, 900);
            browser.open(site.resolve("index.html").toUri().toString());
            var js = browser.driver();
            assertEquals(Boolean.TRUE, js.executeScript("""
                    var a = document.querySelector('.site-nav a'), r = a.getBoundingClientRect();
                    var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                    a.focus();
                    return a.checkVisibility() && (hit === a || a.contains(hit)) && document.activeElement === a;"""));
            @SuppressWarnings("unchecked")
            Map<String, Object> tree = (Map<String, Object>) js.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) tree.get("nodes");
            boolean navLinkExposed = nodes.stream().anyMatch(n -> !Boolean.TRUE.equals(n.get("ignored"))
                    && String.valueOf(n.get("role")).contains("link") && String.valueOf(n.get("name")).contains("Talking points"));
            assertTrue(navLinkExposed, "the menu's links are in the accessibility tree");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wcit", "corpus"})
    void pagesAreReadableWithJavaScriptOff(String name) throws IOException {
        Path site = sites.get(name);
        try (Browser browser = Browser.withoutJavaScript()) {
            for (Path page : samplePages(site)) {
                browser.open(page.toUri().toString());
                String main = browser.driver().findElement(By.tagName("main")).getText();
                assertTrue(main.length() > 20, site.relativize(page) + " shows its text without JavaScript");
                for (var script : browser.driver().findElements(By.cssSelector("script"))) {
                    assertTrue(script.getAttribute("src").endsWith("/search.js"), "only the search page has a script, of its own");
                }
            }
        }
    }

    @Test
    void theSiteWorksFromDiskByFollowingLinks() throws IOException {
        Path site = sites.get("wcit");
        try (Browser browser = Browser.withoutJavaScript()) {
            browser.size(360, 800);
            browser.open(site.resolve("index.html").toUri().toString());
            browser.driver().findElement(By.cssSelector(".menu > summary")).click();
            browser.driver().findElement(By.linkText("Proposals")).click();
            assertTrue(browser.driver().getCurrentUrl().endsWith("/proposals/index.html"), browser.driver().getCurrentUrl());
            browser.driver().findElement(By.cssSelector("main table a")).click();
            String h1 = browser.driver().findElement(By.tagName("h1")).getText();
            assertFalse(h1.isBlank());
            browser.driver().findElement(By.linkText("Home")).click();
            assertTrue(browser.driver().getCurrentUrl().endsWith(site.getFileName() + "/index.html"), browser.driver().getCurrentUrl());
        }
    }

    @Test
    void homePageTransfersUnder50KB() throws IOException {
        Path site = sites.get("wcit");
        try (Browser browser = Browser.start()) {
            long bytes = 0;
            for (String url : browser.open(site.resolve("index.html").toUri().toString())) {
                if (url.startsWith("file:")) {
                    bytes += Files.size(Path.of(URI.create(url)));
                }
            }
            assertTrue(bytes < 50 * 1024, "home page with everything it loads: " + bytes + " bytes");
        }
    }

    @Test
    void countryBriefingsPrintAsTwoPageHandoutsWithoutNavigation() throws IOException {
        Path site = sites.get("wcit");
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            for (String country : List.of("ru", "arb", "ae", "etno", "rcc")) {
                browser.open(site.resolve("countries/" + country + "/index.html").toUri().toString());
                int pages = Browser.pageCount(browser.printToPdf());
                if (pages < 1 || pages > 2) {
                    problems.add(country + " prints on " + pages + " pages");
                }
                browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
                for (String selector : List.of(".site-nav", ".crumbs", ".skip", "header.site-header")) {
                    Object display = browser.driver().executeScript(
                            "const e = document.querySelector(arguments[0]); return e ? getComputedStyle(e).display : 'none'", selector);
                    if (!"none".equals(display)) {
                        problems.add(country + ": " + selector + " is printed");
                    }
                }
                browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Every HTML page of a site. */
    static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The home page, the 404 page, and for each collection its listing and its first entry. */
    static List<Path> samplePages(Path site) throws IOException {
        List<Path> out = sample(site, site);
        out.add(1, site.resolve("404.html"));
        try (Stream<Path> dirs = Files.list(site)) {
            for (Path dir : dirs.filter(d -> Files.isDirectory(d.resolve("talking-points"))).sorted().toList()) {
                out.addAll(sample(site, dir));
            }
        }
        return out;
    }

    /** The home page of a language tree, each listing and its first entry, and the extra pages. */
    private static List<Path> sample(Path site, Path tree) throws IOException {
        List<Path> out = new ArrayList<>(List.of(tree.resolve("index.html")));
        try (Stream<Path> dirs = Files.list(tree)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (Files.exists(dir.resolve("index.html")) && !Files.isDirectory(dir.resolve("talking-points"))) {
                    out.add(dir.resolve("index.html"));
                    try (Stream<Path> entries = Files.list(dir)) {
                        entries.filter(e -> Files.exists(e.resolve("index.html"))).sorted().findFirst()
                                .ifPresent(e -> out.add(e.resolve("index.html")));
                    }
                }
            }
        }
        for (String extra : List.of("pages/glossary/index.html", "proposals/matrix/index.html", "talking-points/matrix/index.html",
                "talking-points/handout/index.html", "countries/ru/pack/index.html", "countries/caa/pack/index.html",
                "talking-points/tp-expression-ru-8-4/index.html", "proposals/ru-8.4/index.html")) {
            Path p = tree.resolve(extra);
            if (Files.exists(p) && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Pairs of text blocks whose boxes overlap (neither inside the other), and diagram text too small or cut. */
    private static final String OVERLAPS = """
            var els = Array.from(document.querySelectorAll(
                'h1,h2,h3,p,li,dt,dd,th,td,blockquote,figcaption,summary,label,input,button,.brand,nav a'))
              .filter(function (e) { return e.getClientRects().length > 0 && e.checkVisibility(); });
            var rects = els.map(function (e) { return e.getBoundingClientRect(); });
            function name(e) { return e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' "'
              + (e.textContent || '').trim().slice(0, 30) + '"'; }
            var out = [];
            for (var i = 0; i < els.length; i++) {
              for (var j = i + 1; j < els.length; j++) {
                if (els[i].contains(els[j]) || els[j].contains(els[i])) { continue; }
                var a = rects[i], b = rects[j];
                var w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                var h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                if (w > 2 && h > 2) { out.push(name(els[i]) + ' overlaps ' + name(els[j])); }
              }
            }
            // The proposal diagram: text at least 12 px, never cut, one box under the other on a phone.
            document.querySelectorAll('.flow li, .flow-label').forEach(function (t) {
              var size = parseFloat(getComputedStyle(t).fontSize);
              if (size < 12) { out.push('diagram text of ' + size + ' px: "' + t.textContent + '"'); }
              if (t.scrollWidth > t.clientWidth + 1) { out.push('diagram text cut: "' + t.textContent + '"'); }
            });
            document.querySelectorAll('.flow').forEach(function (f) {
              if (window.innerWidth < 600 && getComputedStyle(f).flexDirection !== 'column') {
                out.push('the diagram is not vertical on a phone');
              }
            });
            return out.slice(0, 20);
            """;

    @Test
    void arabicPagesReadRightToLeftAndNoTextOverlaps() throws IOException {
        Path site = sites.get("wcit");
        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        List<String> problems = new ArrayList<>();
        List<String> pages = List.of("proposals/ru-8.4/index.html", "proposals/etno-spp/index.html", "ar/index.html", "ar/talking-points/tp-expression-ru-8-4/index.html", "ar/proposals/ru-8.4/index.html",
                "ar/pages/how-to-use/index.html", "ar/themes/free-expression/index.html", "ar/countries/ru/index.html", "ar/search/index.html");
        try (Browser browser = Browser.start()) {
            for (int width : new int[] {360, 1280}) {
                browser.size(width, 900);
                for (String page : pages) {
                    browser.open(site.resolve(page).toUri().toString());
                    var js = browser.driver();
                    assertEquals(page.startsWith("ar/") ? "rtl" : "ltr",
                            js.executeScript("return getComputedStyle(document.querySelector('main')).direction"), page);
                    Number titleRight = (Number) js.executeScript("return document.querySelector('h1').getBoundingClientRect().right");
                    Number mainRight = (Number) js.executeScript("return document.querySelector('main').getBoundingClientRect().right");
                    boolean translated = Boolean.TRUE.equals(js.executeScript("return !document.querySelector('h1').closest('[dir=ltr]')"));
                    if (page.startsWith("ar/") && translated && mainRight.doubleValue() - titleRight.doubleValue() > 40) {
                        problems.add(page + " @" + width + "px: the heading does not start at the right");
                    }
                    @SuppressWarnings("unchecked")
                    List<String> overlaps = (List<String>) js.executeScript(OVERLAPS);
                    overlaps.forEach(o -> problems.add(page + " @" + width + "px: " + o));
                    Object sideways = js.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1");
                    if (Boolean.TRUE.equals(sideways)) {
                        problems.add(page + " @" + width + "px scrolls sideways");
                    }
                    String name = page.replace("/index.html", "").replace('/', '_').replace(".html", "");
                    Files.write(shots.resolve(name + "-" + width + ".png"),
                            js.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
