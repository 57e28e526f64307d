package org.briefkit.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** Entry IDs: {@code [A-Za-z0-9][A-Za-z0-9._-]*}, case-sensitive, unique per site; URLs use the lower-case slug. */
public final class EntryId {
    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    public static final int MAX_LENGTH = 120;

    private EntryId() {
    }

    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && PATTERN.matcher(id).matches();
    }

    /** The URL segment of an ID: lower-case, so {@code RU-8.4} lives at {@code ru-8.4/}. */
    public static String slug(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    /** Why an ID is invalid, for messages. */
    public static String problem(String id) {
        if (id.isEmpty()) {
            return "the ID is empty";
        }
        if (id.length() > MAX_LENGTH) {
            return "the ID is longer than " + MAX_LENGTH + " characters";
        }
        if (!Character.isLetterOrDigit(id.charAt(0)) || id.charAt(0) > 127) {
            return "an ID must start with a letter or digit (A-Z, a-z, 0-9)";
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'))) {
                return "'" + (Character.isWhitespace(c) ? "space" : String.valueOf(c))
                        + "' is not allowed in an ID (letters A-Z, digits, '.', '_' and '-' are)";
            }
        }
        return "the ID is not valid";
    }
}
