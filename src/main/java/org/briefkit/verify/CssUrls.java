package org.briefkit.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * The URLs a piece of CSS could make a browser load, found generously: after CSS escapes are decoded
 * (so {@code u\72l(} is {@code url(} and {@code http\:\/\/} is {@code http://}, as the CSS
 * tokenizer reads them), the argument of every {@code url(}, and with {@link #withStrings} also the
 * text of every quoted string, wherever it stands ({@code @import "…"}, {@code image-set("…" 1x)},
 * {@code src("…")}, or a comment). That finds more than a browser would load (a URL in a comment or
 * in {@code content: "…"}), never less, without a CSS parser: a string or {@code url(} that a
 * parser would not read as one still counts. Stateless and thread-safe.
 */
final class CssUrls {
    /** A URL written in the CSS, the line (from 0) it is on, and whether it is a quoted string outside {@code url()}. */
    record Found(String url, int line, boolean string) {
        /** What holds the URL, for messages: {@code url()} or {@code string}. */
        String kind() {
            return string ? "string" : "url()";
        }
    }

    private CssUrls() {
    }

    /** The arguments of every {@code url(}: for CSS in attributes other than {@code style}. */
    static List<Found> urlFunctions(String css) {
        return find(css, false);
    }

    /** The arguments of every {@code url(} and every quoted string: for stylesheets and {@code style}. */
    static List<Found> withStrings(String css) {
        return find(css, true);
    }

    private static List<Found> find(String css, boolean strings) {
        List<Found> out = new ArrayList<>();
        if (css.indexOf('(') < 0 && !(strings && (css.indexOf('"') >= 0 || css.indexOf('\'') >= 0))) {
            return out;
        }
        Decoded d = decode(css);
        String text = d.text();
        for (int at = indexOfUrl(text, 0); at >= 0; at = indexOfUrl(text, at + 4)) {
            int p = at + 4;
            while (p < text.length() && isSpace(text.charAt(p))) {
                p++;
            }
            if (p < text.length() && (text.charAt(p) == '"' || text.charAt(p) == '\'')) {
                continue; // a quoted argument is a string: found below, or here without strings
            }
            int end = p;
            while (end < text.length() && text.charAt(end) != ')' && !isSpace(text.charAt(end))) {
                end++;
            }
            out.add(new Found(text.substring(p, end), d.line(at), false));
        }
        for (char quote : new char[] {'"', '\''}) {
            // Every quote may open a string: one that a parser would read as closing another, or one
            // in a comment, still counts, so no string a browser reads is missed.
            for (int q = text.indexOf(quote); q >= 0; q = text.indexOf(quote, q + 1)) {
                boolean argument = isUrlArgument(text, q);
                if (!strings && !argument) {
                    continue;
                }
                int end = q + 1;
                while (end < text.length() && text.charAt(end) != quote && text.charAt(end) != '\n') {
                    end++;
                }
                out.add(new Found(text.substring(q + 1, end), d.line(q), !argument));
            }
        }
        return out;
    }

    /** Whether the quote at {@code q} opens the argument of a {@code url(}. */
    private static boolean isUrlArgument(String text, int q) {
        int p = q - 1;
        while (p >= 0 && isSpace(text.charAt(p))) {
            p--;
        }
        return p >= 3 && text.charAt(p) == '(' && text.regionMatches(true, p - 3, "url", 0, 3);
    }

    private static int indexOfUrl(String text, int from) {
        for (int k = text.indexOf('(', from + 3); k >= 0; k = text.indexOf('(', k + 1)) {
            if (text.regionMatches(true, k - 3, "url", 0, 3)) {
                return k - 3;
            }
        }
        return -1;
    }

    /** CSS with escapes decoded, and where its lines start. */
    private record Decoded(String text, int[] lineStarts) {
        int line(int offset) {
            int lo = 0;
            int hi = lineStarts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lineStarts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }
    }

    /**
     * Decodes escapes as CSS Syntax 3 does: a backslash and one to six hex digits (and one
     * whitespace after them) is that code point (zero, a surrogate or one past U+10FFFF is
     * U+FFFD); a backslash and a newline are dropped; a backslash and any other character is that
     * character. Lines are those of the original text.
     */
    private static Decoded decode(String css) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        StringBuilder sb = new StringBuilder(css.length());
        int n = css.length();
        for (int k = 0; k < n; k++) {
            char c = css.charAt(k);
            if (c == '\n') {
                starts.add(sb.length() + 1);
            }
            if (c != '\\' || k + 1 >= n) {
                sb.append(c);
                continue;
            }
            char next = css.charAt(k + 1);
            if (next == '\n' || next == '\r' || next == '\f') {
                k++;
                if (next == '\n') {
                    starts.add(sb.length());
                }
                continue;
            }
            int e = k + 1;
            int cp = 0;
            while (e < n && e - k <= 6 && Character.digit(css.charAt(e), 16) >= 0) {
                cp = cp * 16 + Character.digit(css.charAt(e), 16);
                e++;
            }
            if (e == k + 1) {
                sb.append(next);
                k++;
                continue;
            }
            boolean valid = cp != 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
            sb.appendCodePoint(valid ? cp : 0xFFFD);
            if (e < n && isSpace(css.charAt(e))) {
                if (css.charAt(e) == '\n') {
                    starts.add(sb.length());
                }
                e++;
            }
            k = e - 1;
        }
        return new Decoded(sb.toString(), starts.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
