package org.briefkit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.briefkit.build.BuildOptions;
import org.briefkit.source.FileSource;
import org.briefkit.source.ThemeSource;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview as an editor uses it: a real folder, the file watcher, HTTP, and live reload. */
class PreviewServerTest {
    private static final String SITE = """
            -- site.yml --
            title: Preview test
            -- content/proposals/RU-8.4.md --
            ---
            id: RU-8.4
            title: "Russia: New Article 8.4"
            ---
            Wording.
            -- content/talking-points/tp-1.md --
            ---
            title: Reject vague limits
            proposals: [RU-8.4]
            ---
            The first version.
            """;

    @TempDir
    Path tmp;
    private Path site;
    private PreviewServer server;
    private Watcher watcher;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        site = TestSite.of(SITE).writeTo(tmp.resolve("site"));
        server = PreviewServer.start(new FileSource(site, List.of()), ThemeSource.builtIn(), new BuildOptions(false, false, 2, null),
                InetAddress.getLoopbackAddress(), 0, false);
        assertTrue(server.rebuild(List.of()).result().ok());
        watcher = new Watcher(site, server::rebuild);
    }

    @AfterEach
    void stop() {
        watcher.close();
        server.close();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).timeout(Duration.ofSeconds(5));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until the page contains {@code text}; returns the milliseconds it took. */
    /** Waits until {@code path} shows {@code text}; the deadline catches a preview that never updates. */
    private void waitFor(String path, String text) throws Exception {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 5_000_000_000L) {
            if (get(path).body().contains(text)) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError(path + " never showed " + text + ": " + get(path).body());
    }

    /** Reads the event stream in the background, queueing each event name. */
    private BlockingQueue<String> listen() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + "_briefkit/events")).build();
        InputStream in = http.send(req, HttpResponse.BodyHandlers.ofInputStream()).body();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("event: ")) {
                        events.add(line.substring(7));
                    }
                }
            } catch (Exception e) {
                // stream closed
            }
        });
        t.setDaemon(true);
        t.start();
        long t0 = System.currentTimeMillis();
        while (server.listeners() == 0 && System.currentTimeMillis() - t0 < 5000) {
            Thread.sleep(10);
        }
        return events;
    }

    @Test
    void anEditIsServedAndOpenPagesReload() throws Exception {
        HttpResponse<String> page = get("/talking-points/tp-1/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("The first version."));
        assertTrue(page.body().contains("<script src=\"/_briefkit/reload.js\"></script>"));
        BlockingQueue<String> events = listen();
        Files.writeString(site.resolve("content/talking-points/tp-1.md"), "---\ntitle: Reject vague limits\nproposals: [RU-8.4]\n---\nThe second version.\n");
        waitFor("/talking-points/tp-1/", "The second version.");
        assertEquals("reload", events.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void feedsDataAndSearchAreMadeWhenAskedForAndFollowEdits() throws Exception {
        assertTrue(get("/data/talking-points.json").body().contains("Reject vague limits"));
        Files.writeString(site.resolve("content/talking-points/tp-1.md"), "---\ntitle: Oppose vague limits\nproposals: [RU-8.4]\n---\nNew.\n");
        waitFor("/talking-points/tp-1/", "Oppose vague limits");
        HttpResponse<String> data = get("/data/talking-points.json");
        assertEquals(200, data.statusCode());
        assertTrue(data.body().contains("Oppose vague limits") && !data.body().contains("Reject vague limits"), data.body());
        assertTrue(get("/search/manifest.js").body().startsWith("briefkitSearch.manifest("));
        assertEquals(404, get("/no/such/page/").statusCode());
    }

    @Test
    void aBrokenReferenceShowsTheOverlayOverTheLastGoodPageUntilFixed() throws Exception {
        Path tp = site.resolve("content/talking-points/tp-1.md");
        Files.writeString(tp, "---\ntitle: Reject vague limits\nproposals: [RU-8.5]\n---\nBroken now.\n");
        waitFor("/talking-points/tp-1/", "briefkit-errors");
        String body = get("/talking-points/tp-1/").body();
        assertTrue(body.contains("content/talking-points/tp-1.md:3:13: error: unknown proposal &#39;RU-8.5&#39;")
                || body.contains("content/talking-points/tp-1.md:3:13: error: unknown proposal 'RU-8.5'"), body);
        assertTrue(body.contains("proposals: [RU-8.5]"), "the offending line is shown");
        assertTrue(body.contains("The first version."), "the last good page stays served");
        Files.writeString(tp, "---\ntitle: Reject vague limits\nproposals: [RU-8.4]\n---\nFixed now.\n");
        waitFor("/talking-points/tp-1/", "Fixed now.");
        assertFalse(get("/talking-points/tp-1/").body().contains("briefkit-errors"));
    }

    @Test
    void addingAndDeletingFilesAddsAndRemovesPages() throws Exception {
        Path tp2 = site.resolve("content/talking-points/tp-2.md");
        Files.writeString(tp2, "---\ntitle: A second point\n---\nNew.\n");
        waitFor("/talking-points/", "A second point");
        assertEquals(200, get("/talking-points/tp-2/index.html").statusCode());
        Files.delete(tp2);
        long t0 = System.currentTimeMillis();
        while (get("/talking-points/tp-2/index.html").statusCode() != 404 && System.currentTimeMillis() - t0 < 5000) {
            Thread.sleep(10);
        }
        assertEquals(404, get("/talking-points/tp-2/index.html").statusCode());
    }

    @Test
    void conditionalRequestsContentTypesAndStatusCodes() throws Exception {
        HttpResponse<String> css = get("/style.css");
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElse(""));
        String etag = css.headers().firstValue("ETag").orElseThrow();
        String modified = css.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, get("/style.css", "If-None-Match", etag).statusCode());
        assertEquals(304, get("/style.css", "If-Modified-Since", modified).statusCode());
        assertEquals(200, get("/style.css", "If-None-Match", "\"other\"").statusCode());
        assertEquals("image/svg+xml", get("/favicon.svg").headers().firstValue("Content-Type").orElse(""));
        assertEquals("text/html; charset=utf-8", get("/").headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> missing = get("/nope/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"));
        assertEquals(301, get("/proposals").statusCode());
        assertEquals(405, http.send(HttpRequest.newBuilder(URI.create(server.url())).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void pathsOutsideTheSiteAreRefused() throws Exception {
        for (String raw : List.of("/../site.yml", "/%2e%2e/%2e%2e/etc/passwd", "/talking-points/..%2f..%2fsite.yml",
                "/a%5c..%5csite.yml", "/%00")) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                s.getOutputStream().write(("GET " + raw + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                assertTrue(status.contains(" 400 ") || status.contains(" 404 "), raw + " -> " + status);
            }
        }
    }
}
