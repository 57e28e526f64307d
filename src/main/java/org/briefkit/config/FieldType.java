package org.briefkit.config;

import java.util.Locale;

/** The type a front-matter field is checked against. */
public enum FieldType {
    /** Any scalar, kept as the text written. */
    TEXT,
    /** An integer or decimal number. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An ISO date ({@code 2012-12-03}) or date-time with offset. */
    DATE,
    /** A list of scalars; one scalar is accepted as a one-element list. */
    LIST,
    /** Markdown text, rendered like a body: references, paragraph anchors, the same safety checks. */
    MARKDOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FieldType parse(String s) {
        for (FieldType t : values()) {
            if (t.label().equals(s)) {
                return t;
            }
        }
        return null;
    }
}
