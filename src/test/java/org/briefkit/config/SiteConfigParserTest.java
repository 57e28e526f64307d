package org.briefkit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.briefkit.diag.Diagnostic;
import org.junit.jupiter.api.Test;

class SiteConfigParserTest {
    private static List<String> messages(SiteConfigParser.Result r) {
        return r.diagnostics().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void emptyConfigGivesTheAdvocacyDefaults() {
        SiteConfig c = SiteConfigParser.parse("").config();
        assertEquals(List.of("talking-points", "proposals", "articles", "countries", "themes", "pages"),
                List.copyOf(c.collections().keySet()));
        assertEquals(Map.of("theme", "themes", "proposals", "proposals", "articles", "articles", "countries", "countries"),
                c.collection("talking-points").references());
        assertEquals("en", c.defaultLanguage());
        assertFalse(c.allowRawHtml());
        assertFalse(c.declared());
    }

    @Test
    void settingsAreRead() {
        SiteConfigParser.Result r = SiteConfigParser.parse("""
                title: WCIT-12 Civil Society Briefing
                baseUrl: https://example.org/wcit
                languages: [en, fr, ar]
                allowRawHtml: true
                links: directory
                allowHosts: [media.example.org]
                params: {contact: info@example.org}
                """);
        assertEquals(List.of(), messages(r));
        SiteConfig c = r.config();
        assertEquals("https://example.org/wcit/", c.baseUrl());
        assertEquals(List.of("en", "fr", "ar"), c.languages());
        assertTrue(c.allowRawHtml());
        assertEquals(SiteConfig.LinkStyle.DIRECTORY, c.linkStyle());
        assertEquals(List.of("media.example.org"), c.allowHosts());
        assertEquals("info@example.org", c.params().get("contact"));
    }

    @Test
    void declaredCollectionsReplaceTheDefaults() {
        SiteConfigParser.Result r = SiteConfigParser.parse("""
                collections:
                  activities:
                    title: Activities
                    references: {authors: authors, methods: methods}
                  authors:
                    key: title
                  methods:
                    fields:
                      level: {type: text, values: [easy, hard], required: true}
                      minutes: number
                """);
        assertEquals(List.of(), messages(r));
        SiteConfig c = r.config();
        assertTrue(c.declared());
        assertEquals(List.of("activities", "authors", "methods"), List.copyOf(c.collections().keySet()));
        assertEquals("title", c.collection("authors").key());
        assertTrue(c.collection("authors").keyedByField());
        FieldSpec level = c.collection("methods").fields().get("level");
        assertEquals(List.of("easy", "hard"), level.values());
        assertTrue(level.required());
        assertEquals(FieldType.NUMBER, c.collection("methods").fields().get("minutes").type());
    }

    @Test
    void unknownSettingsAreErrorsWithSuggestions() {
        SiteConfigParser.Result r = SiteConfigParser.parse("""
                titel: x
                baseURL: https://x.org/
                collections:
                  a:
                    referencs: {b: b}
                  b:
                    references: {c: nowhere}
                """);
        assertEquals(List.of(
                "site.yml:1:1: error: unknown setting 'titel'; did you mean 'title'?",
                "site.yml:2:1: error: unknown setting 'baseURL'; did you mean 'baseUrl'?",
                "site.yml:5:5: error: unknown collection setting 'referencs'; did you mean 'references'?",
                "site.yml:7:21: error: reference field 'c' names unknown collection 'nowhere'"), messages(r));
    }

    @Test
    void badValuesAreReported() {
        SiteConfigParser.Result r = SiteConfigParser.parse("baseUrl: ftp://x\nlanguages: [en, English]\nlinks: ugly\n");
        assertEquals(List.of(
                "site.yml:1:10: error: 'baseUrl' must be an absolute http(s) URL like https://example.org/wcit/",
                "site.yml:2:17: error: 'English' is not a language code",
                "site.yml:3:8: error: 'links' must be 'file' or 'directory', not 'ugly'"), messages(r));
    }

    @Test
    void collectionTitlesSingularsAndFieldLabelsMayBeGivenPerLanguage() {
        SiteConfigParser.Result r = SiteConfigParser.parse("""
                languages: [en, fr]
                strictLayouts: true
                collections:
                  notes:
                    title: {en: Notes, fr: Remarques}
                    singular: {en: note, fr: remarque}
                    fields:
                      walk_through: markdown
                      overview: {type: markdown, label: {en: Overview, fr: Aperçu}}
                  remote-options: {}
                """);
        assertEquals(List.of(), messages(r));
        CollectionConfig notes = r.config().collection("notes");
        assertEquals("Notes", notes.title());
        assertEquals("Remarques", notes.title("fr"));
        assertEquals("Notes", notes.title("ar"), "a language without its own title gets the default's");
        assertEquals("note", notes.singular());
        assertEquals(FieldType.MARKDOWN, notes.fields().get("walk_through").type());
        assertEquals("Walk through", notes.fields().get("walk_through").label("walk_through", "fr"));
        assertEquals("Aperçu", notes.fields().get("overview").label("overview", "fr"));
        assertEquals("Overview", notes.fields().get("overview").label("overview", "en"));
        assertEquals("remote option", r.config().collection("remote-options").singular());
        assertEquals("Remote options", r.config().collection("remote-options").title("fr"));
        assertTrue(r.config().strictLayouts());
        assertFalse(SiteConfigParser.parse("title: x").config().strictLayouts());
    }

    @Test
    void aLabelForALanguageTheSiteDoesNotHaveIsAnError() {
        SiteConfigParser.Result r = SiteConfigParser.parse("""
                languages: [en, fr]
                collections:
                  notes:
                    title: {en: Notes, de: Notizen}
                    fields:
                      overview: {type: markdwn}
                """);
        assertEquals(List.of("site.yml:4:24: error: 'title' for 'de', which is not in 'languages'",
                "site.yml:6:24: error: unknown field type 'markdwn'; did you mean 'markdown'?"), messages(r));
    }

    @Test
    void aCollectionTakesOtherKeysWithoutASchemaOrWhenItSaysSo() {
        SiteConfigParser.Result r = SiteConfigParser.parse("""
                collections:
                  activities: {}
                  authors:
                    key: title
                  methods: {fields: {level: text}}
                  notes: {fields: {level: text}, otherKeys: true}
                  people: {otherKeys: false}
                """);
        assertEquals(List.of(), messages(r));
        Map<String, CollectionConfig> c = r.config().collections();
        assertTrue(c.get("activities").otherKeys() && c.get("authors").otherKeys() && c.get("notes").otherKeys());
        assertFalse(c.get("methods").otherKeys() || c.get("people").otherKeys());
        assertTrue(SiteConfig.defaults().collections().values().stream().noneMatch(CollectionConfig::otherKeys),
                "the advocacy collections have a schema");
    }

    @Test
    void otherKeysIsCheckedLikeEverySetting() {
        SiteConfigParser.Result r = SiteConfigParser.parse("""
                collections:
                  notes: {fields: {level: text}, otherkeys: true}
                  methods: {fields: {level: text}, otherKeys: sometimes}
                """);
        assertEquals(List.of("site.yml:2:34: error: unknown collection setting 'otherkeys'; did you mean 'otherKeys'?",
                "site.yml:3:47: error: 'otherKeys' must be true or false, not 'sometimes'"), messages(r));
        assertEquals("otherKeys", r.diagnostics().get(0).suggestion());
    }
}
