package org.briefkit.text;

/**
 * JSON strings, for every JSON briefkit writes: data files, the search index and diagnostics for
 * editors' tools ({@code --format json}). Besides what JSON requires ({@code "}, {@code \} and
 * control characters), it escapes {@code <}, so that no string can close a {@code <script>}
 * element or open a comment in one, U+2028 and U+2029, which end a line in JavaScript before
 * ES2019, and surrogates without their pair. Stateless and thread-safe.
 */
public final class JsonString {
    private JsonString() {
    }

    /** {@code s} as a JSON string, with its quotes. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        append(s, sb);
        return sb.toString();
    }

    /** Appends {@code s} as a JSON string, with its quotes. */
    public static void append(String s, StringBuilder sb) {
        sb.append('"');
        // Runs of characters that need no escape are appended whole (bodies are mostly such runs).
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 128 ? !PLAIN[c] : c == 0x2028 || c == 0x2029 || Character.isSurrogate(c) && lone(s, i)) {
                sb.append(s, from, i).append(escape(c));
                from = i + 1;
            }
        }
        sb.append(s, from, n).append('"');
    }

    /** ASCII characters that stand as themselves in a JSON string (one look-up per character of a body). */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            PLAIN[c] = escape(c) == null;
        }
    }

    /**
     * Whether the surrogate at {@code i} lacks its pair. Written as it is, it could not be encoded in
     * UTF-8 (Java writes {@code ?}); as an escape, a reader gets the same string back, as from
     * JavaScript's {@code JSON.stringify}.
     */
    private static boolean lone(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i))
                ? i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                : i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** The escape for {@code c} in a JSON string, or null when it stands as itself (a surrogate only in a pair). */
    private static String escape(char c) {
        if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != 0x2028 && c != 0x2029 && !Character.isSurrogate(c)) {
            return null;
        }
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '<' -> "\\u003c";
            default -> String.format("\\u%04x", (int) c);
        };
    }
}
