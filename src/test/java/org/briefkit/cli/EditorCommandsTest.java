package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefkit.testing.Cli;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefkit new}, {@code completion} and {@code man}. */
class EditorCommandsTest {
    @TempDir
    Path tmp;

    private Path site() throws IOException {
        return TestSite.of(CliTest.SITE).writeTo(tmp.resolve("site"));
    }

    @Test
    void newCreatesAnEntryThatChecksCleanlyOnceFilledIn() throws IOException {
        Path site = site();
        Cli.Run r = Cli.run("new", "talking-points", "tp-cyber-new", "--title", "Reject \"the\" new proposal", "--source", site.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Created content/talking-points/tp-cyber-new.md: fill in its fields, then preview with 'briefkit serve'\n", r.out());
        String text = Files.readString(site.resolve("content/talking-points/tp-cyber-new.md"));
        assertTrue(text.startsWith("---\ntitle: \"Reject \\\"the\\\" new proposal\"\n"), text);
        for (String field : new String[] {"summary:", "stance: oppose", "# oppose, support, amend or context", "theme:", "proposals: []",
                "articles: []", "countries: []"}) {
            assertTrue(text.contains(field), field + " in\n" + text);
        }
        assertEquals(0, Cli.run("check", "--source", site.toString()).code(), "a new entry is valid as created");
    }

    @Test
    void newRefusesExistingInvalidAndUnknown() throws IOException {
        Path site = site();
        Cli.Run taken = Cli.run("new", "proposals", "ru-8.4", "--source", site.toString());
        assertEquals(2, taken.code());
        assertEquals("error: the ID 'ru-8.4' is already used in proposals by content/proposals/RU-8.4.md\n", taken.err());
        assertEquals(0, Cli.run("new", "countries", "RU-8.4", "--source", site.toString()).code(), "IDs are per collection");
        Cli.Run invalid = Cli.run("new", "countries", "no spaces", "--source", site.toString());
        assertEquals(2, invalid.code());
        assertTrue(invalid.err().contains("invalid ID 'no spaces'"), invalid.err());
        Cli.Run unknown = Cli.run("new", "proposal", "x", "--source", site.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("did you mean 'proposals'?"), unknown.err());
    }

    @Test
    void completionAndManPageCoverTheCommands() {
        Cli.Run completion = Cli.run("completion");
        assertEquals(0, completion.code());
        assertTrue(completion.out().contains("complete -F _complete_briefkit") && completion.out().contains("serve"), completion.out());
        Cli.Run man = Cli.run("man");
        assertEquals(0, man.code());
        assertTrue(man.out().startsWith(".TH BRIEFKIT 1"));
        for (String c : new String[] {"briefkit build", "briefkit check", "briefkit serve", "briefkit new COLLECTION ID"}) {
            assertTrue(man.out().contains(".SS \"" + c), c);
        }
        assertTrue(man.out().contains("\\fB\\-\\-port\\fR \\fIN\\fR"));
    }
}
