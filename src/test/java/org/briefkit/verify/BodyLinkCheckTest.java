package org.briefkit.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.Test;

/**
 * Links written in Markdown to paths of the site are checked while the site builds: every mistake
 * at its file, line and column, with "did you mean" where a page is close, in the same run as the
 * other mistakes.
 */
class BodyLinkCheckTest {
    private static TestSite site(String a) {
        return TestSite.of("""
                -- site.yml --
                title: Links
                languages: [en, es]
                collections:
                  notes: {}
                -- content/notes/b.md --
                ---
                title: B
                ---
                Text.
                -- content/notes/My-Note.md --
                ---
                title: Mixed case
                ---
                Text.
                -- templates/static/img/map.png --
                png
                """).put("content/notes/a.md", "---\ntitle: A\n---\n" + a);
    }

    @Test
    void pagesStaticAndGeneratedFilesAreLinksThatResolve() {
        TestSite.Built b = site("[b](/notes/b/) [b](/notes/b) [b](../b/) [b](../b) [n](/notes/) [h](/) [h](../../)\n"
                + "![m](/img/map.png) [c](/style.css) [f](/feed.xml) [d](/data/notes.json) [s](/search/) [e](/es/notes/b/)\n"
                + "[x](#top) [w](https://example.org/x)\n").build();
        assertEquals(List.of(), b.all());
    }

    @Test
    void eachBrokenLinkIsAnErrorAtItsTargetWithDidYouMeanAndALinkInAnotherCaseAWarning() {
        TestSite.Built b = site("""
                One [x](../My-Note/) and [y](/notes/my-nte/).
                Two [z](b.md) and [w](/notes/my-note.md) and [v](/nowhere/at/all/).

                [r][] [r][]

                ![o](../../../x.png)

                [r]: /img/Map.png
                """).build();
        assertEquals(List.of(
                "content/notes/a.md:4:30: error: link to '/notes/my-nte/' leads to no page or file of the site (notes/my-nte/);"
                        + " did you mean '/notes/my-note/'?",
                "content/notes/a.md:5:9: error: link to 'b.md' leads to no page or file of the site (notes/a/b.md); did you mean '../b/'?",
                "content/notes/a.md:5:23: error: link to '/notes/my-note.md' leads to no page or file of the site (notes/my-note.md);"
                        + " did you mean '/notes/my-note/'?",
                "content/notes/a.md:5:50: error: link to '/nowhere/at/all/' leads to no page or file of the site (nowhere/at/all/)",
                "content/notes/a.md:9:6: error: link to '../../../x.png' leads outside the site"),
                b.errors());
        // Only the case differs: the page meant is certain, so the link leads there and the editor is told.
        assertEquals(List.of(
                "content/notes/a.md:4:9: warning: link to '../My-Note/' differs in case from the page or file it leads to;"
                        + " it is published as '../my-note/'",
                "content/notes/a.md:11:6: warning: link to '/img/Map.png' differs in case from the page or file it leads to;"
                        + " it is published as '/img/map.png'"),
                b.warnings());
        assertTrue(b.result().diagnostics().stream().filter(d -> !d.isError()).allMatch(d -> d.hint().contains("case-sensitive")));
    }

    @Test
    void aTranslationsLinksAreCheckedInItsOwnTree() {
        TestSite.Built b = site("[b](/notes/b/)\n").put("content/notes/b.es.md", "---\ntitle: Be\n---\n[a](/notes/a/) [z](/notes/zz/)\n")
                .build();
        assertEquals(List.of("content/notes/b.es.md:4:20: error: link to '/notes/zz/' leads to no page or file of the site (notes/zz/)"),
                b.all());
    }

    @Test
    void withLenientTheyAreWarningsAndTheSiteIsWritten() {
        TestSite.Built b = site("[x](../My-Note/) [y](/notes/gone/)\n").lenient().build();
        assertTrue(b.ok());
        assertEquals(2, b.warnings().size(), b.all().toString());
        assertEquals(List.of("../../notes/my-note/index.html", "../../notes/gone/"),
                b.page("notes/a/index.html").select("main .body p a:not(.para-link)").eachAttr("href"));
    }

    @Test
    void brokenLinksComeInTheSameRunAsOtherMistakes() {
        TestSite.Built b = site("[[nope]] and [x](/notes/nope/)\n").build();
        assertEquals(List.of("content/notes/a.md:4:1: error: unknown reference [[nope]]",
                "content/notes/a.md:4:18: error: link to '/notes/nope/' leads to no page or file of the site (notes/nope/)"),
                b.all());
    }
}
