package org.briefkit.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.briefkit.config.Scaffold;
import org.briefkit.config.SiteConfig;
import org.briefkit.config.SiteConfigParser;
import org.briefkit.diag.Diagnostic;
import org.briefkit.model.Entry;
import org.briefkit.model.Ref;
import org.junit.jupiter.api.Test;

class EntryParserTest {
    private final SiteConfig config = SiteConfigParser.parse("languages: [en, fr]\n").config();
    private final EntryParser parser = new EntryParser(config, new MarkdownRenderer(false));

    /** The advocacy talking points, declared with 'otherKeys: true': keys they do not know are kept. */
    private final EntryParser open = new EntryParser(SiteConfigParser.parse("""
            languages: [en, fr]
            collections:
              talking-points:
                references: {theme: themes, proposals: proposals, countries: countries}
                fields: {stance: {values: [oppose, support, amend, context]}}
                otherKeys: true
              themes: {}
              proposals: {}
              countries: {}
            """).config(), new MarkdownRenderer(false));

    private EntryParser.Result parse(String path, String text) {
        return parser.parse(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private EntryParser.Result parseOpen(String path, String text) {
        return open.parse(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> messages(EntryParser.Result r) {
        return r.diagnostics().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void aDateWithATimeOfDayIsADate() {
        EntryParser.Result r = parse("content/talking-points/tp-1.md", """
                ---
                title: Keep it open
                updated: 2015-11-18 12:09:25
                ---
                """);
        assertEquals(List.of(), messages(r));
        assertEquals("2015-11-18T12:09:25", r.entry().updated());
    }

    @Test
    void tomlAndJsonFrontMatterGiveTheEntryYamlGives() {
        EntryParser.Result yaml = parseOpen("content/talking-points/tp-1.md", """
                ---
                title: Keep it open
                weight: 3
                updated: 2016-03-01T10:00:00Z
                draft: false
                stance: oppose
                proposals: [RU-8.4, ARB-3.3]
                custom: {a: 1}
                ---
                Body.
                """);
        EntryParser.Result toml = parseOpen("content/talking-points/tp-1.md", """
                +++
                title = "Keep it open"
                weight = 3
                updated = 2016-03-01T10:00:00Z
                draft = false
                stance = "oppose"
                proposals = ["RU-8.4", "ARB-3.3"]
                custom = {a = 1}
                +++
                Body.
                """);
        EntryParser.Result json = parseOpen("content/talking-points/tp-1.md", """
                {"title": "Keep it open",
                 "weight": 3,
                 "updated": "2016-03-01T10:00:00Z",
                 "draft": false,
                 "stance": "oppose",
                 "proposals": ["RU-8.4", "ARB-3.3"],
                 "custom": {"a": 1}}
                Body.
                """);
        for (EntryParser.Result r : List.of(yaml, toml, json)) {
            assertEquals(List.of(), messages(r));
            Entry e = r.entry();
            assertEquals("Keep it open", e.title());
            assertEquals(new BigDecimal("3"), e.weight());
            assertEquals("2016-03-01T10:00:00Z", e.updated());
            assertEquals("oppose", e.fields().get("stance"));
            assertEquals(Map.of("custom", Map.of("a", 1L)), e.params());
            assertEquals(yaml.entry().body(), e.body());
            assertEquals(List.of("RU-8.4", "ARB-3.3"), e.refs().get("proposals").stream().map(Ref::target).toList());
        }
        assertEquals(List.of(new Ref("RU-8.4", 7, 14), new Ref("ARB-3.3", 7, 24)), toml.entry().refs().get("proposals"));
        assertEquals(List.of(new Ref("RU-8.4", 6, 16), new Ref("ARB-3.3", 6, 26)), json.entry().refs().get("proposals"));
    }

    @Test
    void fieldsOfTomlAndJsonAreCheckedAtTheirLines() {
        assertEquals(List.of("content/talking-points/tp-1.md:3:10: error: 'weight' must be a number, not 'heavy'",
                "content/talking-points/tp-1.md:4:10: error: 'stance' must be one of oppose, support, amend, context, not 'maybe'"),
                messages(parse("content/talking-points/tp-1.md", "+++\ntitle = 'T'\nweight = 'heavy'\nstance = 'maybe'\n+++\n")));
        assertEquals(List.of("content/talking-points/tp-1.md:2:13: error: 'updated' must be a date like 2012-12-03, not 'soon'"),
                messages(parse("content/talking-points/tp-1.md", "{\"title\": \"T\",\n \"updated\": \"soon\"}\n")));
    }

    @Test
    void fieldsAreTypedByTheCollectionSchema() {
        EntryParser.Result r = parseOpen("content/talking-points/tp-1.md", """
                ---
                title: Keep it open
                summary: One sentence.
                stance: oppose
                weight: 3
                updated: 2012-11-20
                theme: itu-venue
                proposals: [RU-8.4, 'ARB-3.3']
                custom: {a: 1}
                ---
                Body.
                """);
        assertEquals(List.of(), messages(r));
        Entry e = r.entry();
        assertEquals("tp-1", e.id());
        assertEquals("talking-points", e.collection());
        assertEquals("en", e.lang());
        assertEquals("Keep it open", e.title());
        assertEquals(new BigDecimal("3"), e.weight());
        assertEquals("2012-11-20", e.updated());
        assertEquals("oppose", e.fields().get("stance"));
        assertEquals(List.of(new Ref("itu-venue", 7, 8)), e.refs().get("theme"));
        assertEquals(List.of(new Ref("RU-8.4", 8, 13), new Ref("ARB-3.3", 8, 21)), e.refs().get("proposals"));
        assertEquals(List.of(), e.refs().get("countries"));
        assertEquals(Map.of("custom", Map.of("a", 1L)), e.params());
    }

    @Test
    void idsKeepTheirTextAndDefaultToTheFileName() {
        Entry e = parse("content/articles/ITR-8.4.md", "---\nid: 8.40\ntitle: T\n---\n").entry();
        assertEquals("8.40", e.id());
        assertEquals(2, e.idLine());
        assertEquals("ITR-8.4", parse("content/articles/ITR-8.4.md", "---\ntitle: T\n---\n").entry().id());
    }

    @Test
    void languageSuffixMarksATranslation() {
        Entry fr = parse("content/themes/privacy.fr.md", "---\ntitle: Vie privée\n---\n").entry();
        assertEquals("privacy", fr.id());
        assertEquals("fr", fr.lang());
        assertEquals("privacy.de", parse("content/themes/privacy.de.md", "---\ntitle: x\n---\n").entry().id());
    }

    @Test
    void withoutFrontMatterTheFirstHeadingIsTheTitle() {
        Entry e = parse("content/pages/about.md", "# About WCIT\n\nText.\n").entry();
        assertEquals("About WCIT", e.title());
        assertEquals("<p id=\"p_962649\">Text. <a class=\"para-link\" href=\"#p_962649\" aria-label=\"\u0004\">¶</a></p>\n",
                e.body().html(), "paragraphs of entries get stable anchors with a link");
    }

    @Test
    void noTitleAtAllIsAnError() {
        EntryParser.Result r = parse("content/pages/x.md", "Just text.\n");
        assertNull(r.entry());
        assertEquals(List.of("content/pages/x.md:1:1: error: entry has no title"), messages(r));
    }

    @Test
    void wrongTypesAreErrorsAtTheValue() {
        EntryParser.Result r = parse("content/talking-points/x.md", """
                ---
                title: [not, text]
                weight: heavy
                stance: against
                draft: maybe
                proposals: {a: b}
                updated: 20 Nov 2012
                ---
                """);
        assertEquals(List.of(
                "content/talking-points/x.md:2:8: error: 'title' must be text, not a list",
                "content/talking-points/x.md:3:9: error: 'weight' must be a number, not 'heavy'",
                "content/talking-points/x.md:4:9: error: 'stance' must be one of oppose, support, amend, context, not 'against'",
                "content/talking-points/x.md:5:8: error: 'draft' must be true or false, not 'maybe'",
                "content/talking-points/x.md:6:12: error: 'proposals' must be a list, not a map",
                "content/talking-points/x.md:7:10: error: 'updated' must be a date like 2012-12-03, not '20 Nov 2012'"),
                messages(r));
    }

    @Test
    void invalidIdsAreExplained() {
        EntryParser.Result r = parse("content/themes/my theme.md", "---\ntitle: x\n---\n");
        assertNull(r.entry());
        assertEquals("content/themes/my theme.md:1:1: error: file name 'my theme' cannot be an ID: 'space' is not allowed "
                + "in an ID (letters A-Z, digits, '.', '_' and '-' are)", messages(r).get(0));
        EntryParser.Result r2 = parse("content/themes/a.md", "---\nid: -x\ntitle: x\n---\n");
        assertEquals("content/themes/a.md:2:5: error: invalid ID '-x': an ID must start with a letter or digit (A-Z, a-z, 0-9)",
                messages(r2).get(0));
    }

    @Test
    void sectionTextsHaveNoId() {
        Entry home = parse("content/_index.md", "---\ntitle: Home\n---\nHello\n").entry();
        assertNotNull(home);
        assertTrue(home.section());
        assertEquals("", home.collection());
        Entry list = parse("content/proposals/_index.md", "Intro only\n").entry();
        assertTrue(list.section());
        assertEquals("proposals", list.collection());
    }

    @Test
    void frontMatterMustBeAMap() {
        EntryParser.Result r = parse("content/themes/a.md", "---\n- a\n- b\n---\n");
        assertEquals(List.of("content/themes/a.md:2:1: error: front matter must be a list of 'name: value' fields, not a list"),
                messages(r));
    }

    @Test
    void deeplyNestedMarkdownEndsWithAnErrorOrAResult() {
        String deep = "---\ntitle: x\n---\n" + "> ".repeat(3000) + "x\n";
        EntryParser.Result r = parse("content/themes/deep.md", deep);
        assertTrue(r.entry() != null || !r.diagnostics().isEmpty());
    }

    @Test
    void aKeyTheSchemaDoesNotKnowIsAnErrorWithDidYouMean() {
        String text = """
                ---
                title: Reject it
                sumary: One sentence.
                proposal: [RU-8.8]
                colour: red
                ---
                """;
        for (String path : List.of("content/talking-points/tp-1.md", "content/talking-points/tp-1.fr.md")) {
            EntryParser.Result r = parse(path, text);
            assertEquals(List.of(path + ":3:1: error: unknown field 'sumary' in talking-points; did you mean 'summary'?",
                    path + ":4:1: error: unknown field 'proposal' in talking-points; did you mean 'proposals'?",
                    path + ":5:1: error: unknown field 'colour' in talking-points"), messages(r));
            assertEquals(List.of("summary", "proposals", ""), r.diagnostics().stream().map(Diagnostic::suggestion).toList());
            assertTrue(r.diagnostics().get(2).hint().startsWith("the fields of talking-points: stance, theme, proposals, articles,"),
                    r.diagnostics().get(2).hint());
            assertEquals(Map.of(), r.entry().params(), "nothing of a typo is kept");
        }
    }

    @Test
    void aCollectionWithoutFieldsTakesAnyKeyAndOneWithThemOnlyWhenItSaysSo() {
        SiteConfig site = SiteConfigParser.parse("""
                collections:
                  activities: {}
                  methods: {fields: {level: text}}
                  notes: {fields: {level: text}, otherKeys: true}
                """).config();
        EntryParser p = new EntryParser(site, new MarkdownRenderer(false));
        String text = "---\ntitle: T\nlevel: easy\nminutes: 20\n---\n";
        EntryParser.Result activity = p.parse("content/activities/a.md", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), messages(activity));
        assertEquals(Map.of("level", "easy", "minutes", 20L), activity.entry().params());
        EntryParser.Result note = p.parse("content/notes/a.md", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), messages(note));
        assertEquals(Map.of("minutes", 20L), note.entry().params());
        EntryParser.Result method = p.parse("content/methods/a.md", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("content/methods/a.md:4:1: error: unknown field 'minutes' in methods"), messages(method));
        assertTrue(method.diagnostics().get(0).hint().endsWith("set 'otherKeys: true' for methods in site.yml"),
                method.diagnostics().get(0).hint());
    }

    @Test
    void fieldsWithoutTheOpeningFenceAreNamedAsSuch() {
        assertEquals(List.of("content/themes/t.md:1:1: error: front matter without its opening '---': the file starts with 'title:'"),
                messages(parse("content/themes/t.md", "title: No dashes\nsummary: hello\n\nBody <b>x</b>.\n")));
        EntryParser.Result closed = parse("content/themes/t.md", "colour: red\nsize: 3\n---\nBody.\n");
        assertEquals(List.of("content/themes/t.md:1:1: error: front matter without its opening '---': the file starts with 'colour:'"),
                messages(closed));
        assertEquals("add a line with only '---' above line 1 (the closing '---' is on line 3)", closed.diagnostics().get(0).hint());
        EntryParser.Result prose = parse("content/themes/t.md", "Note: this is prose.\n\n# A title\n");
        assertEquals(List.of(), messages(prose));
        assertEquals("A title", prose.entry().title());
    }

    @Test
    void aPublishedEntryMayNotKeepTheScaffoldsPlaceholders() {
        String scaffold = Scaffold.text(SiteConfig.defaults().collection("themes"), "t", null, "2026-01-01", false);
        assertEquals(List.of(), messages(parse("content/themes/t.md", scaffold)), "a draft may keep them");
        String published = scaffold.replace("draft: true", "draft: false");
        assertEquals(List.of("content/themes/t.md:2:9: error: placeholder text from 'briefkit new' is still here",
                "content/themes/t.md:9:1: error: placeholder text from 'briefkit new' is still here"),
                messages(parse("content/themes/t.md", published)).stream().sorted().toList());
        String filled = published.replace("Replace this title", "Privacy").replace(published.substring(published.lastIndexOf("---\n") + 5),
                "\nOur text.\n");
        assertEquals(List.of(), messages(parse("content/themes/t.md", filled)));
    }
}
