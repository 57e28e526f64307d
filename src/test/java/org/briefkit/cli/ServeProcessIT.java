package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.briefkit.testing.Jar;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefkit serve} as users run it (the packaged jar, its two JVMs): Ctrl-C (SIGINT to the
 * whole process group, as a terminal sends it) and SIGTERM stop it with one line and exit code 0,
 * no stack trace; {@code --open} starts the system's browser opener, and a machine without one still
 * serves.
 */
class ServeProcessIT {
    @TempDir
    Path tmp;

    /** A running preview: the process, where its output goes, and its port. */
    private record Preview(Process process, Path outFile, Path errFile, int port) {
        String out() throws IOException {
            return Files.readString(outFile, StandardCharsets.UTF_8);
        }

        String err() throws IOException {
            return Files.readString(errFile, StandardCharsets.UTF_8);
        }
    }

    private Preview start(Map<String, String> env, String... extra) throws Exception {
        Path site = TestSite.of(CliTest.SITE).writeTo(tmp.resolve("site"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/setsid", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Jar.packaged().toString(), "serve", "--port", Integer.toString(port), "--source", site.toString()));
        cmd.addAll(List.of(extra));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        Preview p = new Preview(pb.start(), out, err, port);
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            if (p.out().contains("Serving ")) {
                HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, home.statusCode());
                return p;
            }
            assertTrue(p.process().isAlive(), p.err());
            Thread.sleep(100);
        }
        throw new AssertionError("the preview did not start: " + p.out() + p.err());
    }

    private static void signal(String signal, String target) throws Exception {
        Process kill = new ProcessBuilder("/bin/kill", "-s", signal, "--", target).inheritIO().start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0);
    }

    private static void assertStoppedCleanly(Preview p) throws Exception {
        assertTrue(p.process().waitFor(30, TimeUnit.SECONDS), "the preview stops");
        assertEquals(0, p.process().exitValue(), p.out() + p.err());
        assertTrue(p.out().endsWith("Stopped.\n"), p.out());
        assertFalse(p.err().contains("\tat ") || p.err().contains("Exception"), p.err());
    }

    @Test
    void ctrlCStopsThePreviewWithOneLine() throws Exception {
        Preview p = start(Map.of());
        // setsid made the launcher the leader of its own group: a terminal's Ctrl-C reaches every process in it.
        signal("INT", "-" + p.process().pid());
        assertStoppedCleanly(p);
    }

    @Test
    void sigtermStopsThePreviewWithOneLine() throws Exception {
        Preview p = start(Map.of());
        signal("TERM", Long.toString(p.process().pid()));
        assertStoppedCleanly(p);
    }

    @Test
    void openStartsTheBrowserOpenerAndItsAbsenceFailsNothing() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path opened = tmp.resolve("opened.txt");
        Path opener = Files.writeString(bin.resolve("xdg-open"), "#!/bin/sh\necho \"$@\" > " + opened + "\n");
        assertTrue(opener.toFile().setExecutable(true));
        Preview p = start(Map.of("PATH", bin + ":/usr/bin:/bin"), "--open");
        for (int i = 0; i < 100 && !Files.exists(opened); i++) {
            Thread.sleep(100);
        }
        assertEquals("http://127.0.0.1:" + p.port() + "/\n", Files.readString(opened));
        signal("TERM", Long.toString(p.process().pid()));
        assertStoppedCleanly(p);

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Preview without = start(Map.of("PATH", empty.toString(), "BRIEFKIT_NO_RELAUNCH", "1"), "--open");
        for (int i = 0; i < 100 && !without.err().contains("note:"); i++) {
            Thread.sleep(100);
        }
        assertEquals("note: cannot open a browser here (no xdg-open); open http://127.0.0.1:" + without.port()
                + "/ yourself\n", without.err());
        signal("TERM", Long.toString(without.process().pid()));
        assertStoppedCleanly(without);
    }
}
