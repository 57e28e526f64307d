package org.briefkit.outputs.search;

import java.util.Arrays;

/**
 * The postings of one single term (a word or a whole ID): documents in increasing order with their
 * weights. Not thread-safe: filled by one thread, in document order.
 */
final class Postings {
    private int[] docs = new int[2];
    private int[] weights = new int[2];
    private int size;

    void add(int doc, int weight) {
        if (size == docs.length) {
            docs = Arrays.copyOf(docs, size * 2);
            weights = Arrays.copyOf(weights, size * 2);
        }
        docs[size] = doc;
        weights[size] = weight;
        size++;
    }

    /** The documents; only the first {@link #size} are in use. */
    int[] docs() {
        return docs;
    }

    /** The weights, beside {@link #docs}. */
    int[] weights() {
        return weights;
    }

    int size() {
        return size;
    }
}
