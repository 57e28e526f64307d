package org.briefkit.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A mapping with text keys, in the order written. Keys are unique (duplicates are an error). */
public record YMap(Map<String, Field> fields, int line, int column) implements YNode {
    /** One key and its value; the key's own position is where "duplicate key" errors point. */
    public record Field(String key, int keyLine, int keyColumn, YNode value) {
    }

    public YMap {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Field field(String key) {
        return fields.get(key);
    }

    public YNode get(String key) {
        Field f = fields.get(key);
        return f == null ? null : f.value();
    }

    @Override
    public String kind() {
        return "a map";
    }
}
