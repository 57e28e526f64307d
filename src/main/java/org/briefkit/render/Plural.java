package org.briefkit.render;

/**
 * CLDR plural categories (zero, one, two, few, many, other) for whole numbers, for the languages the
 * theme ships messages in and those that share their rules. Other languages use one/other like
 * English. Stateless.
 */
final class Plural {
    private Plural() {
    }

    static String category(String lang, long n) {
        String l = lang.contains("-") ? lang.substring(0, lang.indexOf('-')) : lang;
        long n10 = n % 10;
        long n100 = n % 100;
        switch (l) {
            case "ar" -> {
                if (n == 0) {
                    return "zero";
                }
                if (n == 1) {
                    return "one";
                }
                if (n == 2) {
                    return "two";
                }
                if (n100 >= 3 && n100 <= 10) {
                    return "few";
                }
                if (n100 >= 11 && n100 <= 99) {
                    return "many";
                }
                return "other";
            }
            case "ru", "uk", "be" -> {
                if (n10 == 1 && n100 != 11) {
                    return "one";
                }
                if (n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14)) {
                    return "few";
                }
                return "many";
            }
            case "fr", "pt" -> {
                if (n == 0 || n == 1) {
                    return "one";
                }
                return n != 0 && n % 1_000_000 == 0 ? "many" : "other";
            }
            case "es", "it" -> {
                if (n == 1) {
                    return "one";
                }
                return n != 0 && n % 1_000_000 == 0 ? "many" : "other";
            }
            case "zh", "ja", "ko", "vi", "th", "id", "ms" -> {
                return "other";
            }
            default -> {
                return n == 1 ? "one" : "other";
            }
        }
    }
}
