package org.briefkit.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fields every entry of every collection may set. */
public final class CommonFields {
    private CommonFields() {
    }

    public static final Map<String, FieldSpec> ALL;

    static {
        Map<String, FieldSpec> m = new LinkedHashMap<>();
        m.put("id", FieldSpec.of(FieldType.TEXT));
        m.put("title", FieldSpec.of(FieldType.TEXT));
        m.put("linkTitle", FieldSpec.of(FieldType.TEXT));
        m.put("summary", FieldSpec.of(FieldType.TEXT));
        m.put("draft", FieldSpec.of(FieldType.BOOLEAN));
        m.put("weight", FieldSpec.of(FieldType.NUMBER));
        m.put("updated", FieldSpec.of(FieldType.DATE));
        m.put("layout", FieldSpec.of(FieldType.TEXT));
        ALL = Collections.unmodifiableMap(m);
    }
}
