package org.briefkit.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.briefkit.config.SiteConfig;
import org.briefkit.config.SiteConfigParser;
import org.briefkit.diag.Diagnostic;
import org.briefkit.model.Body;
import org.briefkit.model.Entry;
import org.briefkit.model.InlineRef;
import org.junit.jupiter.api.Test;

/** Front-matter fields in Markdown are rendered like bodies, with positions in the file's lines. */
class MarkdownFieldsTest {
    private static EntryParser.Result parse(String siteYml, String path, String text) {
        SiteConfig config = SiteConfigParser.parse(siteYml).config();
        return new EntryParser(config, new MarkdownRenderer(false)).parse(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String SCHEMALESS = "collections:\n  activities: {}\n";

    @Test
    void aMultiLineTextInACollectionWithoutSchemaIsMarkdown() {
        EntryParser.Result r = parse(SCHEMALESS, "content/activities/a.md", """
                ---
                title: A
                tagline: One line stays text.
                overview: |
                  Intro with **bold**.

                  ## Steps
                  See [[b]] and [[c#steps]].
                ---
                """);
        assertEquals(List.of(), r.diagnostics());
        Entry e = r.entry();
        assertEquals(List.of("overview"), List.copyOf(e.markdown().keySet()));
        Body overview = e.markdown().get("overview");
        assertTrue(overview.html().contains("<strong>bold</strong>"), overview.html());
        assertEquals(List.of("overview-steps"), overview.headingIds(), "heading IDs carry the field's name");
        assertEquals(List.of("overview-steps"), e.headingIds());
        InlineRef b = overview.refs().get(0);
        assertEquals(List.of(8, 7), List.of(b.line(), b.column()), "a reference's place is in the file's lines");
        assertEquals(List.of(8, 17), List.of(overview.refs().get(1).line(), overview.refs().get(1).column()));
        assertTrue(e.params().get("overview").toString().startsWith("Intro with **bold**."), "the text as written stays");
    }

    @Test
    void declaredFieldsAreMarkdownEvenOnOneLineAndOthersAreNot() {
        EntryParser.Result r = parse(SCHEMALESS.replace("activities: {}", "activities:\n    fields:\n      goal: markdown\n      notes: text"),
                "content/activities/a.md", """
                ---
                title: A
                notes: |
                  Stays
                  text.
                goal: "*Short*, with [[b]]."
                ---
                """);
        assertEquals(List.of(), r.diagnostics());
        assertEquals(List.of("goal"), List.copyOf(r.entry().markdown().keySet()));
        assertTrue(r.entry().markdown().get("goal").html().contains("<em>Short</em>"));
        InlineRef ref = r.entry().markdown().get("goal").refs().get(0);
        assertEquals(List.of(6, 7), List.of(ref.line(), ref.column()), "other styles point at the value");
    }

    @Test
    void rawHtmlAndUnsafeLinksAreTreatedAsInBodies() {
        EntryParser.Result r = parse(SCHEMALESS, "content/activities/a.md", """
                ---
                title: A
                overview: |
                  <script>alert(1)</script>
                  [click](javascript:alert(1))
                ---
                """);
        String html = r.entry().markdown().get("overview").html();
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("javascript:"), html);
        assertEquals(List.of("content/activities/a.md:5:3: warning: link target 'javascript:alert(1)' is not allowed;"
                + " shown as plain text", "content/activities/a.md:4:3: warning: raw HTML '<script>' is shown as text, not as HTML"),
                r.diagnostics().stream().map(Diagnostic::headline).toList());
    }

    @Test
    void theAdvocacyCollectionsHaveASchemaSoTheirTextsStayText() {
        EntryParser.Result r = parse("", "content/proposals/p.md", """
                ---
                title: P
                text: |
                  The proposed wording,
                  on two lines.
                ---
                """);
        assertTrue(r.entry().markdown().isEmpty());
    }
}
