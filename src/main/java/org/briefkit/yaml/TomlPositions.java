package org.briefkit.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the keys and values of a TOML document are, for messages: Jackson's TOML reader gives the
 * values but no positions. This reads only what finding them takes (table headers, keys, where a
 * value starts and ends: strings, arrays, inline tables, comments); the values themselves always come
 * from Jackson, so it never decides what a document means (it reads a document Jackson refused only
 * to point at a duplicate key). Where it cannot follow the text it stops, and messages about the
 * rest point at the front matter's first line. Paths are keys and list indexes, as in
 * {@link JacksonReader}. Not thread-safe: one per document.
 */
final class TomlPositions {
    /** Thrown where the text is not what this reader follows: the positions found so far stay. */
    private static final class Lost extends RuntimeException {
        Lost() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final int end;
    private final int maxDepth;
    private int pos;
    private int depth;
    private final Map<List<Object>, Integer> keys = new HashMap<>();
    private final Map<List<Object>, Integer> values = new HashMap<>();
    /** The first key given again (a dotted key's last part or a whole key), or -1, and its path. */
    private int duplicate = -1;
    private List<Object> duplicatePath;
    /** Arrays of tables ({@code [[name]]}) and how many tables each has so far. */
    private final Map<List<Object>, Integer> tableArrays = new HashMap<>();

    private TomlPositions(String text, int start, int end, int maxDepth) {
        this.text = text;
        this.pos = start;
        this.end = end;
        this.maxDepth = maxDepth;
    }

    /**
     * The positions in {@code text} of the TOML document between offsets {@code start} and {@code end};
     * lists and inline tables nested deeper than {@code maxDepth} are not followed.
     */
    static TomlPositions of(String text, int start, int end, int maxDepth) {
        TomlPositions p = new TomlPositions(text, start, end, maxDepth);
        try {
            p.document();
        } catch (Lost | NumberFormatException | IndexOutOfBoundsException e) {
            // Positions found so far are kept; the others fall back to the front matter's start.
        }
        return p;
    }

    /**
     * Where a key is given a second time, or -1: Jackson refuses the document then, but points after
     * the value. Its path is {@link #duplicatePath()}.
     */
    int duplicate() {
        return duplicate;
    }

    List<Object> duplicatePath() {
        return duplicatePath;
    }

    /** The offset of the key of the field at {@code path}, or -1. */
    int keyAt(List<Object> path) {
        return keys.getOrDefault(path, -1);
    }

    /** The offset where the value at {@code path} starts (a table: its header), or -1. */
    int valueAt(List<Object> path) {
        return values.getOrDefault(path, -1);
    }

    private void document() {
        List<Object> table = List.of();
        while (true) {
            skipBlankLines();
            if (pos >= end) {
                return;
            }
            if (peek() == '[') {
                table = header();
            } else {
                keyValue(table);
            }
            skipSpace();
            if (peek() == '#') {
                skipComment();
            }
            if (pos < end && peek() != '\n') {
                throw new Lost();
            }
        }
    }

    /** {@code [a.b]} or {@code [[a.b]]}: the path of the table it opens. */
    private List<Object> header() {
        int start = pos;
        boolean array = text.startsWith("[[", pos);
        pos += array ? 2 : 1;
        List<String> segments = keySegments();
        // [[a.b]] adds a table to array b, inside the last table of a when a is an array too.
        List<Object> path = array ? with(resolve(segments.subList(0, segments.size() - 1)), segments.get(segments.size() - 1))
                : resolve(segments);
        expect(']');
        if (array) {
            expect(']');
            int index = tableArrays.merge(path, 1, Integer::sum) - 1;
            note(path, start, start);
            path = with(path, index);
        }
        note(path, start, start);
        return path;
    }

    /** A header's key with each array of tables on its way replaced by that array's last table. */
    private List<Object> resolve(List<String> segments) {
        List<Object> path = new ArrayList<>();
        for (String s : segments) {
            path.add(s);
            Integer count = tableArrays.get(path);
            if (count != null) {
                path.add(count - 1);
            }
        }
        return List.copyOf(path);
    }

    private void keyValue(List<Object> table) {
        int keyStart = pos;
        List<Object> path = table;
        List<String> segments = keySegments();
        for (int i = 0; i < segments.size(); i++) {
            path = with(path, segments.get(i));
            // a.b = 1 then a.c = 2 adds to table a; only the whole key given twice is a duplicate.
            if (!note(path, keyStart, keyStart) && i == segments.size() - 1 && duplicate < 0) {
                duplicate = keyStart;
                duplicatePath = path;
            }
        }
        expect('=');
        skipSpace();
        readValue(path);
    }

