package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.time.Duration;
import org.briefkit.testing.Cli;
import org.briefkit.testing.Cli.Run;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command line on real folders: exit codes, messages, output folder handling. */
class CliTest {
    public static final String SITE = """
            -- site.yml --
            title: CLI test
            -- content/proposals/RU-8.4.md --
            ---
            id: RU-8.4
            title: "Russia: New Article 8.4"
            proposers: [RU]
            ---
            Quoted.
            -- content/countries/RU.md --
            ---
            title: Russian Federation
            ---
            -- content/talking-points/tp-1.md --
            ---
            title: Reject vague limits
            proposals: [RU-8.4]
            ---
            See [[RU-8.4]].
            """;

    @TempDir
    Path tmp;

    private static Run run(String... args) {
        return Cli.run(args);
    }

    private Path site() throws IOException {
        return TestSite.of(SITE).writeTo(tmp.resolve("wcit"));
    }

    @Test
    void aStandAloneSubcommandGetsOnlyItsOwnModelAndHelpListsThemAll() {
        assertEquals(Set.of("build"), Main.commandLine(new String[] {"build", "--quiet"}).getSubcommands().keySet());
        assertEquals(Set.of("serve"), Main.commandLine(new String[] {"serve"}).getSubcommands().keySet());
        List<String> all = List.of("build", "check", "serve", "new", "init", "completion", "man", "help");
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "build"}, {"completion"}, {"man"}, {"bulid"}}) {
            assertEquals(all, List.copyOf(Main.commandLine(args).getSubcommands().keySet()), String.join(" ", args));
        }
        Run help = run("--help");
        assertEquals(0, help.code(), help.err());
        for (String name : all) {
            assertTrue(help.out().contains("  " + name + " "), help.out());
        }
    }

    @Test
    void buildWritesTheSiteAndPrintsOneSummaryLine() throws IOException {
        Path site = site();
        Run r = run("build", "--source", site.toString());
        assertEquals(0, r.code(), r.err());
        // The first build has no build cache yet, and says so in one line; the next one says nothing.
        assertEquals("note: no build cache in " + site.toAbsolutePath().normalize().resolve(".briefkit-cache")
                + " yet; this run does everything and keeps what it makes there for the next\n", r.err().replace("\r", ""));
        assertEquals("", run("build", "--source", site.toString()).err());
        r = run("build", "--source", site.toString());
        assertTrue(r.out().matches("Built 3 entries \\(talking-points 1, proposals 1, countries 1\\) into .*wcit/site/: "
                + "16 pages, 35 files in [0-9.]+ s\\n"), r.out());
        assertTrue(Files.readString(site.resolve("site/talking-points/tp-1/index.html"))
                .contains("<a href=\"../../proposals/ru-8.4/index.html\">Russia: New Article 8.4</a>"));
    }

    @Test
    void cacheOptionsPutTheCacheElsewhereOrDoWithoutIt() throws IOException {
        Path site = site();
        Path elsewhere = tmp.resolve("elsewhere-cache");
        Run r = run("build", "--source", site.toString(), "--cache", elsewhere.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(elsewhere.resolve("parsed.bin")) && Files.exists(elsewhere.resolve("render-build.bin")));
        assertTrue(Files.readString(elsewhere.resolve(".gitignore")).contains("*"), "git ignores the cache");
        assertFalse(Files.exists(site.resolve(".briefkit-cache")), "nothing in the site folder");
        // check keeps its own state in the same cache, and says nothing once it has one.
        assertEquals(0, run("check", "--source", site.toString(), "--cache", elsewhere.toString()).code());
        assertTrue(Files.exists(elsewhere.resolve("render-check.bin")));
        Run again = run("check", "--source", site.toString(), "--cache", elsewhere.toString());
        assertEquals("", again.err());

        Run none = run("build", "--source", site.toString(), "--no-cache");
        assertEquals(0, none.code(), none.err());
        assertEquals("", none.err(), "no note without a cache");
        assertFalse(Files.exists(site.resolve(".briefkit-cache")), "--no-cache writes no cache");

        Run inside = run("build", "--source", site.toString(), "--cache", site.resolve("content/cache").toString());
        assertEquals(Main.EXIT_USAGE, inside.code());
        assertTrue(inside.err().contains("is inside content/"), inside.err());
    }

    @Test
    void verboseShowsTheStagesAndTheSlowestTemplates() throws IOException {
        Path site = site();
        Run r = run("build", "--verbose", "--source", site.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(0).matches("stages: config \\d+ ms scan \\d+ ms parse \\d+ ms .*"), r.err());
        String templates = lines.get(1);
        assertTrue(templates.startsWith("templates: "), r.err());
        // Which templates are slowest varies from run to run; the site uses more than eight.
        List<String> shown = List.of(templates.substring("templates: ".length()).split(", "));
        assertEquals(Console.TEMPLATES_SHOWN, shown.size(), templates);
        int pages = 0;
        for (String t : shown) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[a-z0-9/-]+\\.ftlh \\d+ ms (\\d+) pages?").matcher(t);
            assertTrue(m.matches(), t);
            pages += Integer.parseInt(m.group(1));
        }
        assertTrue(pages >= Console.TEMPLATES_SHOWN && pages < 16, "each page counts for its template once: " + templates);
    }

    @Test
    void contentErrorsExitWithOneAndLeaveTheOldSite() throws IOException {
        Path site = site();
        assertEquals(0, run("build", "--source", site.toString()).code());
        String before = Files.readString(site.resolve("site/index.html"));
        Files.writeString(site.resolve("content/talking-points/tp-1.md"), "---\ntitle: Reject\nproposals: [RU-8.5]\n---\n");
        Run r = run("build", "--source", site.toString(), "--out", site.resolve("site").toString());
        assertEquals(1, r.code());
        assertEquals("""
                content/talking-points/tp-1.md:3:13: error: unknown proposal 'RU-8.5' in 'proposals'; did you mean 'RU-8.4'?
                 3 | proposals: [RU-8.5]
                   |             ^
                Build failed: 1 error, 0 warnings; %s/ was left as it was
                """.formatted(site.resolve("site")), r.err());
        assertEquals("", r.out());
        assertEquals(before, Files.readString(site.resolve("site/index.html")));
    }

    @Test
    void githubFormatAnnotatesTheOffendingLine() throws IOException {
        Path site = site();
        Files.writeString(site.resolve("content/talking-points/tp-1.md"), "---\ntitle: Reject\nproposals: [RU-8.5]\n---\n");
        Run r = run("check", "--source", site.toString(), "--format", "github");
        assertEquals(1, r.code());
        assertEquals("::error file=content/talking-points/tp-1.md,line=3,col=13,title=briefkit::unknown proposal 'RU-8.5' "
                + "in 'proposals'; did you mean 'RU-8.4'?\n", r.out());
        assertTrue(r.err().startsWith("content/talking-points/tp-1.md:3:13: error:"), r.err());
    }

    @Test
    void jsonFormatIsOneDocumentOnStandardOutput() throws IOException {
        Path site = site();
        Files.writeString(site.resolve("content/talking-points/tp-1.md"), "---\ntitle: \"Reject\"\nproposals: [RU-8.5]\n---\n");
        Run r = run("check", "--source", site.toString(), "--format", "json", "--no-cache");
        assertEquals(1, r.code());
        assertEquals("", r.err());
        assertEquals("{\"diagnostics\":[{\"severity\":\"error\",\"file\":\"content/talking-points/tp-1.md\",\"line\":3,"
                + "\"column\":13,\"message\":\"unknown proposal 'RU-8.5' in 'proposals'; did you mean 'RU-8.4'?\",\"hint\":\"\","
                + "\"suggestion\":\"RU-8.4\","
                + "\"sourceLine\":\"proposals: [RU-8.5]\"}],\"errors\":1,\"warnings\":0}\n", r.out());
    }

    @Test
    void baseUrlOptionReplacesTheConfiguredOne() throws IOException {
        Path site = site();
        assertEquals(0, run("build", "--source", site.toString(), "--base-url", "https://advocates.example.org/wcit").code());
        assertTrue(Files.readString(site.resolve("site/proposals/ru-8.4/index.html"))
                .contains("<link rel=\"canonical\" href=\"https://advocates.example.org/wcit/proposals/ru-8.4/\">"));
        Run bad = run("build", "--source", site.toString(), "--base-url", "wcit");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--base-url must be an absolute http(s) URL"), bad.err());
    }

    @Test
    void checkWritesNothing() throws IOException {
        Path site = site();
        Run r = run("check", "--source", site.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Checked 3 entries"), r.out());
        assertFalse(Files.exists(site.resolve("site")));
        Files.writeString(site.resolve("content/countries/RU.md"), "---\ntitle: [x\n---\n");
        assertEquals(1, run("check", "--source", site.toString()).code());
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        Run unknown = run("build", "--frobnicate");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Unknown option: '--frobnicate'"), unknown.err());
        Run notSite = run("build", "--source", tmp.toString());
        assertEquals(2, notSite.code());
        assertTrue(notSite.err().contains("is not a briefkit site"), notSite.err());
        Run missing = run("build", "--source", tmp.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertEquals(2, run().code());
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws IOException {
        Path site = site();
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("keep.txt"), "mine");
        Run r = run("build", "--source", site.toString(), "--out", docs.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("holds files briefkit did not write"), r.err());
        assertEquals("mine", Files.readString(docs.resolve("keep.txt")));
    }

    @Test
    void refusesAnOutputThatContainsTheSourceOrLiesInIt() throws IOException {
        Path site = site();
        Run parent = run("build", "--source", site.toString(), "--out", tmp.toString());
        assertEquals(2, parent.code());
        assertTrue(parent.err().contains("contains the site folder"), parent.err());
        Run inside = run("build", "--source", site.toString(), "--out", site.resolve("content/out").toString());
        assertEquals(2, inside.code());
        assertTrue(inside.err().contains("is inside content/"), inside.err());
        assertEquals(2, run("build", "--source", site.toString(), "--out", site.toString()).code());
    }

    @Test
    void jsonProblemsValidateAgainstTheirSchemaWithTheSuggestion() throws IOException {
        Path site = site();
        Files.writeString(site.resolve("content/talking-points/tp-1.md"), "---\ntitle: Reject\nsumary: x\nproposals: [RU-8.5, ZZ]\n---\n");
        Run r = run("check", "--source", site.toString(), "--format", "json");
        assertEquals(1, r.code());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("docs/schema/diagnostics.schema.json")));
        assertEquals(Set.of(), schema.validate(doc));
        assertEquals(List.of("summary", "RU-8.4", ""), doc.get("diagnostics").findValuesAsText("suggestion"));
    }

    @Test
    void unwritableOutputIsReportedWithoutAStackTrace() throws IOException {
        Path site = site();
        Run r = run("build", "--source", site.toString(), "--out", "/proc/briefkit-out");
        assertEquals(2, r.code(), "a failure of the file system, not a bug");
        assertTrue(r.err().startsWith("error: "), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void versionAndHelp() {
        Run v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("briefkit "), v.out());
        Run h = run("build", "--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("--drafts") && h.out().contains("--lenient") && h.out().contains("--out"), h.out());
    }

    @Test
    void symlinkLeavingTheSiteIsReportedAndNotRead() throws IOException {
        Path site = site();
        Path secret = Files.writeString(tmp.resolve("secret.md"), "---\ntitle: SECRET\n---\n");
        Files.createSymbolicLink(site.resolve("content/countries/leak.md"), secret);
        Run r = run("build", "--source", site.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("content/countries/leak.md: error: symbolic link leads outside the site folder"), r.err());
        assertFalse(Files.exists(site.resolve("site")));
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() throws IOException {
        Path site = site();
        Files.write(site.resolve("content/countries/FR.md"), "---\ntitle: R\u00e9publique\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run("check", "--source", site.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("content/countries/FR.md:2:9: error: invalid UTF-8: byte 0xE9 at byte offset 12"), r.err());
    }

    @Test
    void hugeFilesAreRefusedQuickly() throws IOException {
        Path site = site();
        try (RandomAccessFile f = new RandomAccessFile(site.resolve("content/countries/BIG.md").toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("check", "--source", site.toString()));
        assertEquals(1, r.code());
        assertTrue(r.err().contains("content/countries/BIG.md: error: file is too large (50.0 MB; the limit is 10 MB)"), r.err());
    }

    @Test
    void javaObjectsInFrontMatterAreRefused() throws IOException {
        Path site = site();
        Files.writeString(site.resolve("content/countries/X.md"),
                "---\ntitle: x\nexploit: !!javax.script.ScriptEngineManager [!!URLClassLoader [[!!URL [\"http://localhost:1/\"]]]]\n---\n");
        Run r = run("check", "--source", site.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("content/countries/X.md:3:10: error: YAML tag '!!javax.script.ScriptEngineManager' is not allowed"), r.err());
    }
}
