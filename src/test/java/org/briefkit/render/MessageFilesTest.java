package org.briefkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The theme's message files are complete: every key of English, the same placeholders, and every
 * plural form the language's rules use.
 */
class MessageFilesTest {
    private static final Path FOLDER = Path.of("templates/i18n");
    private static final Pattern ARG = Pattern.compile("\\{\\d}");
    private static final Set<String> CATEGORIES = Set.of("zero", "one", "two", "few", "many", "other");
    /** Counts that reach every category of every shipped language. */
    private static final long[] COUNTS = {0, 1, 2, 3, 5, 11, 21, 22, 100, 101, 1_000_000};

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(FOLDER.resolve(lang + ".properties"), StandardCharsets.UTF_8)));
        return p;
    }

    private static String pluralBase(String key) {
        int dot = key.lastIndexOf('.');
        return dot > 0 && CATEGORIES.contains(key.substring(dot + 1)) ? key.substring(0, dot) : null;
    }

    private static Set<String> args(String message) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARG.matcher(message);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ar", "ru", "zh"})
    void everyMessageIsTranslatedWithItsPlaceholders(String lang) throws IOException {
        Properties en = load("en");
        Properties tr = load(lang);
        List<String> problems = new ArrayList<>();
        Set<String> plurals = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            String base = pluralBase(key);
            if (base != null) {
                plurals.add(base);
                continue;
            }
            String t = tr.getProperty(key);
            if (t == null || t.isBlank()) {
                problems.add("missing " + key);
            } else if (!args(t).equals(args(en.getProperty(key)))) {
                problems.add(key + " has " + args(t) + ", English has " + args(en.getProperty(key)));
            }
        }
        for (String base : plurals) {
            for (long n : COUNTS) {
                String form = base + "." + Plural.category(lang, n);
                if (tr.getProperty(form) == null && tr.getProperty(base + ".other") == null) {
                    problems.add("missing " + form + " (for " + n + ") and " + base + ".other");
                }
            }
        }
        for (String key : tr.stringPropertyNames()) {
            String base = pluralBase(key);
            if (base == null ? !en.containsKey(key) : !plurals.contains(base)) {
                problems.add("unknown key " + key);
            }
        }
        assertEquals(List.of(), problems, lang + ".properties");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ar", "ru", "zh"})
    void pluralMessagesExistForEveryCategoryTheLanguageUses(String lang) throws IOException {
        Properties tr = load(lang);
        Set<String> bases = new TreeSet<>();
        tr.stringPropertyNames().forEach(k -> {
            if (pluralBase(k) != null) {
                bases.add(pluralBase(k));
            }
        });
        assertTrue(!bases.isEmpty(), "no plural messages in " + lang);
        Set<String> used = new TreeSet<>();
        for (long n : COUNTS) {
            if (n < 1_000_000) {
                used.add(Plural.category(lang, n));
            }
        }
        for (String base : bases) {
            for (String c : used) {
                assertTrue(tr.getProperty(base + "." + c) != null || c.equals("other") && tr.getProperty(base + ".other") != null,
                        lang + ": " + base + "." + c);
            }
        }
    }
}
