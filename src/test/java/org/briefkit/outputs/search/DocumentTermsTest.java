package org.briefkit.outputs.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.graph.SiteEntry;
import org.briefkit.testing.Corpus;
import org.briefkit.work.Workers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weighted terms and word pairs of one entry. */
class DocumentTermsTest {
    @TempDir
    Path dir;

    @Test
    void termsAreWeightedByWhereTheyAreAndPairsSkipStopWords() throws IOException {
        Files.writeString(dir.resolve("site.yml"), "title: T\nbaseUrl: https://t.example/\nlanguages: [en]\n");
        Files.createDirectories(dir.resolve("content/pages"));
        Files.writeString(dir.resolve("content/pages/note.md"), """
                ---
                title: Sending Party
                summary: Party pays.
                ---
                The sending party pays the party.
                """);
        SiteEntry entry = Corpus.graph(dir).entries().stream().filter(e -> e.title().equals("Sending Party")).findFirst().orElseThrow();
        Dictionary dictionary = new Dictionary();
        DocumentTerms terms;
        try (Workers workers = new Workers(2)) {
            terms = DocumentTerms.block(List.of(entry), 0, dictionary, workers)[0];
        }
        Map<String, Integer> weights = new HashMap<>();
        String[] words = dictionary.strings();
        for (int k = 0; k < terms.terms().length; k++) {
            weights.put(words[terms.terms()[k]], terms.weights()[k]);
        }
        // title 8, summary 3, body 1 for each time (at most 5); "the" is a stop word in the body
        assertEquals(8 + 1, weights.get("sending"));
        assertEquals(8 + 3 + 2, weights.get("party"));
        assertEquals(3 + 1, weights.get("pays"));
        assertFalse(weights.containsKey("the"));
        int sending = dictionary.word("sending");
        int party = dictionary.word("party");
        int pays = dictionary.word("pays");
        assertArrayEquals(new long[] {pair('s', sending, party), pair('p', party, pays), pair('p', pays, party)}, terms.pairs(),
                "each pair once, in the order first met, across title, summary and body");
    }

    private static long pair(char part, int first, int second) {
        return PairPostings.pair(PairPostings.first(part, first), second);
    }
}
