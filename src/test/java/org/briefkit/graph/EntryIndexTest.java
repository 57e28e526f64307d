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
        assertEquals("methods/survey/", index.get("Survey").path());
        assertNull(index.get("survey"), "IDs are exact; only URLs are lower-case");
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
        assertNull(index.get("old"));
        assertEquals("content/methods/old.md", index.draft("old").path());
        assertSame(index.get("jd"), index.keys("authors").get("Jane Doe"));
        assertSame(index.get("jd"), index.byAnyKey("Jane Doe"));
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
                "content/methods/jd.md:1:1: error: duplicate ID 'jd': content/authors/jd.md has it too",
                "content/methods/survey.md:1:1: error: ID 'survey' has the same URL (methods/survey/) as 'Survey' in "
                        + "content/methods/Survey.md",
                "content/authors/jd2.md:1:1: error: two entries of 'authors' have the title 'Jane Doe': "
                        + "references to it are ambiguous (the other is content/authors/jd.md)"),
                index.problems().stream().map(Diagnostic::headline).toList());
        assertEquals(List.of("IDs must be unique across the whole site",
                "URLs use the lower-case ID; IDs that differ only in case cannot both exist", ""),
                index.problems().stream().map(Diagnostic::hint).toList());
        assertEquals("content/authors/jd.md", index.get("jd").entry().path(), "the first of two keeps the ID");
        assertNull(index.get("survey"));
        assertSame(index.get("jd"), index.keys("authors").get("Jane Doe"), "the first in listing order keeps the key");
    }
}
