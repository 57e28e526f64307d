package org.briefkit.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One collection: a folder under {@code content/}, its listing title, its reference fields (field name
 * to target collection), the field references match ({@code key}, default {@code id}), and its known
 * fields. Immutable.
 */
public record CollectionConfig(String name, String title, Map<String, String> references, String key,
                               Map<String, FieldSpec> fields) {
    public static final String ID_KEY = "id";

    public CollectionConfig {
        references = Collections.unmodifiableMap(new LinkedHashMap<>(references));
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        key = key == null || key.isEmpty() ? ID_KEY : key;
    }

    /** Whether references to this collection match a field other than the ID. */
    public boolean keyedByField() {
        return !ID_KEY.equals(key);
    }
}
