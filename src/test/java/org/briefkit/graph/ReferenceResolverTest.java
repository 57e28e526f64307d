package org.briefkit.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.briefkit.config.CollectionConfig;
import org.briefkit.diag.Diagnostic;
import org.briefkit.model.Entry;
import org.briefkit.model.InlineRef;
import org.briefkit.model.Ref;
import org.junit.jupiter.api.Test;

/** Each way a reference resolves or fails, with the exact wording an author sees. */
class ReferenceResolverTest {
    private static final String SITE = Parsed.TOOLKIT + """
            -- content/activities/mapping.md --
            ---
            title: Community mapping
            authors: [Jane Doe, Jane Do]
            methods: [survey, surveys, jd, old]
            ---
            [[survey#method-steps]] [[Jane Doe]] [[survy]] [[old]] [[#steps]] [[survey#metod-steps]] [[jd#intro]]
            -- content/methods/old.md --
            ---
            title: Old
            draft: true
            ---
            """;

    private final Parsed site = Parsed.of(SITE);
    private final EntryIndex index = site.index();
    private final ReferenceResolver resolver = new ReferenceResolver(index);
    private final Entry mapping = site.entry("mapping");

    private ReferenceResolver.Resolution field(String field, int i) {
        CollectionConfig target = site.config().collection(site.config().collection("activities").references().get(field));
        return resolver.field(mapping, field, mapping.refs().get(field).get(i), target);
    }

    private ReferenceResolver.Resolution inline(int i) {
        return resolver.inline(mapping, mapping.body().refs().get(i));
    }

    private static String shown(ReferenceResolver.Resolution r) {
        Diagnostic d = r.problem();
        return d.headline() + (d.hint().isEmpty() ? "" : " | " + d.hint());
    }

    @Test
    void fieldValuesResolveInTheFieldsCollection() {
        assertSame(index.get("survey"), field("methods", 0).target());
        assertNull(field("methods", 0).problem());
        assertSame(index.get("jd"), field("authors", 0).target(), "matched by title");
    }

    @Test
    void fieldValuesThatDoNotResolveSayWhy() {
        assertEquals("content/activities/mapping.md:4:19: error: unknown method 'surveys' in 'methods'; did you mean 'survey'?",
                shown(field("methods", 1)));
        assertEquals("content/activities/mapping.md:4:28: error: 'jd' is in authors, but 'methods' refers to methods"
                + " | list it under the field for authors, or name an entry of methods", shown(field("methods", 2)));
        assertEquals("content/activities/mapping.md:4:32: error: 'old' is a draft (content/methods/old.md) and is not part of"
                + " this build | publish it (remove 'draft: true') or build with --drafts", shown(field("methods", 3)));
        assertEquals("content/activities/mapping.md:3:21: error: unknown author 'Jane Do' in 'authors' (matched by title);"
                + " did you mean 'Jane Doe'?", shown(field("authors", 1)));
        assertNull(field("methods", 1).target());
    }

    @Test
    void aFieldWithoutACollectionResolvesToNothingQuietly() {
        ReferenceResolver.Resolution r = resolver.field(mapping, "methods", new Ref("survey", 4, 11), null);
        assertNull(r.target());
        assertNull(r.problem());
    }

    @Test
    void inlineReferencesResolveByIdOrKeyWithTheirHeading() {
        assertSame(index.get("survey"), inline(0).target());
        assertSame(index.get("jd"), inline(1).target());
        assertNull(inline(1).problem());
    }

    @Test
    void inlineReferencesThatDoNotResolveSayWhy() {
        assertEquals("content/activities/mapping.md:6:38: error: unknown reference [[survy]]; did you mean 'survey'?",
                shown(inline(2)));
        assertEquals("content/activities/mapping.md:6:48: error: 'old' is a draft (content/methods/old.md) and is not part of"
                + " this build | publish it (remove 'draft: true') or build with --drafts", shown(inline(3)));
        assertEquals("content/activities/mapping.md:6:56: error: empty reference [[#steps]] | write [[ID]], [[ID|text]] or"
                + " [[ID#heading]]", shown(inline(4)));
        assertEquals("content/activities/mapping.md:6:67: error: 'survey' has no heading '#metod-steps'; did you mean"
                + " 'method-steps'? | its headings: method-steps, sampling", shown(inline(5)));
        assertEquals("content/activities/mapping.md:6:90: error: 'jd' has no heading '#intro' | it has no headings",
                shown(inline(6)));
    }

    @Test
    void suggestionsStopAfterFiveHundred() {
        InlineRef typo = mapping.body().refs().get(2);
        for (int i = 0; i <= 500; i++) {
            assertTrue(shown(resolver.inline(mapping, typo)).endsWith("did you mean 'survey'?"), "suggestion " + i);
        }
        assertEquals("content/activities/mapping.md:6:38: error: unknown reference [[survy]]", shown(resolver.inline(mapping, typo)));
    }

    @Test
    void aValueListedTwiceIsAWarning() {
        assertEquals("content/activities/mapping.md:4:11: warning: 'survey' is listed twice in 'methods'",
                ReferenceResolver.listedTwice(mapping, "methods", new Ref("survey", 4, 11)).headline());
    }
}
