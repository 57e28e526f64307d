package org.briefkit.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefkit.diag.Diagnostic;
import org.briefkit.testing.Jar;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Links written in Markdown as site-absolute paths ({@code [B](/notes/b)}), followed in headless
 * Chromium with JavaScript off, from disk, in a site unpacked into a folder deep below the root
 * (as from a USB stick or a zip): each leads to its page, in the page's language.
 */
class MarkdownLinksIT {
    @TempDir
    Path tmp;

    @Test
    void siteAbsoluteLinksAreFollowedFromDiskInEveryLanguage() throws Exception {
        Path source = TestSite.fromResources("real-shapes/site-absolute-links")
                .put("content/notes/a.md", "---\ntitle: A\n---\nSee [B](/notes/b/) and [B again](/notes/b) and [Mixed](../my-note/).\n")
                .writeTo(tmp.resolve("src"));
        Path site = tmp.resolve("usb/toolkits/briefing");
        Jar.Result r = Jar.run("build", "--source", source.toString(), "--out", site.toString());
        assertEquals(0, r.code(), r.err());
        try (Browser browser = Browser.withoutJavaScript()) {
            for (String lang : List.of("", "es/")) {
                for (String link : List.of("B", "B again", "Mixed")) {
                    browser.open(site.resolve(lang + "notes/a/index.html").toUri().toString());
                    browser.driver().findElement(By.linkText(link)).click();
                    String url = browser.driver().getCurrentUrl();
                    String page = link.equals("Mixed") ? "my-note" : "b";
                    assertTrue(url.endsWith("/briefing/" + lang + "notes/" + page + "/index.html"), link + " from /" + lang + ": " + url);
                    assertEquals(link.equals("Mixed") ? "Mixed case" : "B", browser.driver().findElement(By.tagName("h1")).getText());
                }
            }
        }
        assertEquals(List.of(), LinkChecker.check(site, "site/").stream().map(Diagnostic::headline).toList());
        assertTrue(Files.readString(site.resolve("notes/a/index.html")).contains("href=\"../../notes/b/index.html\""));
    }
}
