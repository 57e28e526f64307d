package org.briefkit.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.briefkit.testing.Corpus;
import org.briefkit.testing.Jar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Client-side search in real headless Chromium, from {@code file://}: on the repository's site and
 * on a 10,000-talking-point corpus, typing an entry's ID or a phrase from its body puts that entry
 * first, and the first query downloads under 300 KB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT {
    @TempDir
    static Path tmp;
    private Path wcit;
    private Path corpus;
    private Path corpusSource;

    @BeforeAll
    void build() throws Exception {
        wcit = tmp.resolve("wcit");
        assertEquals(0, Jar.run("build", "--source", Path.of("").toAbsolutePath().toString(), "--out", wcit.toString()).code());
        corpusSource = Corpus.write(tmp.resolve("c10k"), 10_000, 11);
        corpus = tmp.resolve("c10k-site");
        Jar.Result r = Jar.runWithHeap(null, 300, "build", "--source", corpusSource.toString(), "--out", corpus.toString(), "-q");
        assertEquals(0, r.code(), r.err());
    }

    /** Types the query into the search page; returns the result titles and the bytes the page loaded. */
    private record Outcome(List<String> titles, long bytes) {
    }

    private static Outcome query(Browser b, Path site, String text) throws IOException {
        return query(b, site, "search/index.html", text);
    }

    private static Outcome query(Browser b, Path site, String page, String text) throws IOException {
        b.open(site.resolve(page).toUri().toString());
        WebElement input = b.driver().findElement(By.id("q"));
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> !d.findElement(By.id("search_status")).getText().isEmpty());
        new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#search_results li a")).isEmpty()
                || d.findElement(By.id("search_status")).getText().startsWith("Nothing")
                || d.findElement(By.id("search_status")).getText().startsWith("Aucun"));
        List<String> titles = b.driver().findElements(By.cssSelector("#search_results li > a")).stream().map(WebElement::getText).toList();
        long bytes = 0;
        for (String url : b.requests()) {
            if (url.startsWith("file:") && url.contains("/search/") && !url.endsWith(".html")) {
                bytes += Files.size(Path.of(URI.create(url.replaceAll("[?#].*$", ""))));
            }
        }
        return new Outcome(titles, bytes);
    }

    @Test
    void searchWorksInTheUnpackedZipOpenedFromDisk() throws Exception {
        Path zipped = tmp.resolve("zipped");
        assertEquals(0, Jar.run("build", "--source", Path.of("").toAbsolutePath().toString(), "--out", zipped.toString(), "--zip").code());
        Path unpacked = tmp.resolve("unpacked");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zipped.resolve("site.zip")))) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                Path target = unpacked.resolve(e.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        try (Browser b = Browser.start()) {
            assertEquals("Russia: New Article 8.8, identifying every subscriber", query(b, unpacked, "RU-8.8").titles().get(0));
            b.driver().findElement(By.cssSelector("#search_results li > a")).click();
            assertTrue(b.driver().getCurrentUrl().startsWith("file:") && b.driver().getCurrentUrl().endsWith("/proposals/ru-8.8/index.html"),
                    b.driver().getCurrentUrl());
        }
    }

    @Test
    void findsWcitEntriesByIdAndByPhrase() throws IOException {
        try (Browser b = Browser.start()) {
            assertEquals("Russia: New Article 8.4, access limited on security grounds", query(b, wcit, "RU-8.4").titles().get(0));
            List<String> phrase = query(b, wcit, "sending party pays").titles();
            assertTrue(phrase.get(0).toLowerCase().contains("sending party pays"), phrase.toString());
            assertTrue(query(b, wcit, "multistakeholder").titles().size() > 3);
        }
    }

    @Test
    void aMisspelledWordOrAnIdTypedWithoutItsSeparatorsFindsTheEntry() throws IOException {
        try (Browser b = Browser.start()) {
            List<String> typo = query(b, wcit, "survelance").titles();
            assertTrue(typo.contains("Reject Russia's new Article 8.8 on identifying subscribers"), typo.toString());
            assertTrue(b.driver().findElement(By.id("search_status")).getText().contains("similar words"),
                    b.driver().findElement(By.id("search_status")).getText());
            assertTrue(b.driver().findElements(By.cssSelector("#search_results mark")).stream()
                    .anyMatch(m -> m.getText().equalsIgnoreCase("surveillance")), "the word found is highlighted");
            assertEquals("Russia: New Article 8.8, identifying every subscriber", query(b, wcit, "ru88").titles().get(0));
            // One edit is allowed for a word of 4 to 7 letters, not two.
            assertTrue(query(b, wcit, "privcy").titles().size() > 0);
            assertEquals(List.of(), query(b, wcit, "prvcy").titles());
        }
    }

    @Test
    void whileTypingTheLastWordMatchesAsAPrefix() throws IOException {
        try (Browser b = Browser.start()) {
            b.open(wcit.resolve("search/index.html").toUri().toString());
            b.driver().findElement(By.id("q")).sendKeys("subscri");
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#search_results li a")).isEmpty());
            List<String> titles = b.driver().findElements(By.cssSelector("#search_results li > a")).stream().map(WebElement::getText).toList();
            assertTrue(titles.contains("Russia: New Article 8.8, identifying every subscriber"), titles.toString());
        }
    }

    @Test
    void theQueryIsKeptInTheAddressAndRunsAgainFromIt() throws IOException {
        try (Browser b = Browser.start()) {
            List<String> first = query(b, wcit, "sending party").titles();
            String url = b.driver().getCurrentUrl();
            assertTrue(url.contains("?q=sending+party") || url.contains("?q=sending%20party"), url);
            b.open(url);
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#search_results li a")).isEmpty());
            List<String> again = b.driver().findElements(By.cssSelector("#search_results li > a")).stream().map(WebElement::getText).toList();
            assertEquals(first, again);
            assertEquals("sending party", b.driver().findElement(By.id("q")).getAttribute("value"));
        }
    }

    @Test
    void theHeaderFieldSearchesThePagesOwnLanguage() throws IOException {
        try (Browser b = Browser.start()) {
            b.size(1366, 900);
            b.open(wcit.resolve("fr/proposals/ru-8.4/index.html").toUri().toString());
            WebElement field = b.driver().findElement(By.id("site_q"));
            field.sendKeys("Rejeter");
            field.sendKeys(Keys.ENTER);
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#search_results li a")).isEmpty());
            assertTrue(b.driver().getCurrentUrl().contains("/fr/search/index.html?q=Rejeter"), b.driver().getCurrentUrl());
            WebElement first = b.driver().findElement(By.cssSelector("#search_results li"));
            assertTrue(first.findElement(By.cssSelector("a")).getAttribute("href").contains("/fr/"), "results lead into the French tree");
            assertTrue(first.findElement(By.cssSelector(".collection")).getText().contains("Arguments"), "collection names in French");
        }
    }

    @Test
    void findsTheRightEntryFirstInTenThousandAndTheFirstQueryIsSmall() throws IOException {
        String body = Files.readString(corpusSource.resolve("content/talking-points/TP-7321.md"));
        String title = body.lines().filter(l -> l.startsWith("title: ")).findFirst().orElseThrow().substring(7).strip();
        String afterFrontMatter = body.substring(body.indexOf("\n---\n") + 5);
        String sentence = afterFrontMatter.substring(0, afterFrontMatter.indexOf('.'));
        String phrase = String.join(" ", List.of(sentence.split(" ")).subList(0, Math.min(9, sentence.split(" ").length)));
        try (Browser b = Browser.start()) {
            Outcome byId = query(b, corpus, "TP-7321");
            assertEquals(title, byId.titles().get(0));
            assertTrue(byId.bytes() < 300 * 1024, "first query by ID loaded " + byId.bytes() + " bytes");
            System.out.println("search at 10k: ID 'TP-7321' loaded " + byId.bytes() + " bytes");
            b.driver().quit();
        }
        try (Browser b = Browser.start()) {
            Outcome byPhrase = query(b, corpus, phrase);
            assertEquals(title, byPhrase.titles().get(0), "phrase: " + phrase);
            assertTrue(byPhrase.bytes() < 300 * 1024, "first query by phrase loaded " + byPhrase.bytes() + " bytes");
            System.out.println("search at 10k: phrase '" + phrase + "' loaded " + byPhrase.bytes() + " bytes");
        }
    }
}
