package org.briefkit.config;

import java.util.List;

/**
 * What one known field of a collection accepts.
 *
 * @param type         the type checked
 * @param values       for text fields: the allowed values (empty: any)
 * @param defaultValue the value when the field is absent (null: none)
 * @param required     whether an entry must set it
 */
public record FieldSpec(FieldType type, List<String> values, String defaultValue, boolean required) {
    public FieldSpec {
        values = List.copyOf(values);
    }

    public static FieldSpec of(FieldType type) {
        return new FieldSpec(type, List.of(), null, false);
    }

    public static FieldSpec oneOf(String... values) {
        return new FieldSpec(FieldType.TEXT, List.of(values), null, false);
    }

    public FieldSpec withDefault(String value) {
        return new FieldSpec(type, values, value, required);
    }
}
