package org.briefkit.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
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
    private final ReferenceResolver resolver = new ReferenceResolver(index, SiteKeys.NONE, site.config(), Set.of());
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
        assertSame(index.get("methods", "survey"), field("methods", 0).target());
        assertNull(field("methods", 0).problem());
        assertSame(index.get("authors", "jd"), field("authors", 0).target(), "matched by title");
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
        assertSame(index.get("methods", "survey"), inline(0).target());
        assertSame(index.get("authors", "jd"), inline(1).target());
        assertNull(inline(1).problem());
    }

    @Test
    void inlineReferencesThatDoNotResolveSayWhy() {
        assertEquals("content/activities/mapping.md:6:38: error: unknown reference [[survy]]; did you mean 'survey'?",
                shown(inline(2)));
        assertEquals("content/activities/mapping.md:6:48: error: 'old' is a draft (content/methods/old.md) and is not part of"
                + " this build | publish it (remove 'draft: true') or build with --drafts", shown(inline(3)));
        assertEquals("content/activities/mapping.md:6:56: error: empty reference [[#steps]] | write [[ID]], [[collection/ID]],"
                + " [[ID|text]] or [[ID#heading]]", shown(inline(4)));
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

    @Test
    void oneIdInTwoCollectionsNeedsItsCollectionNamed() {
        Parsed two = Parsed.of(SITE + """
                -- content/authors/survey.md --
                ---
                title: Survey Team
                ---
                -- content/activities/other.md --
                ---
                title: Other
                methods: [methods/survey]
                ---
                [[survey]] [[methods/survey]] [[authors/survey]] [[notes/survey]] [[methods/survy]]
                """);
        EntryIndex idx = two.index();
        ReferenceResolver r = new ReferenceResolver(idx, SiteKeys.NONE, two.config(), Set.of());
        Entry other = two.entry("other");
        ReferenceResolver.Resolution bare = r.inline(other, other.body().refs().get(0));
        assertEquals("content/activities/other.md:5:1: error: [[survey]] names 2 entries: [[authors/survey]], [[methods/survey]]"
                + " | name one of them: authors/survey or methods/survey", shown(bare));
        assertSame(idx.get("authors", "survey"), bare.target(), "the first by path, so nothing follows from it");
        assertSame(idx.get("methods", "survey"), r.inline(other, other.body().refs().get(1)).target());
        assertSame(idx.get("authors", "survey"), r.inline(other, other.body().refs().get(2)).target());
        assertEquals("content/activities/other.md:5:50: error: unknown reference [[notes/survey]]: there is no collection"
                + " 'notes' | valid: activities, authors, methods", shown(r.inline(other, other.body().refs().get(3))));
        assertEquals("content/activities/other.md:5:67: error: unknown reference [[methods/survy]]: no method 'survy';"
                + " did you mean 'survey'?", shown(r.inline(other, other.body().refs().get(4))));
        CollectionConfig methods = two.config().collection("methods");
        assertSame(idx.get("methods", "survey"), r.field(other, "methods", other.refs().get("methods").get(0), methods).target(),
                "a field's value may name its collection");
    }

    @Test
    void keysAreLookedUpInTheTreeThenTheDefaultLanguageThenAny() {
        Parsed fr = Parsed.of(SITE.replace("title: Methods toolkit", "title: Methods toolkit\nlanguages: [en, fr, es]") + """
                -- content/authors/jd.fr.md --
                ---
                title: Jeanne Doe
                ---
                -- content/authors/ab.md --
                ---
                title: Ann Bee
                ---
                -- content/authors/ab.es.md --
                ---
                title: Ana Abeja
                ---
                """);
        SiteKeys keys = SiteKeys.of(fr.config(), fr.all());
        EntryIndex idx = fr.index();
        ReferenceResolver r = new ReferenceResolver(idx, keys, fr.config(), Set.of());
        CollectionConfig authors = fr.config().collection("authors");
        assertSame(idx.get("authors", "jd"), r.field(mapping, "authors", new Ref("Jeanne Doe", 3, 1), authors).target(),
                "a title in another language than the tree's");
        assertSame(idx.get("authors", "ab"), r.field(mapping, "authors", new Ref("Ana Abeja", 3, 1), authors).target());
        assertSame(idx.get("authors", "jd"), r.field(mapping, "authors", new Ref("Jane Doe", 3, 1), authors).target());
        assertEquals("content/activities/mapping.md:3:1: error: unknown author 'Juana' in 'authors' (matched by title)"
                + " | valid: Ann Bee, Jane Doe", shown(r.field(mapping, "authors", new Ref("Juana", 3, 1), authors)));
    }
}
