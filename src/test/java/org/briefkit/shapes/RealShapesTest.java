package org.briefkit.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefkit.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The tiny sites of {@code src/test/resources/real-shapes/} (copied from the shared fixtures), each
 * in a shape that real toolkits written for other generators use, build as their "wanted" column
 * in the folder's README says.
 */
class RealShapesTest {
    private static TestSite.Built build(String shape) {
        return TestSite.fromResources("real-shapes/" + shape).build();
    }

    @Test
    void collectionTitlesAreTranslated() {
        TestSite.Built b = build("translated-collection-titles");
        assertEquals(List.of(), b.all());
        Document fr = b.page("fr/notes/index.html");
        assertEquals("Remarques", fr.selectFirst("main h1").text());
        assertTrue(b.page("notes/index.html").selectFirst("main h1").text().equals("Notes"));
    }

    @Test
    void aDeclaredPagesCollectionIsInTheMenu() {
        TestSite.Built b = build("pages-collection-in-nav");
        assertEquals(List.of(), b.all());
        Document home = b.page("index.html");
        assertEquals(List.of("Chapters", "Pages", "Search"), home.select(".site-nav a").eachText());
        assertEquals(List.of("Chapters", "Pages"), home.select("main section h2").eachText());
    }
}
