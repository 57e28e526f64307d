package org.briefkit.outputs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for the data files and the search index: strings, numbers, booleans, null,
 * lists and maps (in their order). Output is compact and deterministic. Stateless.
 */
public final class Json {
    private Json() {
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb);
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    static void write(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(s, sb);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            sb.append(v);
        } else if (v instanceof BigDecimal d) {
            sb.append(d.toPlainString());
        } else if (v instanceof Number n) {
            sb.append(n.toString());
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(String.valueOf(e.getKey()), sb);
                sb.append(':');
                write(e.getValue(), sb);
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(l.get(i), sb);
            }
            sb.append(']');
        } else {
            string(String.valueOf(v), sb);
        }
    }

    /** Appends {@code s} as a JSON string, safe inside a script element too ({@code <} escaped). */
    public static void string(String s, StringBuilder sb) {
        sb.append('"');
        // Runs of characters that need no escape are appended whole (bodies are mostly such runs).
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 128 ? !PLAIN[c] : c == 0x2028 || c == 0x2029) {
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

    /** The escape for {@code c} in a JSON string, or null when it stands as itself. */
    private static String escape(char c) {
        if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != 0x2028 && c != 0x2029) {
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
