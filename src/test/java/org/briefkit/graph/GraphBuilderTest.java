package org.briefkit.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.diag.Diagnostic;
import org.briefkit.model.Entry;
import org.junit.jupiter.api.Test;

/** The graph gives each inline reference to the markup as a value, and orders backlinks; markup is not its own. */
class GraphBuilderTest {
    private static final String SITE = Parsed.TOOLKIT.replace("title: Methods toolkit\n", "title: Methods toolkit\nlanguages: [en, ar]\n") + """
            -- content/activities/mapping.md --
            ---
            title: Community mapping
            authors: [Jane Doe]
            methods: [survey]
            ---
            [[survey#method-steps|the steps]] by [[Jane Doe]], not [[nope]].
            -- content/activities/walk.md --
            ---
            title: A walk
            weight: 1
            ---
            Ask [[jd]].
            """;

    /** Writes each link as its number among those given, and keeps them. */
    private static final class Recording implements LinkMarkup {
        final List<ResolvedLink> links = new ArrayList<>();

        @Override
        public String link(ResolvedLink link) {
            links.add(link);
            return "<" + (links.size() - 1) + ">";
        }

        @Override
        public String unresolved(String text) {
            return "[" + text + "]";
        }
    }

    private final Parsed site = Parsed.of(SITE);

    @Test
    void eachReferenceBecomesALinkValueAndTheMarkupFillsTheBody() {
        Recording markup = new Recording();
        GraphBuilder.Result r = new GraphBuilder(site.config(), false, markup).build(site.published(), site.drafts());
        assertEquals(List.of(
                new ResolvedLink("\u0001methods/survey/index.html", "method-steps", "the steps", false, "en", false, "en"),
                new ResolvedLink("\u0001authors/jd/index.html", null, "Jane Doe", true, "en", false, "en"),
                new ResolvedLink("\u0001authors/jd/index.html", null, "Jane Doe", true, "en", false, "en")), markup.links);
        String html = r.graph().get("activities", "mapping").html();
        assertTrue(html.contains("><0> by <1>, not [nope]. <"), html);
        assertEquals(List.of("content/activities/mapping.md:6:56: error: unknown reference [[nope]]"),
                r.diagnostics().stream().map(Diagnostic::headline).toList());
    }

    @Test
    void inAnotherLanguagesTreeLinksToTheDefaultLanguageSaySo() {
        Recording markup = new Recording();
        new GraphBuilder(site.config(), false, "ar", GraphBuilder.Inherited.NOTHING, markup).build(site.published(), site.drafts());
        assertEquals(new ResolvedLink("\u0001ar/authors/jd/index.html", null, "Jane Doe", true, "en", true, "en"), markup.links.get(1));
    }

    @Test
    void backlinksByCollectionThenListingOrderThenFieldInlineFirst() {
        GraphBuilder.Result r = new GraphBuilder(site.config(), false, new Recording()).build(site.published(), site.drafts());
        assertEquals(List.of("walk null", "mapping null", "mapping authors"), r.graph().get("authors", "jd").backlinks().stream()
                .map(b -> b.from().id() + " " + b.field()).toList());
    }

    @Test
    void lenientProblemsAreWarningsAndInheritedOnesAreNotReported() {
        GraphBuilder.Result lenient = new GraphBuilder(site.config(), true, new Recording()).build(site.published(), site.drafts());
        assertEquals(List.of("content/activities/mapping.md:6:56: warning: unknown reference [[nope]]"),
                lenient.diagnostics().stream().map(Diagnostic::headline).toList());
        GraphBuilder.Inherited bodies = new GraphBuilder.Inherited() {
            @Override
            public boolean body(Entry e) {
                return true;
            }
        };
        GraphBuilder.Result inherited = new GraphBuilder(site.config(), false, "ar", bodies, new Recording())
                .build(site.published(), site.drafts());
        assertEquals(List.of(), inherited.diagnostics());
    }
}
