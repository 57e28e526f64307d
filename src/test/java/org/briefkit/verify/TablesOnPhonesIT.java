package org.briefkit.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefkit.testing.Corpus;
import org.briefkit.testing.Jar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;

/**
 * Tables on a phone, in headless Chromium, on a generated 1,000-entry corpus with wide tables built
 * by the packaged jar: no page with a table is wider than a 360 px screen (the table scrolls in its
 * box), the boxes are focusable, named and valid HTML, and on paper tables print whole. The system
 * property {@code briefkit.tablesSite} names a site built elsewhere to check instead (to measure an
 * older version). A screenshot of the widest table at 360 px is left in {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TablesOnPhonesIT {
    @TempDir
    static Path tmp;

    private Path site;
    private List<Path> withTables;

    @BeforeAll
    void buildCorpus() throws Exception {
        String given = System.getProperty("briefkit.tablesSite");
        if (given != null && !given.isBlank()) {
            site = Path.of(given);
        } else {
            Path source = Corpus.writeWithTables(tmp.resolve("src"), 1000, 18);
            site = tmp.resolve("site");
            Jar.Result r = Jar.run("build", "--source", source.toString(), "--out", site.toString());
            assertEquals(0, r.code(), r.err());
        }
        withTables = new ArrayList<>();
        for (Path page : SiteVerificationIT.pages(site)) {
            if (Files.readString(page).contains("<table")) {
                withTables.add(page);
            }
        }
        assertTrue(withTables.size() > 250, "the corpus has pages with tables: " + withTables.size());
    }

    /** How far the page is wider than the window, in CSS pixels (0: not at all). */
    private static final String OVERFLOW = "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)";
    /** How far the widest box of a Markdown table is narrower than its table (0: none scrolls). */
    private static final String WIDEST_BOX = """
            var most = 0;
            document.querySelectorAll('.body .table-wrap').forEach(function (b) { most = Math.max(most, b.scrollWidth - b.clientWidth); });
            return most;""";

    @Test
    void noPageIsWiderThanAPhoneBecauseOfATable() throws IOException {
        List<String> overflowing = new ArrayList<>();
        int scrolling = 0;
        long widest = 0;
        Path widestPage = null;
        try (Browser browser = Browser.start()) {
            browser.size(360, 800);
            for (Path page : withTables) {
                browser.open(page.toUri().toString());
                long over = ((Number) browser.driver().executeScript(OVERFLOW)).longValue();
                if (over > 1) {
                    overflowing.add(site.relativize(page) + " by " + over + " px");
                }
                long box = ((Number) browser.driver().executeScript(WIDEST_BOX)).longValue();
                if (box > 0) {
                    scrolling++;
                }
                if (box > widest) {
                    widest = box;
                    widestPage = page;
                }
            }
            System.out.printf("360 px: %d pages with a table, %d wider than the screen, %d with a table box that scrolls"
                    + " (widest by %d px: %s)%n", withTables.size(), overflowing.size(), scrolling, widest, widestPage);
            if (widestPage != null) {
                browser.open(widestPage.toUri().toString());
                browser.driver().executeScript("""
                        var boxes = Array.from(document.querySelectorAll('.body .table-wrap'));
                        boxes.sort(function (a, b) { return (b.scrollWidth - b.clientWidth) - (a.scrollWidth - a.clientWidth); });
                        boxes[0].scrollIntoView({block: 'center'});""");
                Path shots = Files.createDirectories(Path.of("target/screenshots"));
                Files.write(shots.resolve("wide-table-360.png"), browser.driver().getScreenshotAs(OutputType.BYTES));
            }
        }
        assertEquals(List.of(), overflowing.stream().limit(20).toList(), overflowing.size() + " pages overflow");
        assertTrue(scrolling > 50, "the corpus has tables wider than a phone: " + scrolling + " boxes scroll");
    }

    @Test
    void scrollingBoxesAreFocusableNamedAndValid() throws IOException {
        NuChecker nu = new NuChecker();
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            browser.size(360, 800);
            for (Path page : withTables.subList(0, 12)) {
                String rel = site.relativize(page).toString();
                browser.open(page.toUri().toString());
                for (Browser.Violation v : browser.axe()) {
                    problems.add(rel + ": " + v);
                }
                Object unnamed = browser.driver().executeScript("""
                        return Array.from(document.querySelectorAll('table')).filter(function (t) {
                          var box = t.parentElement;
                          return !box.matches('.table-wrap[role=region][tabindex="0"]')
                            || !(box.getAttribute('aria-label') || document.getElementById(box.getAttribute('aria-labelledby')));
                        }).length""");
                if (((Number) unnamed).intValue() > 0) {
                    problems.add(rel + ": " + unnamed + " tables without a focusable, named box");
                }
                nu.errors(Files.readString(page)).forEach(e -> problems.add(rel + ":" + e));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void tablesPrintWhole() {
        List<String> clipped = new ArrayList<>();
        int boxes = 0;
        try (Browser browser = Browser.start()) {
            browser.size(360, 800);
            for (Path page : withTables.subList(0, 12)) {
                browser.open(page.toUri().toString());
                browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
                boxes += ((Number) browser.driver().executeScript("return document.querySelectorAll('.body .table-wrap').length"))
                        .intValue();
                Object hidden = browser.driver().executeScript("""
                        return Array.from(document.querySelectorAll('.table-wrap'))
                          .filter(function (b) { return getComputedStyle(b).overflowX !== 'visible'; }).length""");
                if (((Number) hidden).intValue() > 0) {
                    clipped.add(site.relativize(page) + ": " + hidden + " table boxes would cut their table on paper");
                }
                browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertTrue(boxes > 0, "Markdown tables are in boxes");
        assertEquals(List.of(), clipped);
    }
}
