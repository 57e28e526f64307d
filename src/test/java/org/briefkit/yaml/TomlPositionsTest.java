package org.briefkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TomlPositions} against Jackson on random TOML documents of every shape front matter uses:
 * each key and value Jackson reads has a position, and the text there starts that key or value.
 */
class TomlPositionsTest {
    private static final TomlMapper JACKSON = new TomlMapper();

    /** Random valid TOML: unique names, so documents never repeat a key or a table. */
    private static final class Generator {
        private final Random random;
        private final StringBuilder sb = new StringBuilder();
        private int names;

        Generator(long seed) {
            this.random = new Random(seed);
        }

        String document() {
            keyValues(1 + random.nextInt(4));
            for (int t = random.nextInt(4); t > 0; t--) {
                String name = name();
                if (random.nextBoolean()) {
                    sb.append(space()).append('[').append(space()).append(name).append(space()).append("]").append(comment()).append('\n');
                    keyValues(random.nextInt(3));
                    if (random.nextBoolean()) {
                        sb.append("[").append(name).append('.').append(name()).append("]\n");
                        keyValues(1);
                    }
                } else {
                    String inner = name();
                    for (int i = 1 + random.nextInt(3); i > 0; i--) {
                        sb.append("[[").append(space()).append(name).append(space()).append("]]").append(comment()).append('\n');
                        keyValues(random.nextInt(3));
                        if (random.nextBoolean()) {
                            sb.append("[[").append(name).append(" . ").append(inner).append("]]\n");
                            keyValues(1);
                        }
                    }
                }
            }
            return sb.toString();
        }

        private void keyValues(int n) {
            for (int i = 0; i < n; i++) {
                if (random.nextInt(4) == 0) {
                    sb.append(random.nextBoolean() ? "\n" : "# a comment = [\n");
                }
                sb.append(space()).append(key()).append(space()).append('=').append(space());
                value(0);
                sb.append(comment()).append('\n');
            }
        }

        private String name() {
            return "n" + names++;
        }

        private String key() {
            return switch (random.nextInt(4)) {
                case 0 -> "\"quoted " + name() + "\"";
                case 1 -> "'lit" + name() + "'";
                case 2 -> name() + space() + "." + space() + name();
                default -> name();
            };
        }

        private String space() {
            return random.nextInt(3) == 0 ? " \t " : random.nextBoolean() ? " " : "";
        }

        private String comment() {
            return random.nextInt(4) == 0 ? space() + " # [x] = \"y\"" : "";
        }

        private void value(int depth) {
            int kind = random.nextInt(depth > 2 ? 9 : 11);
            switch (kind) {
                case 0 -> sb.append(random.nextInt(1000) - 500);
                case 1 -> sb.append("8.40");
                case 2 -> sb.append(random.nextBoolean());
                case 3 -> sb.append(random.nextBoolean() ? "2016-03-01T10:00:00Z" : "1979-05-27 07:32:00");
                case 4 -> sb.append("\"a \\\"b\\\" # [c] \\u00e9\"");
                case 5 -> sb.append("'x # y ] }'");
                case 6 -> sb.append("\"\"\"\nline \"q\" ]\\\n   next\"\"\"");
                case 7 -> sb.append("'''a\n]b'' ''''");
                case 8 -> sb.append("0x1F");
                case 9 -> {
                    boolean lines = random.nextBoolean();
                    sb.append('[');
                    for (int i = random.nextInt(4); i > 0; i--) {
                        sb.append(lines ? "\n  " : space());
                        value(depth + 1);
                        sb.append(i > 1 || random.nextBoolean() ? "," : "").append(lines ? comment() : "");
                    }
                    sb.append(lines ? "\n]" : "]");
                }
                default -> {
                    sb.append('{').append(space());
                    for (int i = random.nextInt(3); i > 0; i--) {
                        sb.append(key()).append(space()).append('=').append(space());
                        value(depth + 1);
                        sb.append(i > 1 ? ", " : " ");
                    }
                    sb.append('}');
                }
            }
        }
    }

    @Test
    void everyKeyAndValueJacksonReadsHasItsPosition() throws Exception {
        for (long seed = 0; seed < 400; seed++) {
            String toml = new Generator(seed).document();
            JsonNode tree = JACKSON.readTree(toml);
            TomlPositions where = TomlPositions.of(toml, 0, toml.length(), 40);
            List<String> problems = new ArrayList<>();
            check(toml, tree, new ArrayList<>(), where, problems);
            assertEquals(List.of(), problems, "seed " + seed + ":\n" + toml);
        }
    }

    private static void check(String toml, JsonNode node, List<Object> path, TomlPositions where, List<String> problems) {
        if (!path.isEmpty()) {
            int at = where.valueAt(path);
            if (at < 0 || !startsValue(toml.charAt(at), node)) {
                problems.add("value of " + path + " at " + at + ": " + (at < 0 ? "none" : toml.substring(at, Math.min(toml.length(), at + 12))));
            }
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                path.add(field.getKey());
                int key = where.keyAt(path);
                if (key < 0 || !startsKey(toml.charAt(key))) {
                    problems.add("key " + path + " at " + key);
                }
                check(toml, field.getValue(), path, where, problems);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                check(toml, node.get(i), path, where, problems);
                path.remove(path.size() - 1);
            }
        }
    }

    private static boolean startsKey(char c) {
        return Character.isLetterOrDigit(c) || c == '"' || c == '\'' || c == '[' || c == '_' || c == '-';
    }

    private static boolean startsValue(char c, JsonNode node) {
        if (node.isTextual()) {
            return c == '"' || c == '\'' || Character.isDigit(c);
        }
        if (node.isArray()) {
            return c == '[';
        }
        if (node.isObject()) {
            // An inline table, a [header], or a table a dotted key opens.
            return c == '{' || c == '[' || startsKey(c);
        }
        if (node.isBoolean()) {
            return c == 't' || c == 'f';
        }
        return Character.isDigit(c) || c == '-' || c == '+';
    }

    @Test
    void textItCannotFollowLosesOnlyTheRest() {
        String toml = "a = 1\nb = }\nc = 2\n";
        TomlPositions where = TomlPositions.of(toml, 0, toml.length(), 40);
        assertEquals(0, where.keyAt(List.of("a")));
        assertEquals(-1, where.keyAt(List.of("c")));
        assertTrue(where.valueAt(List.of("b")) > 0);
    }
}
