package org.briefkit.outputs.search;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefkit.outputs.search.DocumentTables.DistinctLongs;
import org.briefkit.outputs.search.DocumentTables.TermSums;

/**
 * Every word seen, each with a number (in the order first added, which depends on thread timing;
 * the index orders terms by their text, so its files do not). Thread-safe: shared by the threads
 * that make documents' terms, each of which {@link #take takes} a {@link Local} table of its own.
 */
final class Dictionary {
    private final ConcurrentHashMap<String, Integer> words = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    /** Lookup tables not in use; one per thread at most, let go with the dictionary. */
    private final ConcurrentLinkedQueue<Local> idle = new ConcurrentLinkedQueue<>();

    int word(String w) {
        int coded = coded(w);
        return coded < 0 ? ~coded : coded;
    }

    /** The word's number, or {@code ~number} (negative) for a stop word: known when the word is added. */
    int coded(String w) {
        Integer id = words.get(w);
        return id != null ? id : words.computeIfAbsent(w, x -> {
            int number = next.getAndIncrement();
            return Tokenizer.STOP.contains(x) ? ~number : number;
        });
    }

    int size() {
        return next.get();
    }

    /** A lookup table for one thread's use, until {@link #giveBack}. */
    Local take() {
        Local local = idle.poll();
        return local != null ? local : new Local();
    }

    void giveBack(Local local) {
        idle.add(local);
    }

    /** The word of each number. */
    String[] strings() {
        String[] s = new String[next.get()];
        words.forEach((w, id) -> s[id < 0 ? ~id : id] = w);
        return s;
    }

    /**
     * Words already looked up by the thread that holds it (an open-addressing table by the
     * string's hash, up to {@value #LOCAL_WORDS} of them), and scratch arrays. Not thread-safe:
     * one thread holds it between {@link #take} and {@link #giveBack}.
     */
    final class Local {
        private static final int LOCAL_WORDS = 1 << 17;
        private String[] keys = new String[1024];
        private int[] hashes = new int[1024];
        private int[] codes = new int[1024];
        private int size;
        private char[] chars = new char[0];
        private int[] words = new int[0];
        private int[] shapes = new int[0];
        /** A document's single terms, its body words' counts and its pairs, while its terms are made. */
        final TermSums singles = new TermSums();
        final TermSums counts = new TermSums();
        final DistinctLongs pairs = new DistinctLongs();

        /**
         * The number of each token in the dictionary, looked up once for singles and pairs alike; a stop
         * word's number is stored as {@code ~number} (negative), since pairs skip stop words.
         */
        int[] coded(List<String> tokens) {
            int[] out = new int[tokens.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = Dictionary.this.coded(tokens.get(i));
            }
            return out;
        }

        /** The code of the word {@code chars[from, to)} (lower case, {@code hash} its string's hash). */
        int coded(char[] text, int from, int to, int hash) {
            int mask = keys.length - 1;
            int length = to - from;
            for (int i = slot(hash, mask); keys[i] != null; i = i + 1 & mask) {
                if (hashes[i] == hash && same(keys[i], text, from, length)) {
                    return codes[i];
                }
            }
            String word = new String(text, from, length);
            int code = Dictionary.this.coded(word);
            if (size < LOCAL_WORDS) {
                put(word, hash, code);
            }
            return code;
        }

        /** The first slot to look at: the hash's high bits mixed in, since short words differ little in the low ones. */
        private static int slot(int hash, int mask) {
            return (hash ^ hash >>> 16) & mask;
        }

        private static boolean same(String key, char[] text, int from, int length) {
            if (key.length() != length) {
                return false;
            }
            for (int k = 0; k < length; k++) {
                if (key.charAt(k) != text[from + k]) {
                    return false;
                }
            }
            return true;
        }

        private void put(String word, int hash, int code) {
            if (2 * (size + 1) > keys.length) {
                String[] oldKeys = keys;
                int[] oldHashes = hashes;
                int[] oldCodes = codes;
                keys = new String[oldKeys.length * 2];
                hashes = new int[keys.length];
                codes = new int[keys.length];
                size = 0;
                for (int k = 0; k < oldKeys.length; k++) {
                    if (oldKeys[k] != null) {
                        put(oldKeys[k], oldHashes[k], oldCodes[k]);
                    }
                }
            }
            int mask = keys.length - 1;
            int i = slot(hash, mask);
            while (keys[i] != null) {
                i = i + 1 & mask;
            }
            keys[i] = word;
            hashes[i] = hash;
            codes[i] = code;
            size++;
        }

        char[] charBuffer(int n) {
            if (chars.length < n) {
                chars = new char[Math.max(n, 2 * chars.length)];
            }
            return chars;
        }

        /** Makes the scratch arrays of token codes and shapes hold at least {@code n}. */
        void tokenRoom(int n) {
            if (words.length < n) {
                words = new int[Math.max(n, 2 * words.length)];
                shapes = new int[words.length];
            }
        }

        /** Scratch array for token codes, at least as long as the last {@link #tokenRoom}. */
        int[] words() {
            return words;
        }

        /** Scratch array for token shapes, as long as {@link #words()}. */
        int[] shapes() {
            return shapes;
        }
    }
}
