package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.briefkit.testing.Cli;
import org.briefkit.testing.Folder;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures of the machine, not of briefkit: each is one line naming the path and what to do, exit
 * code 2 (3 is for bugs), no stack trace, and the previous site is left as it was. Text from the
 * command line and from files reaches the terminal without its control characters.
 */
class PlainFailuresTest {
    @TempDir
    Path tmp;
    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", mounted.toString());
        }
    }

    private Path site() throws IOException {
        return TestSite.of(CliTest.SITE).writeTo(tmp.resolve("wcit"));
    }

    private static void assertPlain(Cli.Run r, String expected) {
        assertEquals(2, r.code(), r.err());
        assertEquals("error: " + expected + "\n", r.err());
    }

    @Test
    void anOutputFolderInsideAFileIsNamedAsSuch() throws IOException {
        Path site = site();
        Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
        assertPlain(Cli.run("build", "--source", site.toString(), "--out", file.resolve("site").toString()),
                file + " is a file, not a folder, so the output folder " + file.resolve("site")
                        + " cannot be made in it; choose another folder (--out DIR)");
        assertPlain(Cli.run("build", "--source", site.toString(), "--out", file.resolve("a/b").toString()),
                file + " is a file, not a folder, so the output folder " + file.resolve("a/b")
                        + " cannot be made in it; choose another folder (--out DIR)");
    }

    @Test
    void aPathTooLongIsNamedAsSuch() throws IOException {
        Path site = site();
        Path out = tmp.resolve("a".repeat(300)).resolve("site");
        Cli.Run r = Cli.run("build", "--source", site.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("error: the path is too long: "), r.err());
        assertTrue(r.err().endsWith("; choose a folder with a shorter path (--out DIR)\n"), r.err());
        assertEquals(1, r.err().lines().count());
    }

    @Test
    void aReadOnlyFolderIsNamedAndThePreviousSiteKept() throws Exception {
        Path site = site();
        Path parent = tmp.resolve("published");
        Files.createDirectories(parent);
        // Root may write anywhere: there the folder is a file system mounted read-only instead.
        assumeTrue(!root() || mount(parent, "size=10m"), "a read-only folder for root needs mount(8)");
        Path out = parent.resolve("site");
        assertEquals(0, Cli.run("build", "--source", site.toString(), "--out", out.toString()).code());
        Map<String, byte[]> before = Folder.snapshot(out);
        Files.writeString(site.resolve("content/countries/FR.md"), "---\ntitle: France\n---\n");
        if (root()) {
            assertTrue(run("mount", "-o", "remount,ro", parent.toString()));
            assertPlain(Cli.run("build", "--source", site.toString(), "--out", out.toString()),
                    parent + " is on a read-only file system; choose a folder you can write to (--out DIR)");
        } else {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
            Cli.Run r = Cli.run("build", "--source", site.toString(), "--out", out.toString());
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
            assertPlain(r, "permission denied: the output folder " + out + " would be made in " + parent
                    + ", which you may not write to; choose another folder (--out DIR), or change its permissions");
        }
        assertTrue(Folder.same(before, Folder.snapshot(out)), "the previous site is untouched");
    }

    @Test
    void aFullDiskIsNamedAndNothingIsLeftBehind() throws Exception {
        assumeTrue(root() && mount(tmp.resolve("small"), "size=40k"), "a small disk needs mount(8) as root");
        Path site = site();
        for (int i = 0; i < 30; i++) {
            Files.writeString(site.resolve("content/countries/C" + i + ".md"), "---\ntitle: Country " + i + "\n---\n" + "Text. ".repeat(500));
        }
        Cli.Run r = Cli.run("build", "--source", site.toString(), "--out", mounted.resolve("site").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().matches("error: cannot write \\S+: the disk is full; free some space and run the command again\n"), r.err());
        try (var s = Files.list(mounted)) {
            assertEquals(List.of(), s.toList(), "the half-written folder is removed");
        }
    }

    @Test
    void anUnreadableFileIsItsOwnErrorInWords() throws IOException {
        assumeTrue(!root(), "root may read every file");
        Path site = site();
        Path ru = site.resolve("content/countries/RU.md");
        Files.setPosixFilePermissions(ru, PosixFilePermissions.fromString("---------"));
        Cli.Run r = Cli.run("check", "--source", site.toString());
        Files.setPosixFilePermissions(ru, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(1, r.code(), r.err());
        assertEquals("content/countries/RU.md: error: cannot read: permission denied\nCheck failed: 1 error, 0 warnings\n", r.err(),
                "one error, none for the references to it");
    }

    @Test
    void aBusyPortNamesTheNextFreeOneAsACommand() throws IOException {
        Path site = site();
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            Cli.Run r = Cli.run("serve", "--port", Integer.toString(port), "--source", site.toString());
            int next = Ports.nextFree(InetAddress.getLoopbackAddress(), port);
            assertPlain(r, "port " + port + " is in use; the next free one is " + next + ": briefkit serve --port " + next
                    + " --source " + site);
        }
    }

    @Test
    void controlCharactersGivenOnTheCommandLineAreShownNotSent() {
        Cli.Run r = Cli.run("build", "--source", tmp.resolve("x\u001b[2J\u001b]0;pwned\u0007").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("x\u241b[2J\u241b]0;pwned\u2407"), r.err());
        assertFalse(r.err().chars().anyMatch(c -> c != '\n' && c < 0x20), r.err());
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Mounts a tmpfs with {@code options} on {@code at}; false when this machine does not let us. */
    private boolean mount(Path at, String options) throws Exception {
        Files.createDirectories(at);
        boolean ok = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString());
        if (ok) {
            mounted = at;
        }
        return ok;
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
