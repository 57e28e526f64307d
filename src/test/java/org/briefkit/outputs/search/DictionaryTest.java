package org.briefkit.outputs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.briefkit.work.Workers;
import org.junit.jupiter.api.Test;

/** Word numbers shared by threads, and a thread's own table, against the dictionary itself. */
class DictionaryTest {
    @Test
    void everyWordHasOneNumberWhicheverThreadAddsIt() {
        Dictionary dictionary = new Dictionary();
        int words = 20_000;
        try (Workers workers = new Workers(4)) {
            // every word asked for by many threads at once, in different orders
            workers.forEach(8 * words, i -> dictionary.coded("w" + (i * 7919L % words)));
        }
        assertEquals(words, dictionary.size());
        String[] strings = dictionary.strings();
        Set<String> distinct = new HashSet<>();
        for (int n = 0; n < words; n++) {
            assertEquals(n, dictionary.coded(strings[n]), strings[n]);
            distinct.add(strings[n]);
        }
        assertEquals(words, distinct.size());
    }

    @Test
    void stopWordsAreCodedNegativeAndNumberedAlike() {
        Dictionary dictionary = new Dictionary();
        int network = dictionary.coded("network");
        int the = dictionary.coded("the");
        assertTrue(network >= 0 && the < 0);
        assertEquals(~the, dictionary.word("the"));
        assertEquals(network, dictionary.word("network"));
        assertEquals("the", dictionary.strings()[~the]);
    }

    @Test
    void aThreadsTableGivesTheDictionarysCodesBeyondItsSize() {
        Dictionary dictionary = new Dictionary();
        Dictionary.Local local = dictionary.take();
        // more words than the table keeps (131,072): those beyond are looked up in the dictionary
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 140_000; i += round == 0 ? 1 : 97) {
                char[] text = (" x" + i + "y ").toCharArray();
                String word = new String(text, 1, text.length - 2);
                assertEquals(dictionary.coded(word), local.coded(text, 1, text.length - 1, word.hashCode()), word);
            }
        }
        dictionary.giveBack(local);
        assertSame(local, dictionary.take(), "a table given back is taken again");
    }
}
