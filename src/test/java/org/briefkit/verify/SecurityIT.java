package org.briefkit.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.briefkit.build.BuildOptions;
import org.briefkit.serve.PreviewServer;
import org.briefkit.source.FileSource;
import org.briefkit.source.ThemeSource;
import org.briefkit.testing.Jar;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The layers of docs/security.md in real headless Chromium: the privacy guard finds every request
 * to another host that Chromium makes for generated hostile HTML, and the Content-Security-Policy
 * lets every page kind of the repository's site work (over HTTP, from disk, in the unpacked zip,
 * in the preview with live reload) while it keeps inline script in content from running.
 */
class SecurityIT {
    @TempDir
    Path tmp;

    /** Fragments that hide a payload from a naive reader of HTML; %s is the payload. */
    private static final List<String> WRAPPERS = List.of("%s", "<!-->%s-->", "<!--->%s-->", "<!-- a --!>%s-->", "<!----!>%s-->",
            "<!-- a -- >%s-->", "<! x -->%s", "<?x -->%s", "<!-- <!-- -->%s", "<svg><title>%s</title></svg>",
            "<svg><style>%s</style></svg>", "<svg><desc>%s</desc></svg>", "<svg><foreignObject>%s</foreignObject></svg>",
            "<svg><![CDATA[%s]]></svg>", "<svg><p>%s</svg>", "<math><mtext>%s</mtext></math>",
            "<math><annotation-xml encoding=\"text/html\">%s</annotation-xml></math>", "<math><mi><mglyph>%s</math>",
            "<template>%s</template>", "<noscript>%s</noscript>", "<noscript><p title=\"</noscript>%s\"></noscript>",
            "<textarea>%s</textarea>", "<title>%s</title>", "<xmp>%s</xmp>", "<noembed>%s</noembed>", "<noframes>%s</noframes>",
            "<iframe>%s</iframe>", "<select>%s</select>", "<select><option>%s</select>", "<table>%s</table>",
            "<table><tr>%s</tr></table>", "<p title='%s'>x</p>", "<style>/*</style>%s*/</style>", "<script>/*</script>%s*/</script>",
            "<listing>%s</listing>", "<frameset>%s</frameset>", "<object>%s</object>", "<div hidden>%s</div>");

    /** Ways to load from another host; %s is the host. */
    private static final List<String> PAYLOADS = List.of("<img src=\"http://%s/i.png\">", "<img srcset=\"http://%s/i.png 1x\">",
            "<img src=a.png srcset=\"a.png 1x, http://%s/i.png 2x\" sizes=1px>", "<IMG SRC=http://%s/i.png>",
            "<img src=\"http&#58;//%s/i.png\">", "<img src=\"&#x1f;http://%s/i.png\">", "<img src=\"\thttp://%s/i.png\">",
            "<image src=\"http://%s/i.png\">", "<picture><source srcset=\"http://%s/i.png\"><img src=a.png></picture>",
            "<div style=\"background:url(http://%s/i.png)\">x</div>", "<div style=\"background:u\\72l(http://%s/i.png)\">x</div>",
            "<style>body{background:url('http://%s/i.png')}</style>", "<style>@import 'http://%s/s.css';</style>",
            "<style>body{background-image:image-set(\"http://%s/i.png\" 1x)}</style>",
            "<link rel=stylesheet href=\"http://%s/s.css\">", "<link rel=preload as=image href=\"http://%s/i.png\">",
            "<link rel=prefetch href=\"http://%s/p\">", "<link rel=modulepreload href=\"http://%s/m.js\">",
            "<meta http-equiv=refresh content=\"0; url=http://%s/r\">", "<base href=\"http://%s/\"><img src=b.png>",
            "<svg><image href=\"http://%s/i.png\"/></svg>", "<svg><image xlink:href=\"http://%s/i.png\"/></svg>",
            "<svg><rect width=9 height=9 fill=\"url(http://%s/p.svg#p)\"/></svg>", "<video poster=\"http://%s/v.png\"></video>",
            "<video src=\"http://%s/v.mp4\"></video>", "<audio src=\"http://%s/a.mp3\"></audio>", "<iframe src=\"http://%s/f\"></iframe>",
            "<iframe srcdoc=\"&lt;img src=http://%s/i.png&gt;\"></iframe>", "<object data=\"http://%s/o\"></object>",
            "<embed src=\"http://%s/e\">", "<input type=image src=\"http://%s/i.png\">", "<body background=\"http://%s/b.png\">",
            "<table background=\"http://%s/t.png\"><tr><td>x</td></tr></table>", "<script src=\"http://%s/s.js\"></script>",
            "<svg><script href=\"http://%s/s.js\"></script></svg>", "<track src=\"http://%s/t.vtt\">");

