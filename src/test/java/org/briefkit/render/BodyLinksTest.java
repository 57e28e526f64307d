package org.briefkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.briefkit.config.SiteConfig;
import org.briefkit.config.SiteConfigParser;
import org.briefkit.model.Body;
import org.junit.jupiter.api.Test;

/** Where links written in Markdown to paths of the site lead, and how pages write them. */
class BodyLinksTest {
    private static final List<String> FILES = List.of("index.html", "notes/index.html", "notes/b/index.html",
            "notes/my-note/index.html", "notes/ru-8.4/index.html", "img/Logo.png", "caf\u00e9 menu.pdf",
            "es/index.html", "es/notes/index.html", "es/notes/b/index.html", "es/notes/my-note/index.html", "es/notes/ru-8.4/index.html");

    private static BodyLinks links(String links) {
        SiteConfig config = SiteConfigParser.parse("title: T\nlanguages: [en, es]\nlinks: " + links + "\ncollections:\n  notes: {}\n")
                .config();
        return new BodyLinks(config, new SitePaths(FILES, path -> path.equals("feed.xml") || path.equals("es/feed.xml")));
    }

    private static final BodyLinks FILE = links("file");

    private static String where(String url, String folder, String prefix) {
        BodyLinks.Target t = FILE.resolve(url, folder, prefix);
        return t.kind() + " " + t.path();
    }

    @Test
    void pagesAreWrittenWithTheirFileAndFilesAsTheyAre() {
        assertEquals("PAGE notes/b/index.html", where("/notes/b/", "notes/a/", ""));
        assertEquals("PAGE notes/b/index.html", where("/notes/b", "notes/a/", ""));
        assertEquals("PAGE notes/ru-8.4/index.html#x", where("/notes/ru-8.4#x", "notes/a/", ""));
        assertEquals("PAGE index.html", where("/", "notes/a/", ""));
        assertEquals("PAGE notes/b/index.html?q=1", where("../b/?q=1", "notes/a/", ""));
        assertEquals("PAGE notes/index.html", where("..", "notes/a/", ""));
        assertEquals("FILE img/Logo.png", where("/img/Logo.png", "notes/a/", ""));
        assertEquals("FILE caf%C3%A9%20menu.pdf", where("../../caf%C3%A9%20menu.pdf", "notes/a/", ""));
        assertEquals("FILE feed.xml", where("/feed.xml", "notes/a/", ""));
        BodyLinks directory = links("directory");
        assertEquals("notes/b/", directory.resolve("/notes/b", "notes/a/", "").path());
        assertEquals("./", directory.resolve("/", "notes/a/", "").path());
    }

    @Test
    void aSiteAbsoluteLinkInALanguageTreeLeadsToThatTreesPageWhenThereIsOne() {
        assertEquals("PAGE es/notes/b/index.html", where("/notes/b/", "es/notes/a/", "es/"));
        assertEquals("PAGE es/index.html", where("/", "es/notes/a/", "es/"));
        assertEquals("FILE es/feed.xml", where("/feed.xml", "es/notes/a/", "es/"));
        assertEquals("FILE img/Logo.png", where("/img/Logo.png", "es/notes/a/", "es/"));
        assertEquals("PAGE es/notes/b/index.html", where("/es/notes/b/", "notes/a/", ""));
        assertEquals("PAGE es/notes/b/index.html", where("/es/notes/b/", "es/notes/a/", "es/"));
        assertEquals("PAGE es/notes/b/index.html", where("../b", "es/notes/a/", "es/"));
    }

    @Test
    void pathsKeepTheirCaseAndAnotherCaseLeadsToTheMatchAndIsNotFound() {
        BodyLinks.Target t = FILE.resolve("../My-Note/#top", "notes/a/", "");
        assertEquals(List.of(BodyLinks.Kind.OTHER_CASE, "notes/my-note/index.html#top", "notes/My-Note/", "notes/my-note/"),
                List.of(t.kind(), t.path(), t.tried(), t.found()));
        assertEquals("OTHER_CASE img/Logo.png", where("/img/logo.png", "notes/a/", ""));
        assertEquals("OTHER_CASE es/notes/my-note/index.html", where("/notes/My-Note", "es/notes/a/", "es/"));
    }

    @Test
    void missingTargetsAndLinksOutOfTheSite() {
        BodyLinks.Target t = FILE.resolve("/Notes/c/", "es/notes/a/", "es/");
        assertEquals(List.of(BodyLinks.Kind.MISSING, "Notes/c/", "Notes/c/"), List.of(t.kind(), t.path(), t.tried()));
        assertEquals("MISSING notes/b.md", where("../b.md", "notes/a/", ""));
        assertEquals("OUTSIDE null", where("../../../x", "notes/a/", ""));
    }

    @Test
    void pagesWriteFoundLinksFromTheRootAndOthersAsWritten() {
        assertEquals(Body.ROOT + "notes/b/index.html?a=1&amp;b=2", FILE.write("/notes/b?a=1&amp;b=2", "notes/a/", ""));
        assertEquals(Body.ROOT + "notes/b/index.html", FILE.write("../b/", "notes/a/", ""));
        assertEquals(Body.ROOT + "notes/my-note/index.html", FILE.write("../My-Note/", "notes/a/", ""));
        assertEquals(Body.ROOT + "Notes/c/", FILE.write("/Notes/c/", "notes/a/", ""));
        assertEquals("../c/", FILE.write("../c/", "notes/a/", ""));
        assertEquals("../../../x", FILE.write("../../../x", "notes/a/", ""));
        assertEquals(Body.ROOT + "notes/b/", BodyLinks.asWritten("/notes/b/"));
        assertEquals("../b/", BodyLinks.asWritten("../b/"));
    }

    @Test
    void normaliseKeepsFoldersAndRefusesToClimbAboveTheRoot() {
        assertEquals("notes/b/", BodyLinks.normalise("notes/a/../b/"));
        assertEquals("notes/", BodyLinks.normalise("notes/a/.."));
        assertEquals("notes/a/b.pdf", BodyLinks.normalise("notes/a/./b.pdf"));
        assertEquals("", BodyLinks.normalise("notes/a/../../"));
        assertEquals(null, BodyLinks.normalise("notes/../../x"));
    }

    @Test
    void writingRecordsTheCollectionsLookedIn() {
        Tracking.Deps deps = new Tracking.Deps();
        Tracking.start(deps);
        try {
            FILE.write("/notes/c/", "es/notes/a/", "es/");
            FILE.write("/img/Logo.png", "notes/a/", "");
        } finally {
            Tracking.stop();
        }
        assertEquals(Set.of("en:notes", "es:notes"), deps.collections());
    }
}
