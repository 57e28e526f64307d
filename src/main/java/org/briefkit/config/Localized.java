package org.briefkit.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A label written once or per language in {@code site.yml} ({@code title: Notes} or
 * {@code title: {en: Notes, fr: Remarques}}): the text for a language is its own when given, else
 * the default text. Immutable.
 *
 * @param text        the text for languages not listed (the default language's, or the first given)
 * @param byLanguage  language code to text, as written
 */
public record Localized(String text, Map<String, String> byLanguage) {
    public Localized {
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    /** The same text in every language. */
    public static Localized of(String text) {
        return new Localized(text, Map.of());
    }

    /** The text for {@code lang}. */
    public String in(String lang) {
        return byLanguage.getOrDefault(lang, text);
    }

    /** Whether a text is written for {@code lang} itself (not the default). */
    public boolean has(String lang) {
        return byLanguage.containsKey(lang);
    }
}