    /**
     * Generated hostile pages, each opened as it is (no policy) in Chromium: every host Chromium
     * asks for is one the guard reports. The guard may report more (what a browser could load, as a
     * {@code template}'s content or a {@code noscript} without JavaScript), never less.
     */
    @Test
    void theGuardFindsEveryRequestChromiumMakesForHostileHtml() throws IOException {
        Random random = new Random(22);
        PrivacyGuard guard = new PrivacyGuard(List.of());
        List<String> missed = new ArrayList<>();
        int requested = 0;
        int pages = 0;
        try (Browser javascript = Browser.start(); Browser noJavascript = Browser.withoutJavaScript()) {
            for (int p = 0; p < 120; p++) {
                StringBuilder body = new StringBuilder();
                for (int f = 0; f < 4; f++) {
                    String host = "h" + p + "x" + f + ".example";
                    String payload = PAYLOADS.get(random.nextInt(PAYLOADS.size())).formatted(host);
                    String wrapped = WRAPPERS.get(random.nextInt(WRAPPERS.size())).formatted(payload);
                    body.append(random.nextBoolean() ? WRAPPERS.get(random.nextInt(WRAPPERS.size())).formatted(wrapped) : wrapped)
                            .append('\n');
                }
                String html = "<!DOCTYPE html><html><head><title>t</title></head><body>\n" + body + "</body></html>";
                Path page = tmp.resolve("hostile-" + p + ".html");
                Files.writeString(page, html);
                Set<String> found = new TreeSet<>();
                guard.checkHtml(html).forEach(finding -> found.add(host(finding.url())));
                for (Browser b : List.of(javascript, noJavascript)) {
                    for (String url : b.open(page.toUri().toString())) {
                        if (!Browser.isLocal(url)) {
                            requested++;
                            if (!found.contains(host(url))) {
                                missed.add(url + " in\n" + html);
                            }
                        }
                    }
                }
                pages++;
            }
        }
        assertEquals(List.of(), missed);
        assertTrue(requested > pages, "the pages did make Chromium ask other hosts: " + requested);
        System.out.println("hostile HTML: " + pages + " pages, " + requested + " requests to other hosts by Chromium, all found");
    }

    private static String host(String url) {
        String u = url.strip().replace("\\", "/").replaceAll("[\\x00-\\x20]", "");
        int at = u.indexOf("//");
        String rest = at >= 0 ? u.substring(at + 2) : u.substring(u.indexOf(':') + 1);
        return rest.replaceAll("[/?#].*$", "").toLowerCase();
    }

