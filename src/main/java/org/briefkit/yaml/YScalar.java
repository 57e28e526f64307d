package org.briefkit.yaml;

/**
 * A scalar value. {@code plain} is true for an unquoted, non-block scalar, the only kind that can
 * mean null ({@code ~}, {@code null} or nothing).
 */
public record YScalar(String text, boolean plain, int line, int column) implements YNode {
    public boolean isNull() {
        return plain && (text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null")
                || text.equals("NULL"));
    }

    @Override
    public String kind() {
        return "text";
    }
}
