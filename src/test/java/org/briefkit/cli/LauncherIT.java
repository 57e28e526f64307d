package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.briefkit.testing.Corpus;
import org.briefkit.testing.Jar;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar briefkit.jar} starts the build in a tuned JVM with the class-data archive made at
 * package time: codes and output pass through, a damaged archive is left alone, and the second JVM
 * never outlives its parent.
 */
class LauncherIT {
    @TempDir
    Path tmp;

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void exitCodesAndMessagesPassThroughTheSecondJvm() throws Exception {
        Path site = TestSite.of(CliTest.SITE).put("content/talking-points/tp-2.md", "---\ntitle: Two\nproposals: [RU-8.5]\n---\n")
                .writeTo(tmp.resolve("site"));
        Jar.Result r = Jar.run("check", "--source", site.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("content/talking-points/tp-2.md:3:13: error: unknown proposal 'RU-8.5'"), r.err());
        Jar.Result v = Jar.run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("briefkit "), v.out());
    }

    @Test
    void aBuildThatOutgrowsTheEstimatedHeapRunsAgainWithMoreAndSaysSo() throws Exception {
        // 1,000 talking points need more than 16 MB (200 no longer do).
        Path site = Corpus.write(tmp.resolve("corpus"), 1000, 3);
        Path out = tmp.resolve("out");
        Jar.Result r = Jar.run(Jar.packaged(), null, Map.of("BRIEFKIT_HEAP", "16m"), 120, "build", "--source", site.toString(),
                "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("needed more memory than briefkit estimated (16 MB)"), r.err());
        assertTrue(Files.isRegularFile(out.resolve("talking-points/index.html")));
    }

    @Test
    void runningOutOfAHeapTheUserChoseIsAClearErrorWithoutStackTrace() throws Exception {
        Path site = Corpus.write(tmp.resolve("corpus"), 1000, 3);
        Jar.Result r = Jar.runWithHeap("16m", 120, "build", "--source", site.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(3, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("error: briefkit ran out of memory: this site needs more than the 16 MB"), r.err());
        assertTrue(r.err().contains("java -Xmx4g -jar briefkit.jar build --source"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing is written when the build fails");
    }

    @Test
    void aTruncatedClassArchiveIsNotUsedSoTheJvmDoesNotCrash() throws Exception {
        // A JVM that maps a truncated archive dies with SIGBUS; the size recorded at package time guards it.
        Path jar = Files.copy(Jar.packaged(), Files.createDirectories(tmp.resolve("copy")).resolve("briefkit.jar"));
        Path archive = ClassArchive.of(Jar.packaged());
        Files.copy(archive.resolveSibling(archive.getFileName() + ".size"), jar.resolveSibling("briefkit.jsa.size"));
        byte[] whole = Files.readAllBytes(archive);
        Files.write(jar.resolveSibling("briefkit.jsa"), Arrays.copyOf(whole, whole.length / 2));
        Jar.Result r = Jar.run(jar, null, 60, "--version");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("briefkit "), r.out());
    }

    @Test
    void theSecondJvmUsesTheQuickCompilerAndEndsWhenItsParentIsKilled() throws Exception {
        Path site = TestSite.of(CliTest.SITE).writeTo(tmp.resolve("serve"));
        Process parent = new ProcessBuilder(java(), "-jar", Path.of("target", "briefkit.jar").toAbsolutePath().toString(), "serve",
                "--source", site.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("Serving"));
            assertTrue(line != null, "serve started");
            List<ProcessHandle> children = parent.toHandle().children().toList();
            assertEquals(1, children.size());
            ProcessHandle child = children.get(0);
            String command = String.join(" ", child.info().arguments().orElse(new String[0]));
            assertTrue(command.contains("-XX:TieredStopAtLevel=1") && command.contains("-D" + Launcher.LAUNCHED + "=1"), command);
            assertTrue(command.contains("-XX:SharedArchiveFile=" + ClassArchive.of(Jar.packaged())), "the archive made at package time is used: " + command);
            assertEquals(Launcher.hugePagesOnRequest(), command.contains(Launcher.HUGE_PAGES), "huge pages are asked for where Linux gives them on request: " + command);
            parent.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            child.onExit().get(20, TimeUnit.SECONDS);
            assertFalse(child.isAlive());
        } finally {
            parent.descendants().forEach(ProcessHandle::destroyForcibly);
            parent.destroyForcibly();
        }
    }
}
