package org.briefkit.outputs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Search tokens and the plain text of body HTML, against the rules written the simple way. */
class TokensTest {
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    @Provide
    Arbitrary<String> ascii() {
        return Arbitraries.strings().withCharRange((char) 0, (char) 127).ofMaxLength(60);
    }

    /** ASCII text: its tokens are the runs of letters and digits, lower-cased. */
    @Property(tries = 2000)
    void asciiTokensAreRunsOfLettersAndDigits(@ForAll("ascii") String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            expected.add(m.group());
        }
        assertEquals(expected, SearchIndex.tokens(text), text);
    }

    @Provide
    Arbitrary<String> mixed() {
        return Arbitraries.of("Word", "word", "WORD", "x2", "2026", "the", "and", " ", ".", "\n", "-", "Résumé", "国际", "ß", "İ", "a",
                "ITU", "itu", "café", "é", "\u0301", "Ω").list().ofMaxSize(25).map(l -> String.join("", l));
    }

    /**
     * The index codes a text in one pass when it is ASCII: the same words (and the dictionary's
     * numbers for them), lengths and first characters as its tokens, whichever text a thread's
     * table has seen before.
     */
    @Property(tries = 2000)
    void codedTokensAreTheTokens(@ForAll("mixed") String text, @ForAll("ascii") String other) {
        SearchIndex.Dictionary dictionary = new SearchIndex.Dictionary();
        SearchIndex.Dictionary.Local local = dictionary.take();
        SearchIndex.Coded.of(other, local);
        for (String t : List.of(text, other, text.toUpperCase(Locale.ROOT))) {
            SearchIndex.Coded coded = SearchIndex.Coded.of(t, local);
            List<String> tokens = SearchIndex.tokens(t);
            assertEquals(tokens.size(), coded.size(), t);
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                assertEquals(dictionary.coded(token), coded.words()[i], t);
                assertEquals(token.length() <= 40, coded.indexable(i), t);
                assertEquals(Math.min(token.charAt(0), 128), coded.part(i), t);
            }
        }
    }

    @Example
    void longWordsAreNotSingleTerms() {
        SearchIndex.Dictionary dictionary = new SearchIndex.Dictionary();
        SearchIndex.Coded coded = SearchIndex.Coded.of("a".repeat(40) + " " + "B".repeat(41), dictionary.take());
        assertEquals(true, coded.indexable(0));
        assertEquals(false, coded.indexable(1));
    }

    @Example
    void otherTextIsFoldedAndSplitAsInSearchJs() {
        assertEquals(List.of("uit", "resume", "x2"), SearchIndex.tokens("UIT: Résumé—x2"));
        assertEquals(List.of("itu", "国", "际"), SearchIndex.tokens("ITU 国际"));
    }

    @Example
    void plainTextOfBodyHtml() {
        assertEquals(" A & B <c> \"d\" 'e' 'f' g\u00a0h  x    ",
                Text.fromHtml("<p>A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39; &apos;f&apos; g&#xa0;h</p> x <a href=\"#p\">¶</a>"));
        assertEquals("&unknown; &amp text", Text.fromHtml("&unknown; &amp text"));
        assertEquals("😀 ok", Text.fromHtml("&#x1F600; ok\u0001"));
    }
}
