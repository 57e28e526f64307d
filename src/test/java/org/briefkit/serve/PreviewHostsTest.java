package org.briefkit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.build.BuildOptions;
import org.briefkit.source.FileSource;
import org.briefkit.source.ThemeSource;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview answers only requests for this computer (DNS rebinding): raw HTTP requests with the
 * Host and Origin headers a browser would send after a name of another site was pointed at 127.0.0.1.
 */
class PreviewHostsTest {
    @TempDir
    Path tmp;
    private PreviewServer server;

    @BeforeEach
    void start() throws Exception {
        Path site = TestSite.of("""
                -- site.yml --
                title: Hosts
                -- content/pages/draft.md --
                ---
                title: Our strategy
                draft: true
                ---
                Not for the public yet.
                """).writeTo(tmp.resolve("site"));
        server = PreviewServer.start(new FileSource(site, List.of()), ThemeSource.builtIn(),
                new BuildOptions(true, false, 2, null), InetAddress.getByName("127.0.0.1"), 0, false, List.of("Preview.Example"));
        assertTrue(server.rebuild(List.of()).result().ok());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The status line and body of a GET with these headers (name, value, …). */
    private List<String> get(String path, String... headers) throws IOException {
        try (Socket s = new Socket(InetAddress.getByName("127.0.0.1"), server.port())) {
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            s.getOutputStream().write(request.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String status = in.readLine();
            lines.add(status.substring(9, 12));
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                // headers
            }
            if (!path.contains("events")) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }

    @Test
    void namesOfThisComputerWithItsPortAreAnswered() throws IOException {
        int port = server.port();
        for (String host : List.of("localhost", "127.0.0.1", "[::1]", "LOCALHOST", "localhost.", "app.localhost", "127.0.0.2",
                "preview.example")) {
            assertEquals("200", get("/pages/draft/index.html", "Host", host + ":" + port).get(0), host);
        }
        assertEquals("200", get("/_briefkit/events", "Host", "localhost:" + port, "Origin", "http://localhost:" + port).get(0));
        assertEquals("200", get("/", "Host", "127.0.0.1:" + port, "Origin", "http://127.0.0.1:" + port).get(0));
    }

    @Test
    void otherNamesOriginsAndPortsGet403WithAOneLineReason() throws IOException {
        int port = server.port();
        for (String host : List.of("evil.example:" + port, "localhost", "localhost:" + (port + 1), "127.0.0.1:80",
                "evil.example", "localhost.evil.example:" + port, "10.0.0.1:" + port, "")) {
            List<String> response = get("/pages/draft/index.html", "Host", host);
            assertEquals("403", response.get(0), host);
            assertEquals(2, response.size(), host + ": " + response);
            assertTrue(response.get(1).startsWith("briefkit serve: this preview answers only requests for localhost"), response.get(1));
            assertTrue(response.stream().noneMatch(l -> l.contains("Our strategy")), host);
        }
        assertEquals("403", get("/pages/draft/index.html").get(0), "no Host at all");
        for (String origin : List.of("http://evil.example", "http://evil.example:" + port, "null", "https://localhost:" + port,
                "http://localhost:" + (port + 1))) {
            assertEquals("403", get("/_briefkit/events", "Host", "localhost:" + port, "Origin", origin).get(0), origin);
            assertEquals("403", get("/", "Host", "localhost:" + port, "Origin", origin).get(0), origin);
        }
    }
}
