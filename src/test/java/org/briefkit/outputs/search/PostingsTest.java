package org.briefkit.outputs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One term's postings as they grow. */
class PostingsTest {
    @Test
    void documentsAndWeightsAreKeptInTheOrderAdded() {
        Postings postings = new Postings();
        for (int doc = 0; doc < 1000; doc++) {
            postings.add(3 * doc, doc % 13);
        }
        assertEquals(1000, postings.size());
        for (int k = 0; k < 1000; k++) {
            assertEquals(3 * k, postings.docs()[k], "document " + k);
            assertEquals(k % 13, postings.weights()[k], "weight " + k);
        }
    }
}
