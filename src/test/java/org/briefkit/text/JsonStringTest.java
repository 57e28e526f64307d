package org.briefkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** JSON strings read back as what was written, and never hold what would end a script or break a line. */
class JsonStringTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<String> text() {
        Arbitrary<Character> tricky = Arbitraries.of('"', '\\', '\n', '\r', '\t', '<', '>', '/', '\u0000', '\u0001', '\u001f',
                '\u2028', '\u2029', 'é', 'я', '中', 'a', ' ', '\ud83d', '\ude00');
        Arbitrary<Character> any = Arbitraries.chars().range('\u0000', '\u3000');
        return Arbitraries.frequencyOf(Tuple.of(3, tricky), Tuple.of(1, any))
                .list().ofMaxSize(40).map(l -> l.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Property(tries = 2000)
    void readsBackAsWritten(@ForAll("text") String s) throws Exception {
        String json = JsonString.quote(s);
        assertEquals(s, JSON.readValue(json, String.class), json);
        assertFalse(json.contains("<") || json.contains("\u2028") || json.contains("\u2029") || json.contains("\n"), json);
        assertFalse(json.codePoints().anyMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE), json);
    }

    @Example
    void escapes() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u003c/script>\\u2028\\u0001é\"", JsonString.quote("a\"b\\c\nd</script>\u2028\u0001é"));
    }

    @Example
    void controlCharactersAndLineSeparators() {
        assertEquals("\"\\u0000\\u0007\\u0008\\t\\n\\u000b\\u000c\\r\\u001b\\u001f\u007f\u0085\"",
                JsonString.quote("\u0000\u0007\b\t\n\u000b\f\r\u001b\u001f\u007f\u0085"));
        assertEquals("\"\\u2028\\u2029\"", JsonString.quote("\u2028\u2029"));
    }

    @Example
    void quotesAndApostrophes() {
        assertEquals("\"it's \\\"so\\\" & >\"", JsonString.quote("it's \"so\" & >"));
        assertEquals("\"\"", JsonString.quote(""));
    }

    @Example
    void appendsAfterWhatIsThere() {
        StringBuilder sb = new StringBuilder("x:");
        JsonString.append("<a>", sb);
        assertEquals("x:\"\\u003ca>\"", sb.toString());
    }

    @Example
    void loneSurrogatesAsEscapesAndPairsAsThemselves() {
        assertEquals("\"\ud83d\ude00\"", JsonString.quote("\ud83d\ude00"));
        assertEquals("\"a\\ud83d\"", JsonString.quote("a\ud83d"));
        assertEquals("\"\\ude00b\\ud83dc\"", JsonString.quote("\ude00b\ud83dc"));
        assertEquals("\"\\ude00\\ud83d\"", JsonString.quote("\ude00\ud83d"));
    }
}
