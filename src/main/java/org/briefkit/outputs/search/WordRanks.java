package org.briefkit.outputs.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.briefkit.work.Workers;

/**
 * The dictionary's words in the order of their text: {@code byRank[r]} is the number of the word
 * of rank {@code r}, {@code rank[w]} the rank of word number {@code w}. Terms are written in this
 * order: words by rank; a pair "a b" right after the word a and before any other word that starts
 * with a, since a space sorts before every letter and digit. Immutable once made.
 */
record WordRanks(String[] words, Integer[] byRank, int[] rank) {
    /** The fewest words one task sorts: below this, handing out the work costs more than it saves. */
    private static final int MIN_RUN = 1 << 13;

    /** The ranks of {@code words} (each word once, as a dictionary holds them), sorted on {@code workers}. */
    static WordRanks of(String[] words, Workers workers) {
        Integer[] byRank = IntStream.range(0, words.length).boxed().toArray(Integer[]::new);
        sort(byRank, (x, y) -> words[x].compareTo(words[y]), workers);
        int[] rank = new int[words.length];
        for (int r = 0; r < byRank.length; r++) {
            rank[byRank[r]] = r;
        }
        return new WordRanks(words, byRank, rank);
    }

    /** How many words there are. */
    int size() {
        return words.length;
    }

    /** The word of rank {@code r}. */
    String word(int r) {
        return words[byRank[r]];
    }

    /**
     * Sorts {@code a}, stably: a run for each worker sorted on the workers, then neighbouring runs
     * merged, round by round, each round's merges on the workers. Words are distinct, so this gives
     * the one order that {@code Arrays.parallelSort} gave before (on the common pool, which a build
     * does not use); it takes a second array of {@code a}'s size as that did.
     */
    static <T> void sort(T[] a, Comparator<? super T> order, Workers workers) {
        int n = a.length;
        int run = Math.max(MIN_RUN, (n + workers.threads() - 1) / workers.threads());
        workers.forEach((n + run - 1) / run, r -> Arrays.sort(a, r * run, r * run + Math.min(run, n - r * run), order));
        if (n <= run) {
            return;
        }
        T[] from = a;
        T[] to = a.clone();
        for (long width = run; width < n; width *= 2) {
            int w = (int) width;
            T[] source = from;
            T[] target = to;
            workers.forEach((int) ((n + 2 * width - 1) / (2 * width)), m -> {
                int low = (int) Math.min(n, 2L * m * w);
                merge(source, target, low, (int) Math.min(n, low + (long) w), (int) Math.min(n, low + 2L * w), order);
            });
            from = target;
            to = source;
        }
        if (from != a) {
            System.arraycopy(from, 0, a, 0, n);
        }
    }

    /** Merges the sorted runs {@code source[low, middle)} and {@code [middle, high)} into {@code target[low, high)}; ties from the first. */
    private static <T> void merge(T[] source, T[] target, int low, int middle, int high, Comparator<? super T> order) {
        int i = low;
        int j = middle;
        for (int k = low; k < high; k++) {
            if (j >= high || i < middle && order.compare(source[i], source[j]) <= 0) {
                target[k] = source[i++];
            } else {
                target[k] = source[j++];
            }
        }
    }
}
