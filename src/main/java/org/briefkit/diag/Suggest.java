package org.briefkit.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * "Did you mean …?" for IDs and names: the closest candidate by edit distance, if it is close
 * enough to be a plausible typo, and otherwise a short list of what is valid. Stateless and
 * thread-safe.
 */
public final class Suggest {
    /** How many valid values a hint lists when no candidate is close. */
    static final int LISTED = 10;

    private Suggest() {
    }

    /**
     * The best candidate for {@code wrong}, or null when none is close. A case-only difference
     * always wins. Close means at most one edit in three characters of {@code wrong} (at most 3):
     * no suggestion for a word of one or two characters but its case, so "x" never suggests "t".
     */
    public static String closest(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = limit(wrong);
        for (String candidate : candidates) {
            if (candidate.equalsIgnoreCase(wrong)) {
                return candidate;
            }
            if (Math.abs(candidate.length() - wrong.length()) > limit) {
                continue;
            }
            int d = distance(wrong.toLowerCase(), candidate.toLowerCase(), limit);
            if (d <= limit && (d < bestDistance || d == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * The one candidate in which {@code wrong} starts a word, ignoring case: {@code privacy} in
     * {@code cybersecurity-privacy}, {@code Russia} in {@code Russian Federation}. Null when none or
     * several do, or when {@code wrong} has fewer than three characters (too many words start so).
     */
    public static String byWord(String wrong, Collection<String> candidates) {
        String w = wrong.strip().toLowerCase(Locale.ROOT);
        if (w.codePointCount(0, w.length()) < 3) {
            return null;
        }
        String found = null;
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            for (int at = c.indexOf(w); at >= 0; at = c.indexOf(w, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(c.charAt(at - 1))) {
                    if (found != null && !found.equals(candidate)) {
                        return null;
                    }
                    found = candidate;
                    break;
                }
            }
        }
        return found;
    }

    /** The edits a candidate may be away from {@code wrong}: one per three characters, at most 3. */
    static int limit(String wrong) {
        return Math.min(3, wrong.codePointCount(0, wrong.length()) / 3);
    }

    /** The message suffix: "; did you mean 'X'?" or "". */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        return phrase(closest(wrong, candidates));
    }

    /** The message suffix for a suggestion already found: "; did you mean 'X'?", or "" for null. */
    public static String phrase(String suggestion) {
        return suggestion == null || suggestion.isEmpty() ? "" : "; did you mean '" + suggestion + "'?";
    }

    /**
     * A hint for a value that matched nothing: empty when a candidate is close (the message says
     * "did you mean"), else up to {@value #LISTED} valid values in sorted order, with how many
     * there are in all when there are more; empty when there are none.
     */
    public static String validValues(String wrong, Collection<String> candidates) {
        if (candidates.isEmpty() || closest(wrong, candidates) != null) {
            return "";
        }
        List<String> sorted = new ArrayList<>(new TreeSet<>(candidates));
        if (sorted.size() <= LISTED) {
            return "valid: " + String.join(", ", sorted);
        }
        return "valid: " + String.join(", ", sorted.subList(0, LISTED)) + ", … (" + sorted.size() + " in all)";
    }

    /** Damerau-Levenshtein (optimal string alignment) distance, giving up above {@code limit}. */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
