package org.briefkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plural categories against CLDR's examples for each rule. */
class PluralTest {
    private static void check(String lang, Map<String, long[]> examples) {
        examples.forEach((category, numbers) -> {
            for (long n : numbers) {
                assertEquals(category, Plural.category(lang, n), lang + " " + n);
            }
        });
    }

    @Test
    void arabicHasSixForms() {
        Map<String, long[]> m = new LinkedHashMap<>();
        m.put("zero", new long[] {0});
        m.put("one", new long[] {1});
        m.put("two", new long[] {2});
        m.put("few", new long[] {3, 10, 103, 110, 1003});
        m.put("many", new long[] {11, 26, 99, 111, 1011});
        m.put("other", new long[] {100, 101, 102, 200, 1000});
        check("ar", m);
    }

    @Test
    void russianOneFewMany() {
        Map<String, long[]> m = new LinkedHashMap<>();
        m.put("one", new long[] {1, 21, 31, 101, 1001});
        m.put("few", new long[] {2, 3, 4, 22, 24, 102});
        m.put("many", new long[] {0, 5, 11, 12, 14, 19, 100, 111, 112});
        check("ru", m);
    }

    @Test
    void frenchCountsZeroAsOneAndMillionsAsMany() {
        Map<String, long[]> m = new LinkedHashMap<>();
        m.put("one", new long[] {0, 1});
        m.put("other", new long[] {2, 17, 100, 1000});
        m.put("many", new long[] {1_000_000, 2_000_000});
        check("fr", m);
    }

    @Test
    void englishSpanishAndChinese() {
        check("en", Map.of("one", new long[] {1}, "other", new long[] {0, 2, 11, 21}));
        check("es", Map.of("one", new long[] {1}, "other", new long[] {0, 2, 5}, "many", new long[] {1_000_000}));
        check("zh", Map.of("other", new long[] {0, 1, 2, 100}));
        check("en-GB", Map.of("one", new long[] {1}, "other", new long[] {3}));
    }
}
