package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.briefkit.testing.Corpus;
import org.briefkit.testing.Folder;
import org.briefkit.testing.Jar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build stopped with Ctrl-C (SIGINT to its process group, as a terminal sends it) leaves the
 * previous site as it was and no temporary folder beside it, and says so in one line.
 */
class InterruptedBuildIT {
    @TempDir
    Path tmp;

    @Test
    void ctrlCDuringABuildLeavesThePreviousSite() throws Exception {
        Path site = Corpus.write(tmp.resolve("corpus"), 1500, 7);
        Path out = site.resolve("site");
        assertEquals(0, Jar.run("build", "-q", "--source", site.toString()).code());
        Map<String, byte[]> before = Folder.snapshot(out);
        Files.writeString(site.resolve("content/countries/ZZ.md"), "---\ntitle: Zedland\n---\n");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder("/usr/bin/setsid", Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Jar.packaged().toString(), "build", "--source", site.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        // The build writes beside the site from its start; stop it once it has begun to.
        for (int i = 0; i < 600 && staging(site).isEmpty() && p.isAlive(); i++) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the build was still running when stopped");
        Process kill = new ProcessBuilder("/bin/kill", "-s", "INT", "--", "-" + p.pid()).start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS));
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String message = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(130, p.exitValue(), message);
        assertEquals("error: build interrupted; " + out + "/ was left as it was\n", message);
        assertEquals(List.of(), staging(site), "no temporary folder is left");
        assertTrue(Folder.same(before, Folder.snapshot(out)), "the previous site is untouched");
    }

    private static List<Path> staging(Path site) throws Exception {
        try (Stream<Path> s = Files.list(site)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".site.")).toList();
        }
    }
}