    private void readValue(List<Object> path) {
        values.put(path, pos);
        char c = peek();
        if ((c == '[' || c == '{') && ++depth > maxDepth) {
            throw new Lost();
        }
        if (c == '"' || c == '\'') {
            string();
        } else if (c == '[') {
            pos++;
            for (int i = 0; ; i++) {
                skipBlankLines();
                if (peek() == ']') {
                    pos++;
                    depth--;
                    return;
                }
                readValue(with(path, i));
                skipBlankLines();
                if (peek() == ',') {
                    pos++;
                } else if (peek() != ']') {
                    throw new Lost();
                }
            }
        } else if (c == '{') {
            pos++;
            while (true) {
                skipSpace();
                if (peek() == '}') {
                    pos++;
                    depth--;
                    return;
                }
                keyValue(path);
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else if (peek() != '}') {
                    throw new Lost();
                }
            }
        } else {
            // A number, boolean or date; a date may hold a space ("1979-05-27 07:32:00Z").
            int start = pos;
            while (pos < end && ",]}#\n".indexOf(text.charAt(pos)) < 0) {
                pos++;
            }
            if (pos == start) {
                throw new Lost();
            }
        }
    }

    /** A dotted key: {@code a}, {@code a.b}, {@code "a b".'c'}; stops before what follows it. */
    private List<String> keySegments() {
        List<String> segments = new ArrayList<>();
        while (true) {
            skipSpace();
            char c = peek();
            if (c == '"' || c == '\'') {
                int start = pos;
                string();
                segments.add(unquote(text.substring(start, pos)));
            } else {
                int start = pos;
                while (pos < end && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                        || text.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos == start) {
                    throw new Lost();
                }
                segments.add(text.substring(start, pos));
            }
            skipSpace();
            if (peek() != '.') {
                return segments;
            }
            pos++;
        }
    }

    /** Skips a basic or literal string, on one line or (tripled quotes) several. */
    private void string() {
        char quote = peek();
        boolean multi = text.startsWith(String.valueOf(quote).repeat(3), pos);
        pos += multi ? 3 : 1;
        while (pos < end) {
            char c = text.charAt(pos);
            if (c == '\\' && quote == '"') {
                pos += 2;
            } else if (c == quote && (!multi || text.startsWith(String.valueOf(quote).repeat(3), pos))) {
                pos += multi ? 3 : 1;
                // Up to two quotes of the text may stand right before the closing three.
                for (int i = 0; multi && i < 2 && peek() == quote; i++) {
                    pos++;
                }
                return;
            } else if (c == '\n' && !multi) {
                throw new Lost();
            } else {
                pos++;
            }
        }
        throw new Lost();
    }

    /** The text of a quoted key (a basic string's escapes decoded). */
    private static String unquote(String quoted) {
        String inner = quoted.substring(1, quoted.length() - 1);
        if (quoted.charAt(0) == '\'' || inner.indexOf('\\') < 0) {
            return inner;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c != '\\' || i + 1 >= inner.length()) {
                sb.append(c);
                continue;
            }
            char e = inner.charAt(++i);
            switch (e) {
                case 'b' -> sb.append('\b');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'f' -> sb.append('\f');
                case 'r' -> sb.append('\r');
                case 'e' -> sb.append('\u001b');
                case 'u', 'U' -> {
                    int digits = e == 'u' ? 4 : 8;
                    sb.appendCodePoint(Integer.parseInt(inner.substring(i + 1, i + 1 + digits), 16));
                    i += digits;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    /** Records a key's and its value's first position; false when the key was there before. */
    private boolean note(List<Object> path, int key, int value) {
        values.putIfAbsent(path, value);
        return keys.putIfAbsent(path, key) == null;
    }

    private static List<Object> with(List<Object> path, Object last) {
        List<Object> out = new ArrayList<>(path.size() + 1);
        out.addAll(path);
        out.add(last);
        return List.copyOf(out);
    }

    private char peek() {
        return pos < end ? text.charAt(pos) : '\0';
    }

    private void expect(char c) {
        skipSpace();
        if (peek() != c) {
            throw new Lost();
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < end && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void skipComment() {
        while (pos < end && text.charAt(pos) != '\n') {
            pos++;
        }
    }

    /** Spaces, line ends and comments. */
    private void skipBlankLines() {
        while (pos < end) {
            char c = text.charAt(pos);
            if (c == '#') {
                skipComment();
            } else if (c == ' ' || c == '\t' || c == '\n') {
                pos++;
            } else {
                return;
            }
        }
    }
}
