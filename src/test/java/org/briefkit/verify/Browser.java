package org.briefkit.verify;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by Selenium, for tests: accessibility with axe-core, the network
 * requests a page makes, pages with JavaScript off. Uses {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} (or {@code CHROME_BIN} and {@code CHROMEDRIVER}); never downloads
 * a browser or driver. One session per instance; close it.
 */
public final class Browser implements AutoCloseable {
    private static final String AXE = load("/vendor/axe-core/axe.min.js");

    private final ChromeDriver driver;
    private final Path profile;

    /** A violation axe-core found: rule, impact (minor … critical), help text, and the elements. */
    public record Violation(String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + id + ": " + help + " " + targets;
        }
    }

    private Browser(boolean javascript) throws IOException {
        String bin = env("CHROME_BIN", "/usr/bin/chromium");
        String drv = env("CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!new File(bin).canExecute() || !new File(drv).canExecute()) {
            throw new IllegalStateException("headless browser tests need Debian's chromium and chromium-driver ("
                    + bin + ", " + drv + "): run .ci/run, or apt-get install chromium chromium-driver");
        }
        profile = Files.createTempDirectory("briefkit-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(bin);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
                "--allow-file-access-from-files", "--user-data-dir=" + profile,
                // No name lookups at all: pages must not need other hosts, and Chromium's own services stay off.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(drv))
                .usingAnyFreePort().withSilent(true).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // axe-core takes 25-30 s on the corpus's one-page handout (1 MB, 200 bodies) on two busy cores.
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    }

    public static Browser start() throws IOException {
        return new Browser(true);
    }

    public static Browser withoutJavaScript() throws IOException {
        return new Browser(false);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Opens a URL and returns every URL the browser requested while loading it. */
    public List<String> open(String url) {
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.get(url);
        return requests();
    }

    /** Whether a requested URL stays on this machine: the site's files, or the browser's own pages. */
    public static boolean isLocal(String url) {
        return url.startsWith("file:") || url.startsWith("chrome:") || url.startsWith("about:") || url.startsWith("data:")
                || url.startsWith("http://127.0.0.1:") || url.startsWith("http://localhost:");
    }

    /** URLs requested since the last call. */
    @SuppressWarnings("unchecked")
    public List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> outer = new Json().toType(e.getMessage(), Map.class);
            Map<String, Object> msg = (Map<String, Object>) outer.get("message");
            if ("Network.requestWillBeSent".equals(msg.get("method"))) {
                Map<String, Object> params = (Map<String, Object>) msg.get("params");
                urls.add(String.valueOf(((Map<String, Object>) params.get("request")).get("url")));
            }
        }
        return urls;
    }

    /** Messages of the browser's console since the last call (Content-Security-Policy violations among them). */
    public List<String> console() {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            out.add(e.getLevel() + " " + e.getMessage());
        }
        return out;
    }

    /** Runs axe-core on the current page (WCAG 2.0-2.2 A and AA rules and best practices). */
    @SuppressWarnings("unchecked")
    public List<Violation> axe() {
        JavascriptExecutor js = driver;
        js.executeScript(AXE);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(JSON.stringify(r.violations)))
                  .catch(e => done('ERROR ' + e));
                """);
        String json = String.valueOf(result);
        if (json.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core failed: " + json);
        }
        List<Violation> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) new Json().toType(json, List.class)) {
            List<String> targets = new ArrayList<>();
            for (Map<String, Object> node : (List<Map<String, Object>>) v.get("nodes")) {
                targets.add(String.valueOf(node.get("target")));
            }
            out.add(new Violation(String.valueOf(v.get("id")), String.valueOf(v.get("impact")),
                    String.valueOf(v.get("help")), targets));
        }
        return out;
    }

    /** Prints the current page to PDF (Chromium's print), returning the PDF bytes. */
    public byte[] printToPdf() {
        return Base64.getDecoder().decode(driver.print(new org.openqa.selenium.print.PrintOptions()).getContent());
    }

    /** The number of pages of a PDF that Chromium printed (it writes one page object per page). */
    public static int pageCount(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var s = Files.walk(profile)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static String load(String resource) {
        try (InputStream in = Browser.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + resource, e);
        }
    }
}
