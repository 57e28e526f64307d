package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.briefkit.testing.Jar;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under the POSIX or C locale (containers, small CI images) Java reads file names as ASCII. The
 * launcher runs the build with a UTF-8 locale and the arguments as written, so a site in
 * "Zugang für alle/" with a file "Zugang für alle.md" builds. Run in one JVM, the file is an error
 * of its own that says what to do (the others are checked as usual), and a folder given on the
 * command line a usage error (exit 2): never an internal error.
 */
class LocalesIT {
    @TempDir
    Path tmp;

    private static final Map<String, String> C = Map.of("LC_ALL", "C", "LANG", "C");

    private Path site(String folder) throws Exception {
        return TestSite.of(CliTest.SITE)
                .put("content/countries/Zugang für alle.md", "---\nid: access\ntitle: Zugang für alle\n---\nÜberall.\n")
                .writeTo(tmp.resolve(folder));
    }

    @Test
    void nonAsciiNamesBuildUnderTheCLocale() throws Exception {
        Path site = site("Zugang für alle");
        Path out = tmp.resolve("Ausgabe für alle");
        Jar.Result r = Jar.run(Jar.packaged(), null, C, 120, "build", "--source", site.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(Files.readString(out.resolve("countries/access/index.html")).contains("Überall."));
    }

    @Test
    void inOneJvmTheyAreAPlainErrorWithTheWayOut() throws Exception {
        Map<String, String> oneJvm = Map.of("LC_ALL", "C", "LANG", "C", "BRIEFKIT_NO_RELAUNCH", "1");
        Jar.Result file = Jar.run(Jar.packaged(), null, oneJvm, 120, "check", "--source", site("site").toString());
        assertEquals(1, file.code(), file.out() + file.err());
        assertTrue(file.err().startsWith("content/countries/Zugang f") && file.err().contains(": error: cannot read: its name cannot be read")
                && file.err().contains("LC_ALL=C.UTF-8") && !file.err().contains("\tat "), file.err());
        Jar.Result folder = Jar.run(Jar.packaged(), null, oneJvm, 120, "check", "--source", site("Zugang für alle").toString());
        assertEquals(2, folder.code(), folder.out() + folder.err());
        assertTrue(folder.err().startsWith("error: Invalid value for option '--source': ")
                && folder.err().contains("LC_ALL=C.UTF-8") && !folder.err().contains("\tat "), folder.err());
    }
}
