package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefkit.testing.Cli;
import org.briefkit.testing.Folder;
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
        assertEquals("Created content/talking-points/tp-cyber-new.md, a draft: fill in its fields and text,\n"
                + "and preview it (drafts included) with:\n"
                + "  briefkit serve --drafts --source " + site + "\n"
                + "To publish it, remove the line 'draft: true'.\n", r.out());
        String text = Files.readString(site.resolve("content/talking-points/tp-cyber-new.md"));
        assertTrue(text.startsWith("---\ntitle: \"Reject \\\"the\\\" new proposal\"\ndraft: true "), text);
        for (String field : new String[] {"summary: \"\"             # one sentence an advocate can say to an official",
                "stance:                 # oppose, support, amend or context", "theme: []", "proposals: []",
                "articles: []", "countries: []"}) {
            assertTrue(text.contains(field), field + " in\n" + text);
        }
        assertEquals(0, Cli.run("check", "--source", site.toString()).code(), "a new entry is valid as created");
        assertEquals(0, Cli.run("check", "--drafts", "--source", site.toString()).code(), "and may be previewed as it is");
    }

    @Test
    void eachCollectionsScaffoldExplainsItsOwnFields() throws IOException {
        Path site = site();
        assertEquals(0, Cli.run("new", "proposals", "RU-9.9", "--source", site.toString()).code());
        String proposal = Files.readString(site.resolve("content/proposals/RU-9.9.md"));
        assertTrue(proposal.contains("summary: \"\"             # what the proposal would change, in one sentence"), proposal);
        assertTrue(proposal.contains("kind:                   # new, mod, add or sup: a new, modified, added or suppressed provision"),
                proposal);
        assertFalse(proposal.contains("country, group"), proposal);
        assertFalse(proposal.contains("advocate"), proposal);
        assertEquals(0, Cli.run("new", "countries", "FR", "--source", site.toString()).code());
        String country = Files.readString(site.resolve("content/countries/FR.md"));
        assertTrue(country.contains("kind: \"country\"         # country, group or sector-member"), country);
        assertFalse(country.contains("new, mod"), country);
    }

    @Test
    void anUntouchedScaffoldIsNeverPublished() throws IOException {
        Path site = site();
        assertEquals(0, Cli.run("build", "--source", site.toString()).code());
        Map<String, byte[]> before = Folder.snapshot(site.resolve("site"));
        assertEquals(0, Cli.run("new", "talking-points", "tp-x", "--source", site.toString()).code());
        Path file = site.resolve("content/talking-points/tp-x.md");
        Files.writeString(file, Files.readString(file).replace("draft: true", "draft: false"));
        Cli.Run r = Cli.run("build", "--source", site.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("""
                content/talking-points/tp-x.md:2:9: error: placeholder text from 'briefkit new' is still here
                 2 | title: "Replace this title"
                   |         ^
                 = hint: replace it with the entry's own text, or keep 'draft: true' until the entry is ready
                content/talking-points/tp-x.md:14:1: error: placeholder text from 'briefkit new' is still here
                """), r.err());
        assertTrue(Folder.same(before, Folder.snapshot(site.resolve("site"))), "nothing published");
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
        for (String c : new String[] {"briefkit build", "briefkit check", "briefkit serve", "briefkit new COLLECTION ID", "briefkit init DIR"}) {
            assertTrue(man.out().contains(".SS \"" + c), c);
        }
        assertTrue(man.out().contains("\\fB\\-\\-port\\fR \\fIN\\fR"));
        assertTrue(man.out().contains("\\fB\\-\\-open\\fR"));
        for (String section : new String[] {".SH EXIT STATUS", ".SH ENVIRONMENT", ".SH EXAMPLES"}) {
            assertTrue(man.out().contains(section), section);
        }
        assertTrue(man.out().contains("\\fBBRIEFKIT_HEAP\\fR"), man.out());
        assertTrue(completion.out().contains("init"), "completion knows init");
    }

    @Test
    void initMakesASiteThatBuildsAndChecksAtOnce() throws IOException {
        Path demo = tmp.resolve("demo");
        Cli.Run r = Cli.run("init", demo.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Created a toolkit site in " + demo + ": "), r.out());
        for (String file : new String[] {"site.yml", "README.md", ".gitignore", ".github/workflows/site.yml", "content/_index.md",
                "content/talking-points/tp-example.md", "content/proposals/XX-1.1.md", "content/articles/UDHR-19.md",
                "content/countries/XX.md", "content/themes/example-theme.md", "content/pages/about.md"}) {
            assertTrue(Files.isRegularFile(demo.resolve(file)), file);
        }
        assertTrue(Files.readString(demo.resolve(".gitignore")).contains("/site/"));
        assertTrue(Files.readString(demo.resolve(".github/workflows/site.yml")).contains("java -jar .briefkit/briefkit.jar check"));
        Cli.Run check = Cli.run("check", "--source", demo.toString());
        assertEquals(0, check.code(), check.err());
        assertEquals("", check.err(), "not even a warning");
        assertTrue(check.out().startsWith("Checked 6 entries (talking-points 1, proposals 1, articles 1, countries 1, themes 1, pages 1)"),
                check.out());
        assertEquals(0, Cli.run("build", "--source", demo.toString()).code());
        assertTrue(Files.readString(demo.resolve("site/talking-points/tp-example/index.html")).contains("Example country"));
    }

    @Test
    void initRefusesAFolderThatHoldsAnything() throws IOException {
        Path used = Files.createDirectories(tmp.resolve("used"));
        Files.writeString(used.resolve("notes.txt"), "mine");
        Cli.Run r = Cli.run("init", used.toString());
        assertEquals(2, r.code());
        assertEquals("error: " + used + " is not empty; choose a new or empty folder\n", r.err());
        assertEquals(List.of("notes.txt"), List.of(used.toFile().list()));
    }
}