    /** Console messages about the Content-Security-Policy. */
    private static List<String> violations(Browser b) {
        return b.console().stream().filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    @Test
    void everyPageKindWorksUnderThePolicyOverHttpFromDiskAndInTheZip() throws Exception {
        Path site = tmp.resolve("wcit");
        Jar.Result r = Jar.run("build", "--source", Path.of("").toAbsolutePath().toString(), "--out", site.toString(), "--zip");
        assertEquals(0, r.code(), r.err());
        Path unpacked = tmp.resolve("unpacked");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(site.resolve("site.zip")))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = unpacked.resolve(e.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        HttpServer http = serve(site);
        List<String> problems = new ArrayList<>();
        int opened = 0;
        try (Browser b = Browser.start()) {
            List<String> bases = List.of(site.toUri().toString(), unpacked.toUri().toString(),
                    "http://127.0.0.1:" + http.getAddress().getPort() + "/wcit/");
            for (String base : bases) {
                // Dark mode on the second pass: the theme's dark colours are the stylesheet's own.
                b.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", base.equals(bases.get(1)) ? "dark" : "light"))));
                for (Path page : SiteVerificationIT.samplePages(site)) {
                    String url = base + site.relativize(page).toString().replace('\\', '/');
                    b.open(url);
                    opened++;
                    for (String v : violations(b)) {
                        problems.add(url + ": " + v);
                    }
                }
                problems.addAll(searchFromTheHeader(b, base, "countries/index.html"));
                problems.addAll(searchFromTheHeader(b, base, "ar/index.html"));
                opened += 4;
            }
        } finally {
            http.stop(0);
        }
        assertEquals(List.of(), problems);
        System.out.println("policy: " + opened + " pages opened over file://, the unpacked zip and HTTP, no violation");
    }

    /**
     * The header's search form on {@code page}: the results page opens with the query in its
     * address, shows results with the words marked, and a link to {@code ?q=} opens the same; no
     * message about the policy on the way. The problems found.
     */
    private static List<String> searchFromTheHeader(Browser b, String base, String page) {
        List<String> problems = new ArrayList<>();
        WebDriverWait wait = new WebDriverWait(b.driver(), Duration.ofSeconds(20));
        b.open(base + page);
        b.driver().findElement(By.id("site_q")).sendKeys("sending party", Keys.ENTER);
        wait.until(d -> !d.findElements(By.cssSelector("#search_results li a mark")).isEmpty());
        String address = b.driver().getCurrentUrl();
        if (!address.contains("search/index.html?q=sending")) {
            problems.add(base + page + ": the header search led to " + address);
        }
        violations(b).forEach(v -> problems.add(base + page + " searched from the header: " + v));
        b.open(address);
        wait.until(d -> !d.findElements(By.cssSelector("#search_results li a mark")).isEmpty());
        violations(b).forEach(v -> problems.add(address + ": " + v));
        return problems;
    }

    /** A plain static server for the built site under /wcit/ (a sub-path, as on GitHub Pages). */
    private static HttpServer serve(Path site) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        http.createContext("/wcit/", ex -> {
            try (ex) {
                String rel = ex.getRequestURI().getPath().substring("/wcit/".length());
                Path file = site.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel).normalize();
                if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
                String name = file.getFileName().toString();
                ex.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                        : name.endsWith(".css") ? "text/css" : name.endsWith(".js") ? "text/javascript"
                        : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream");
                byte[] body = Files.readAllBytes(file);
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        http.start();
        return http;
    }

    @Test
    void inlineScriptInRawHtmlIsPublishedWithAWarningAndDoesNotRun() throws Exception {
        Path source = TestSite.of("""
                -- site.yml --
                title: Raw
                allowRawHtml: true
                -- content/pages/raw.md --
                ---
                title: Raw
                ---
                Before.

                <script>document.documentElement.dataset.ran = "yes";</script>

                <p onmouseover="document.documentElement.dataset.ran = 'hover'" id="target">After.</p>
                """).writeTo(tmp.resolve("raw-src"));
        Path out = tmp.resolve("raw");
        Jar.Result r = Jar.run("build", "--source", source.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("content/pages/raw.md:6:1: warning: pages/raw/index.html: the Content-Security-Policy blocks "
                + "the inline <script>"), r.err());
        try (Browser b = Browser.start()) {
            b.open(out.resolve("pages/raw/index.html").toUri().toString());
            assertEquals("After.", b.driver().findElement(By.id("target")).getText());
            assertEquals(null, b.driver().executeScript("return document.documentElement.dataset.ran || null"), "the script did not run");
            assertTrue(violations(b).stream().anyMatch(v -> v.contains("inline script")), "Chromium reported the blocked script");
        }
    }

    /**
     * The check of a lenient build: what the guard finds stops the build even with
     * {@code --lenient} (in content, a Markdown field and a template), and what {@code --lenient}
     * publishes (outside Markdown images as links, inline code for the policy to block) makes
     * Chromium ask no other host.
     */
    @Test
    void aLenientBuildPublishesNothingThatAsksAnotherHost() throws Exception {
        TestSite lenient = TestSite.of("""
                -- site.yml --
                title: Lenient
                allowRawHtml: true
                collections:
                  pages: {}
                  activities: {}
                -- content/pages/a.md --
                ---
                title: A
                ---
                ![Map](https://img.example/map.png) and [a link](https://link.example/).

                <script>new Image().src = "https://script.example/i.png"; fetch("https://fetch.example/");</script>

                <p id="target" onmouseover="new Image().src = 'https://handler.example/i.png'">Hover.</p>
                -- content/activities/b.md --
                ---
                title: B
                overview: |
                  ![Field map](https://field.example/map.png)

                  <script>new Image().src = "https://field-script.example/i.png";</script>
                ---
                Body.
                """);
        Path out = tmp.resolve("lenient");
        Jar.Result r = Jar.run("build", "--lenient", "--source", lenient.writeTo(tmp.resolve("lenient-src")).toString(),
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> outside = new ArrayList<>();
        try (Browser b = Browser.start(); Stream<Path> files = Files.walk(out)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                List<String> requested = new ArrayList<>(b.open(page.toUri().toString()));
                if (page.endsWith(Path.of("pages/a/index.html"))) {
                    new Actions(b.driver()).moveToElement(b.driver().findElement(By.id("target"))).perform();
                    requested.addAll(b.requests());
                }
                requested.stream().filter(u -> !Browser.isLocal(u)).forEach(u -> outside.add(out.relativize(page) + ": " + u));
            }
        }
        assertEquals(List.of(), outside);

        Path hostile = lenient.put("content/pages/h.md", """
                ---
                title: H
                ---
                <!--><img src="https://comment.example/x.gif">-->

                <svg><style><img src="https://svg.example/x.gif"></style></svg>
                """).put("content/activities/c.md", """
                ---
                title: C
                overview: |
                  <math><mtext><img srcset="https://math.example/x.gif 1x"></mtext></math>
                ---
                """).put("templates/404.ftlh", "<!DOCTYPE html><title>x</title><!---><img src=\"https://template.example/x.gif\">-->")
                .writeTo(tmp.resolve("hostile-src"));
        Path none = tmp.resolve("hostile");
        Jar.Result h = Jar.run("build", "--lenient", "--source", hostile.toString(), "--out", none.toString());
        assertEquals(1, h.code(), h.err());
        for (String where : List.of("content/pages/h.md:4:16: error: pages/h/index.html would load https://comment.example/x.gif",
                "content/pages/h.md:6:23: error: pages/h/index.html would load https://svg.example/x.gif",
                "content/activities/c.md:4:29: error: activities/c/index.html would load https://math.example/x.gif",
                "templates/404.ftlh: error: 404.html would load https://template.example/x.gif")) {
            assertTrue(h.err().contains(where), where + " in\n" + h.err());
        }
        assertTrue(!Files.exists(none.resolve("index.html")), "nothing is written");
    }

    @Test
    void thePreviewWithItsReloadScriptAndErrorOverlayWorksUnderThePolicy() throws Exception {
        Path source = TestSite.of("""
                -- site.yml --
                title: Preview
                -- content/pages/a.md --
                ---
                title: A
                ---
                Text.
                """).writeTo(tmp.resolve("preview-src"));
        try (PreviewServer server = PreviewServer.start(new FileSource(source, List.of()), ThemeSource.builtIn(),
                new BuildOptions(false, false, 2, null), InetAddress.getByName("127.0.0.1"), 0, false);
             Browser b = Browser.start()) {
            assertTrue(server.rebuild(List.of()).result().ok());
            b.open(server.url() + "pages/a/index.html");
            new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> server.listeners() > 0);
            Files.writeString(source.resolve("content/pages/a.md"), "---\ntitle: A\n---\n[[nowhere]]\n");
            server.rebuild(List.of("content/pages/a.md"));
            new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("briefkit-errors")).isEmpty());
            Object position = b.driver().executeScript(
                    "return getComputedStyle(document.getElementById('briefkit-errors')).position");
            assertEquals("fixed", position, "the overlay's stylesheet applies");
            assertEquals(List.of(), violations(b));
            assertEquals("http://127.0.0.1:" + server.port() + "/pages/a/index.html", URI.create(b.driver().getCurrentUrl()).toString());
        }
    }
}
