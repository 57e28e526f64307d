package org.briefkit.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;

/**
 * Reads the tokens of a Jackson parser (JSON, or TOML through Jackson's tree) into {@link YNode}s,
 * the model YAML front matter is read into, so every format's fields are checked the same way.
 * Strings are quoted scalars; numbers, booleans, null and TOML dates are unquoted ones with the text
 * Jackson read, so {@link YValues} types them as it types YAML's. Duplicate keys and more values
 * than the limits allow are errors. Where each key and value is comes from a {@link Locator}. Not
 * thread-safe: one reader per document.
 */
final class JacksonReader {
    /** Where a key or value is in the file, as a character offset, or -1 when unknown. */
    interface Locator {
        /** The key of the field at {@code path}; the parser is on its field name. */
        int key(List<Object> path, JsonParser parser);

        /** The value at {@code path} (keys and list indexes); the parser is on its first token. */
        int value(List<Object> path, JsonParser parser);
    }

    private final SourceText source;
    private final Locator locator;
    private final int fallback;
    private final YamlLimits limits;
    private final List<Diagnostic> problems;
    private final List<Object> path = new ArrayList<>();
    private int values;

    /** {@code fallback}: the offset to point at where the locator knows nothing (the front matter's start). */
    JacksonReader(SourceText source, Locator locator, int fallback, YamlLimits limits, List<Diagnostic> problems) {
        this.source = source;
        this.locator = locator;
        this.fallback = fallback;
        this.limits = limits;
        this.problems = problems;
    }

    /** The document whose first token the parser is on, or null after an error (reported). */
    YNode read(JsonParser parser) throws IOException {
        return value(parser, parser.currentToken(), 0);
    }

    private YNode value(JsonParser parser, JsonToken token, int depth) throws IOException {
        int at = at(locator.value(path, parser));
        int line = source.lineOf(at);
        int column = source.columnOf(at);
        if (++values > limits.maxNodes()) {
            problems.add(source.error(line, column, "front matter has more than " + limits.maxNodes() + " values"));
            return null;
        }
        if (depth > limits.maxDepth()) {
            problems.add(source.error(line, column, "front matter is nested more than " + limits.maxDepth() + " levels deep"));
            return null;
        }
        switch (token) {
            case START_OBJECT -> {
                return map(parser, depth, line, column);
            }
            case START_ARRAY -> {
                List<YNode> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    path.add(items.size());
                    YNode item = value(parser, t, depth + 1);
                    path.remove(path.size() - 1);
                    if (item == null) {
                        return null;
                    }
                    items.add(item);
                }
                return new YList(items, line, column);
            }
            case VALUE_STRING -> {
                return new YScalar(parser.getText(), false, line, column);
            }
            case VALUE_EMBEDDED_OBJECT -> {
                return new YScalar(temporal(parser.getEmbeddedObject()), true, line, column);
            }
            default -> {
                // Numbers as Jackson read them (8.40 stays "8.40"), true, false, null.
                return new YScalar(parser.getText(), true, line, column);
            }
        }
    }

    private YNode map(JsonParser parser, int depth, int line, int column) throws IOException {
        Map<String, YMap.Field> fields = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String key = parser.currentName();
            path.add(key);
            int keyAt = at(locator.key(path, parser));
            JsonToken first = parser.nextToken();
            YMap.Field earlier = fields.get(key);
            if (earlier != null) {
                problems.add(source.error(source.lineOf(keyAt), source.columnOf(keyAt), "duplicate key '" + key
                        + "' (first set on line " + earlier.keyLine() + ")").withHint("remove one of them"));
                parser.skipChildren();
                path.remove(path.size() - 1);
                continue;
            }
            YNode value = value(parser, first, depth + 1);
            path.remove(path.size() - 1);
            if (value == null) {
                return null;
            }
            fields.put(key, new YMap.Field(key, source.lineOf(keyAt), source.columnOf(keyAt), value));
        }
        return new YMap(fields, line, column);
    }

    private int at(int offset) {
        return offset < 0 ? fallback : offset;
    }

    /** A TOML date, date-time or time as ISO text (seconds always written: what {@link Dates} reads). */
    private static String temporal(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        if (value instanceof LocalDateTime t) {
            return t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        if (value instanceof LocalTime t) {
            return t.format(DateTimeFormatter.ISO_LOCAL_TIME);
        }
        if (value instanceof LocalDate t) {
            return t.toString();
        }
        return String.valueOf(value);
    }
}
