package org.briefkit.outputs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The index's one-pass coding of a text against the tokenizer's tokens. */
class CodedTextTest {
    @Provide
    Arbitrary<String> ascii() {
        return Arbitraries.strings().withCharRange((char) 0, (char) 127).ofMaxLength(60);
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
        Dictionary dictionary = new Dictionary();
        Dictionary.Local local = dictionary.take();
        CodedText.of(other, local);
        for (String t : List.of(text, other, text.toUpperCase(Locale.ROOT))) {
            CodedText coded = CodedText.of(t, local);
            List<String> tokens = Tokenizer.tokens(t);
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
        Dictionary dictionary = new Dictionary();
        CodedText coded = CodedText.of("a".repeat(40) + " " + "B".repeat(41), dictionary.take());
        assertEquals(true, coded.indexable(0));
        assertEquals(false, coded.indexable(1));
    }
}
