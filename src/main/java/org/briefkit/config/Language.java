package org.briefkit.config;

import java.util.Locale;
import java.util.Set;

/**
 * A language of the site: its code (BCP 47), its name in itself ("Français", "العربية"), its
 * writing direction, and the Java locale used for dates and numbers. Immutable.
 */
public record Language(String code, String name, boolean rtl, Locale locale) {
    /** Languages written right to left. */
    private static final Set<String> RTL = Set.of("ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "sd", "ug");

    public static Language of(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayName(locale);
        if (name.isEmpty() || name.equals(code)) {
            name = code;
        } else {
            name = name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        }
        String primary = code.contains("-") ? code.substring(0, code.indexOf('-')) : code;
        return new Language(code, name, RTL.contains(primary), locale);
    }

    /** {@code rtl} or {@code ltr}, for the {@code dir} attribute. */
    public String dir() {
        return rtl ? "rtl" : "ltr";
    }
}
