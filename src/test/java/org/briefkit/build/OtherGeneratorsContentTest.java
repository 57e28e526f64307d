package org.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.briefkit.testing.Cli;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders of {@code shared/fixtures/real-shapes} (copied under {@code src/test/resources}) in shapes that
 * content written for other generators has, built for real with the command line.
 */
class OtherGeneratorsContentTest {
    @TempDir
    Path tmp;

    /** Builds a copy of the fixture {@code name}; returns the run. */
    private Cli.Run build(String name) throws IOException, URISyntaxException {
        Path from = Path.of(getClass().getResource("/real-shapes/" + name).toURI());
        Path site = tmp.resolve(name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path to = site.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return Cli.run("build", "--source", site.toString(), "--out", tmp.resolve("out").toString());
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(tmp.resolve("out").resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void aFormFeedIsWhiteSpace() throws Exception {
        Cli.Run run = build("form-feed");
        assertEquals(0, run.code(), run.err());
        assertFalse(run.err().contains("warning"), run.err());
        Document page = page("notes/ff/index.html");
        List<String> paragraphs = page.select("main p[id^=p_]").stream().map(Element::ownText).toList();
        assertEquals(List.of("First paragraph.", "Second paragraph."), paragraphs);
        assertFalse(page.html().contains("\ufffd"));
    }

    @Test
    void aDateWithATimeIsADateAndKeepsItsTime() throws Exception {
        Cli.Run run = build("datetime-field");
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(tmp.resolve("out/feed.xml")).contains("<updated>2015-11-18T12:09:25Z</updated>"));
        assertTrue(Files.readString(tmp.resolve("out/data/posts.json")).contains("\"updated\":\"2015-11-18T12:09:25\""));
        assertEquals("Updated November 18, 2015", page("posts/p/index.html").select("article p.meta").text());
    }

    @Test
    void tomlFrontMatterIsReadAsHugoReadsIt() throws Exception {
        Cli.Run run = build("toml-front-matter");
        assertEquals(0, run.code(), run.err());
        assertFalse(run.err().contains("warning"), run.err());
        assertEquals("Chapter one", page("chapters/one/index.html").select("main h1").text());
        String data = Files.readString(tmp.resolve("out/data/chapters.json"));
        assertTrue(data.contains("\"weight\":1,") && data.contains("\"date\":\"2016-03-01T10:00:00Z\""), data);
    }
}
