package org.briefkit.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.briefkit.diag.Diagnostic;
import org.junit.jupiter.api.Test;

class EntryIndexTest {
    private static final String SITE = """
            -- site.yml --
            title: Index test
            collections:
              methods: {}
              authors:
                key: title
            -- content/_index.md --
            ---
            title: Home
            ---
            -- content/methods/_index.md --
            ---
            title: All methods
            ---
            -- content/methods/Survey.md --
            ---
            title: survey
            ---
            -- content/methods/mapping.md --
            ---
            title: Mapping
            weight: 1
            ---
            -- content/methods/interviews.md --
            ---
            title: Survey
            ---
            -- content/methods/old.md --
            ---
            title: Old
            draft: true
            ---
            -- content/authors/jd.md --
            ---
            title: Jane Doe
            ---
            """;

    @Test
    void entriesByIdWithTheirPagesAndSections() {
        EntryIndex index = Parsed.of(SITE).index();
        assertEquals("methods/survey/", index.get("methods", "Survey").path());
        assertNull(index.get("methods", "survey"), "IDs are exact; only URLs are lower-case");
        assertNull(index.get("authors", "Survey"), "IDs belong to a collection");
        assertEquals("", index.sections().get("").path());
        assertEquals("methods/", index.sections().get("methods").path());
        assertEquals(List.of("Survey", "interviews", "jd", "mapping"), index.published().stream().map(SiteEntry::id).sorted().toList());
        assertEquals(List.of(), index.problems());
    }

    @Test
    void collectionsInListingOrderWeightThenTitleThenId() {
        EntryIndex index = Parsed.of(SITE).index();
        assertEquals(List.of("mapping", "Survey", "interviews"), index.byCollection().get("methods").stream().map(SiteEntry::id).toList());
        assertEquals(List.of("methods", "authors"), List.copyOf(index.byCollection().keySet()));
    }

    @Test
    void draftsAndKeysAreLookedUpApart() {
        EntryIndex index = Parsed.of(SITE).index();
        assertNull(index.get("methods", "old"));
        assertEquals("content/methods/old.md", index.drafts("old").get(0).path());
        assertSame(index.get("authors", "jd"), index.keys("authors").get("Jane Doe"));
        assertEquals(List.of(index.get("authors", "jd")), index.withKey("Jane Doe"));
        assertEquals(List.of(), List.copyOf(index.keys("methods").keySet()));
        assertEquals(List.of("Survey", "interviews", "mapping"), index.idsIn("methods").stream().sorted().toList());
    }

    @Test
    void duplicateIdsUrlsAndKeysAreErrors() {
        EntryIndex index = Parsed.of(SITE + """
                -- content/methods/jd.md --
                ---
                title: Jane
                ---
                -- content/methods/Jd2.md --
                ---
                id: jd
                title: Jane again
                ---
                -- content/methods/survey.md --
                ---
                title: Another survey
                ---
                -- content/authors/jd2.md --
                ---
                title: Jane Doe
                ---
                """).index();
        assertEquals(List.of(
                "content/methods/jd.md:1:1: error: duplicate ID 'jd' in methods: content/methods/Jd2.md has it too",
                "content/methods/survey.md:1:1: error: ID 'survey' has the same URL (methods/survey/) as 'Survey' in "
                        + "content/methods/Survey.md"),
                index.problems().stream().map(Diagnostic::headline).toList());
        assertEquals(List.of("IDs must be unique within a collection; set 'id:' to tell them apart",
                "URLs use the lower-case ID; IDs that differ only in case cannot both exist"),
                index.problems().stream().map(Diagnostic::hint).toList());
        assertEquals(List.of("content/authors/jd2.md:2:8: error: two entries of authors have the title 'Jane Doe': "
                        + "references to it are ambiguous (the other is content/authors/jd.md) | give one of them another"
                        + " title; references go to content/authors/jd.md until then"),
                index.ambiguities().stream().map(d -> d.headline() + " | " + d.hint()).toList());
        assertEquals("content/methods/Jd2.md", index.get("methods", "jd").entry().path(), "the first of two keeps the ID");
        assertEquals("content/authors/jd.md", index.get("authors", "jd").entry().path(), "one ID in two collections is fine");
        assertEquals(List.of("methods", "authors"), index.withId("jd").stream().map(SiteEntry::collection).toList());
        assertNull(index.get("methods", "survey"));
        assertSame(index.get("authors", "jd"), index.keys("authors").get("Jane Doe"), "the first by path keeps the key");
    }
}
