package org.briefkit.config;

import java.util.List;

/**
 * What one known field of a collection accepts, and how it is labelled on pages.
 *
 * @param type         the type checked
 * @param values       for text fields: the allowed values (empty: any)
 * @param defaultValue the value when the field is absent (null: none)
 * @param required     whether an entry must set it
 * @param label        the field's label per language (null: made from its name when shown)
 */
public record FieldSpec(FieldType type, List<String> values, String defaultValue, boolean required, Localized label) {
    public FieldSpec {
        values = List.copyOf(values);
    }

    public FieldSpec(FieldType type, List<String> values, String defaultValue, boolean required) {
        this(type, values, defaultValue, required, null);
    }

    /** The label of field {@code name} in {@code lang}: declared, else its name in words ("walk_through" → "Walk through"). */
    public String label(String name, String lang) {
        return label != null ? label.in(lang) : labelOf(name);
    }

    /** A field's name in words, for a field without a declared label: "walk_through" → "Walk through". */
    public static String labelOf(String name) {
        String words = name.replace('_', ' ').replace('-', ' ');
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static FieldSpec of(FieldType type) {
        return new FieldSpec(type, List.of(), null, false);
    }

    public static FieldSpec oneOf(String... values) {
        return new FieldSpec(FieldType.TEXT, List.of(values), null, false);
    }

    public FieldSpec withDefault(String value) {
        return new FieldSpec(type, values, value, required, label);
    }
}
