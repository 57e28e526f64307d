package org.briefkit.outputs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.briefkit.work.Workers;
import org.junit.jupiter.api.Test;

/** The words of the index by length, for typing mistakes: letters only, no pairs, no IDs. */
class VocabularyTest {
    @Test
    void wordsOfLettersAreFiledByLength() {
        Vocabulary v = new Vocabulary();
        for (String term : List.of("ab", "itu", "privacy", "ru-8.4", "ru84", "sending party", "surveillance", "ycaprvi")) {
            v.add(term);
        }
        // the sink is called from several workers at once
        Map<String, byte[]> files = new ConcurrentSkipListMap<>();
        try (var workers = new Workers(1)) {
            FileBatch batch = new FileBatch(files::put, workers);
            assertEquals(List.of(3, 7, 12), v.write("fr/", batch));
            batch.flush();
        }
        assertEquals("briefkitSearch.vocab(7,\"privacy ycaprvi\");\n", new String(files.get("fr/search/v7.js"), StandardCharsets.UTF_8));
        assertEquals(List.of("fr/search/v12.js", "fr/search/v3.js", "fr/search/v7.js"), List.copyOf(files.keySet()));
    }
}
