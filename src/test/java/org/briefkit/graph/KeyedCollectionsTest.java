package org.briefkit.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefkit.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A site with its own collections, where references match a field other than the ID. */
class KeyedCollectionsTest {
    private static final String SITE = """
            -- site.yml --
            title: Methods toolkit
            collections:
              activities:
                title: Activities
                references: {authors: authors, methods: methods}
              authors:
                key: title
              methods: {}
            -- content/activities/mapping.md --
            ---
            title: Community mapping
            authors: [Jane Doe, "Ali Hassan"]
            methods: [survey]
            ---
            By [[Jane Doe]].
            -- content/authors/jd.md --
            ---
            title: Jane Doe
            ---
            -- content/authors/ah.md --
            ---
            title: Ali Hassan
            ---
            -- content/methods/survey.md --
            ---
            title: Survey
            ---
            """;

    @Test
    void referencesMatchTheKeyField() {
        TestSite.Built b = TestSite.of(SITE).build();
        assertTrue(b.ok(), b.all().toString());
        Document page = b.page("activities/mapping/index.html");
        assertEquals(List.of("Jane Doe", "Ali Hassan", "Survey"), page.select("dl.refs a").eachText());
        assertEquals("../../authors/jd/index.html", page.selectFirst(".body a").attr("href"));
        assertEquals(List.of("Community mapping"), b.page("authors/ah/index.html").select(".backlinks a").eachText());
    }

    @Test
    void unknownKeysSuggestTheClosest() {
        TestSite.Built b = TestSite.of(SITE.replace("\"Ali Hassan\"", "Ali Hasan")).build();
        assertEquals(List.of("content/activities/mapping.md:3:21: error: unknown author 'Ali Hasan' in 'authors' "
                + "(matched by title); did you mean 'Ali Hassan'?"), b.errors());
    }

    @Test
    void ambiguousKeysAreErrors() {
        TestSite.Built b = TestSite.of(SITE).put("content/authors/jd2.md", "---\ntitle: Jane Doe\n---\n").build();
        assertEquals(List.of("content/authors/jd2.md:2:8: error: two entries of authors have the title 'Jane Doe': "
                + "references to it are ambiguous (the other is content/authors/jd.md)"), b.errors());
    }
}
