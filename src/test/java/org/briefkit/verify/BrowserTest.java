package org.briefkit.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser harness itself finds what it is meant to find. */
class BrowserTest {
    @TempDir
    Path tmp;

    @Test
    void axeFindsMissingAltTextAndRequestsToOtherHostsAreRecorded() throws Exception {
        Path page = Files.writeString(tmp.resolve("bad.html"), """
                <!DOCTYPE html><html><head><title>x</title>
                <link rel="stylesheet" href="https://example.invalid/a.css"></head>
                <body><img src="http://example.invalid/x.png"><p style="color:#ccc">faint</p></body></html>""");
        try (Browser b = Browser.start()) {
            List<String> requests = b.open(page.toUri().toString());
            assertTrue(requests.contains("https://example.invalid/a.css"), requests.toString());
            assertTrue(requests.contains("http://example.invalid/x.png"), requests.toString());
            List<String> ids = b.axe().stream().map(Browser.Violation::id).toList();
            assertTrue(ids.contains("image-alt"), ids.toString());
            assertTrue(ids.contains("html-has-lang"), ids.toString());
            assertTrue(ids.contains("color-contrast"), ids.toString());
        }
    }

    @Test
    void javascriptCanBeTurnedOff() throws Exception {
        Path page = Files.writeString(tmp.resolve("js.html"), """
                <!DOCTYPE html><html lang=en><head><title>x</title></head>
                <body><p id=p>static</p><script>document.getElementById('p').textContent='script ran'</script></body></html>""");
        try (Browser off = Browser.withoutJavaScript()) {
            off.open(page.toUri().toString());
            assertEquals("static", off.driver().findElement(org.openqa.selenium.By.id("p")).getText());
        }
        try (Browser on = Browser.start()) {
            on.open(page.toUri().toString());
            assertEquals("script ran", on.driver().findElement(org.openqa.selenium.By.id("p")).getText());
        }
    }
}
