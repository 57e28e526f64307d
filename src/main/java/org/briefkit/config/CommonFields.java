package org.briefkit.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Fields every entry of every collection may set: those the build reads ({@link #ALL}) and those
 * kept as they are in {@code entry.params} ({@link #PARAMS}).
 */
public final class CommonFields {
    private CommonFields() {
    }

    public static final Map<String, FieldSpec> ALL;

    /**
     * Keys every entry may set that stay in {@code entry.params}: {@code sourceHash}, the fingerprint
     * a translation records of its original (docs/languages.md).
     */
    public static final Set<String> PARAMS = Set.of("sourceHash");

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
