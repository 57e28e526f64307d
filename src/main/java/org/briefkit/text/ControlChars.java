package org.briefkit.text;

/**
 * How control characters are shown to people: in diagnostics on a terminal, in a CI log, in the
 * preview's error box. Text there comes from files (a name, a template's text, an offending line),
 * and a control character printed as it is can move the cursor, recolour or clear the terminal, or
 * start a false line. Stateless and thread-safe.
 */
public final class ControlChars {
    private ControlChars() {
    }

    /**
     * {@code s} with each control character replaced by one visible character, so that columns
     * still count one per character (a caret under a source line stays in place): a tab by a space,
     * the other C0 controls by their Unicode control pictures (U+2400-U+241F: ␀, ␊ for a line feed,
     * ␛ for escape), DEL by ␡ and the C1 controls (U+0080-U+009F, where terminals may read U+009B
     * as the start of a command) by U+FFFD. Returns {@code s} itself when it has none.
     */
    public static String visible(String s) {
        int n = s.length();
        int first = 0;
        while (first < n && !control(s.charAt(first))) {
            first++;
        }
        if (first == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n).append(s, 0, first);
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            sb.append(control(c) ? shown(c) : c);
        }
        return sb.toString();
    }

    /** Whether {@code c} is a control character: C0 (tab and line feed included), DEL or C1. */
    public static boolean control(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f;
    }

    /** The visible character that {@link #visible} shows for the control character {@code c}. */
    public static char shown(char c) {
        if (c == '\t') {
            return ' ';
        }
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        return c == 0x7f ? '\u2421' : '\ufffd';
    }
}
