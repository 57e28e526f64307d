package org.briefkit.outputs.search;

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

/** Search tokens against the rules written the simple way (and search.js's examples). */
class TokenizerTest {
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
        assertEquals(expected, Tokenizer.tokens(text), text);
    }

    @Example
    void otherTextIsFoldedAndSplitAsInSearchJs() {
        assertEquals(List.of("uit", "resume", "x2"), Tokenizer.tokens("UIT: Résumé—x2"));
        assertEquals(List.of("itu", "国", "际"), Tokenizer.tokens("ITU 国际"));
    }
}
