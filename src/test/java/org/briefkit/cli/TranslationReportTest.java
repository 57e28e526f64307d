package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefkit.build.LanguagesTest;
import org.briefkit.testing.Cli;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefkit check --translations} on a real folder, as a translator uses it. */
class TranslationReportTest {
    @TempDir
    Path tmp;

    private Path site() throws IOException {
        return TestSite.of(LanguagesTest.SITE).writeTo(tmp.resolve("site"));
    }

    @Test
    void listsStaleTranslationsAsWarningsAndMissingPagesPerLanguage() throws IOException {
        Path site = site();
        Cli.Run r = Cli.run("check", "--translations", "--source", site.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("""
                content/talking-points/tp-b.fr.md:1:1: warning: stale translation: content/talking-points/tp-b.md was \
                updated on 2012-12-05, this translation on 2012-11-30
                """), r.err());
        assertTrue(r.err().contains("content/talking-points/tp-c.fr.md:1:1: warning: stale translation: "
                + "content/talking-points/tp-c.md has changed since it was translated (sourceHash 000000000000 recorded here, "
                + "the original's is now "), r.err());
        String out = r.out();
        assertTrue(out.startsWith("fr (Français): 4 of 6 pages translated, 2 stale, 2 missing:\n"), out);
        assertTrue(out.contains("\n  content/countries/RU.fr.md  (translates content/countries/RU.md; sourceHash: "), out);
        assertTrue(out.contains("ar (العربية): 1 of 6 pages translated, 0 stale, 5 missing:\n"), out);
        assertTrue(out.contains("\n  content/_index.ar.md  (translates content/_index.md; sourceHash: "), out);
    }

    @Test
    void recordingTheHashAMissingPageShowsMakesATranslationCurrentUntilTheOriginalChanges() throws IOException {
        Path site = site();
        Matcher m = Pattern.compile("content/countries/RU\\.fr\\.md  \\(translates content/countries/RU\\.md; sourceHash: ([0-9a-f]{12})\\)")
                .matcher(Cli.run("check", "--translations", "--source", site.toString()).out());
        assertTrue(m.find());
        Files.writeString(site.resolve("content/countries/RU.fr.md"),
                "---\ntitle: Fédération de Russie\nsourceHash: \"" + m.group(1) + "\"\n---\n");
        Cli.Run r = Cli.run("check", "--translations", "--source", site.toString(), "--format", "github");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("fr (Français): 5 of 6 pages translated, 2 stale, 1 missing:"), r.out());
        assertTrue(!r.out().contains("RU.fr.md"), r.out());

        Files.writeString(site.resolve("content/countries/RU.md"), "---\ntitle: Russian Federation\n---\nProposed RU-8.4.\n");
        r = Cli.run("check", "--translations", "--source", site.toString(), "--format", "github");
        assertTrue(r.out().contains("::warning file=content/countries/RU.fr.md,line=1,col=1,title=briefkit::stale translation: "
                + "content/countries/RU.md has changed since it was translated (sourceHash " + m.group(1)), r.out());
        assertTrue(r.out().contains("fr (Français): 5 of 6 pages translated, 3 stale, 1 missing:"), r.out());
    }

    @Test
    void jsonGivesEditorsToolsTheWholeStatus() throws IOException {
        Path site = site();
        Cli.Run r = Cli.run("check", "--translations", "--source", site.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        String json = r.out();
        assertTrue(json.startsWith("{\"diagnostics\":[{\"severity\":\"warning\",\"file\":\"content/talking-points/tp-b.fr.md\""), json);
        assertTrue(json.contains(",\"translations\":[{\"lang\":\"fr\",\"total\":6,\"translated\":4,\"missing\":[{\"collection\":"
                + "\"countries\",\"id\":\"RU\",\"original\":\"content/countries/RU.md\",\"translation\":\"content/countries/RU.fr.md\""), json);
        assertTrue(json.contains("{\"collection\":\"talking-points\",\"id\":\"tp-b\",\"original\":\"content/talking-points/tp-b.md\","
                + "\"translation\":\"content/talking-points/tp-b.fr.md\",\"reason\":\"date\","), json);
        assertTrue(json.endsWith("}\n"), json);
    }

    @Test
    void aSiteInOneLanguageHasNothingToTranslate() throws IOException {
        Path site = TestSite.of(CliTest.SITE).writeTo(tmp.resolve("one"));
        Cli.Run r = Cli.run("check", "--translations", "--source", site.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("The site has one language: nothing to translate (list more under languages: in site.yml).\n", r.out());
    }
}
