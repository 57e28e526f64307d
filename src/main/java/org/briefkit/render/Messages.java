package org.briefkit.render;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import org.briefkit.diag.Diagnostic;
import org.briefkit.source.SiteSource;

/**
 * Interface text for templates, from {@code templates/i18n/<lang>.properties} (UTF-8): the theme's
 * file, with the site's file of the same name laid over it key by key. Templates write
 * {@code ${t("backlinks.title")}}; {@code {0}}, {@code {1}} … in a message are replaced by the
 * arguments. A missing key is a template error, so a typo never prints a blank. Immutable.
 */
final class Messages implements TemplateMethodModelEx {
    static final String FOLDER = "templates/i18n/";

    private final Map<String, String> messages;
    private final String file;
    private final Locale locale;

    private Messages(Map<String, String> messages, String file, Locale locale) {
        this.messages = messages;
        this.file = file;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /**
     * The messages of {@code lang}: those of {@code fallback} (English) first, then the language's own,
     * each from the theme and then the site's overrides. Problems are reported.
     */
    static Messages load(SiteSource site, SiteSource theme, String lang, String fallback, List<Diagnostic> problems) {
        String path = FOLDER + lang + ".properties";
        Map<String, String> all = new HashMap<>();
        List<String> files = lang.equals(fallback) ? List.of(path) : List.of(FOLDER + fallback + ".properties", path);
        for (String file : files) {
            read(site, theme, file, all, problems);
        }
        return new Messages(Collections.unmodifiableMap(all), path, Locale.forLanguageTag(lang));
    }

    private static void read(SiteSource site, SiteSource theme, String path, Map<String, String> all, List<Diagnostic> problems) {
        for (SiteSource s : List.of(theme, site)) {
            if (!s.exists(path)) {
                continue;
            }
            try {
                Properties p = new Properties();
                p.load(new StringReader(new String(s.read(path), StandardCharsets.UTF_8)));
                p.forEach((k, v) -> all.put(k.toString(), v.toString()));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(Diagnostic.error(path, 0, 0, "cannot read messages: " + e.getMessage()));
            }
        }
    }

    /**
     * {@code tn("key", count, …)}: the message {@code key.<category>} for the count's plural category in
     * this language (zero, one, two, few, many, other), falling back to {@code key.other}; {@code {0}}
     * is the count, formatted for the language, {@code {1}}… the further arguments.
     */
    TemplateMethodModelEx plural() {
        return args -> {
            if (args.size() < 2 || !(args.get(0) instanceof TemplateScalarModel k) || !(args.get(1) instanceof TemplateNumberModel n)) {
                throw new TemplateModelException("tn(\"key\", count, …) needs a message key and a number");
            }
            long count = n.getAsNumber().longValue();
            String key = k.getAsString();
            String message = messages.get(key + "." + Plural.category(locale.toLanguageTag(), count));
            if (message == null) {
                message = messages.get(key + ".other");
            }
            if (message == null) {
                throw new TemplateModelException("no message '" + key + ".other' in " + file);
            }
            StringBuilder sb = new StringBuilder(message);
            String formatted = NumberFormat.getIntegerInstance(locale).format(count);
            replace(sb, "{0}", formatted);
            for (int i = 2; i < args.size(); i++) {
                replace(sb, "{" + (i - 1) + "}", text(args.get(i)));
            }
            return sb.toString();
        };
    }

    /** {@code tp("key", "few")}: the raw message for a plural category (falling back to {@code key.other}), for scripts. */
    TemplateMethodModelEx pluralForm() {
        return args -> {
            if (args.size() != 2) {
                throw new TemplateModelException("tp(\"key\", \"category\") takes a key and a plural category");
            }
            String key = text(args.get(0));
            String m = messages.get(key + "." + text(args.get(1)));
            if (m == null) {
                m = messages.get(key + ".other");
            }
            if (m == null) {
                throw new TemplateModelException("no message '" + key + ".other' in " + file);
            }
            return m;
        };
    }

    /** {@code formatDate("2012-12-03")}: the date written the way the page's language writes it. */
    TemplateMethodModelEx dates() {
        DateTimeFormatter f = DateTimeFormatter
                .ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return args -> {
            if (args.size() != 1) {
                throw new TemplateModelException("formatDate(\"2012-12-03\") takes one ISO date");
            }
            String iso = text(args.get(0));
            try {
                return f.format(LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso));
            } catch (DateTimeParseException e) {
                return iso;
            }
        };
    }

    /** {@code formatNumber(1234)}: the number written the way the page's language writes it. */
    TemplateMethodModelEx numbers() {
        return args -> {
            if (args.size() != 1 || !(args.get(0) instanceof TemplateNumberModel n)) {
                throw new TemplateModelException("formatNumber(n) takes one number");
            }
            return NumberFormat.getInstance(locale).format(n.getAsNumber());
        };
    }

    private static void replace(StringBuilder sb, String what, String with) {
        int at = sb.indexOf(what);
        if (at >= 0) {
            sb.replace(at, at + what.length(), with);
        }
    }

    /** A message without arguments, or null when missing. */
    String textOrNull(String key) {
        return messages.get(key);
    }

    /** A message without arguments, or its key when missing. */
    String text(String key) {
        return messages.getOrDefault(key, key);
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
        if (args.isEmpty() || !(args.get(0) instanceof TemplateScalarModel k)) {
            throw new TemplateModelException("t(\"key\", arguments…) needs a message key");
        }
        String key = k.getAsString();
        String message = messages.get(key);
        if (message == null) {
            throw new TemplateModelException("no message '" + key + "' in " + file);
        }
        if (args.size() == 1) {
            return message;
        }
        StringBuilder sb = new StringBuilder(message.length() + 16);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            int close = c == '{' ? message.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3 && Character.isDigit(message.charAt(i + 1))) {
                int n = Integer.parseInt(message.substring(i + 1, close));
                if (n + 1 < args.size()) {
                    sb.append(text(args.get(n + 1)));
                    i = close;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String text(Object arg) throws TemplateModelException {
        if (arg instanceof TemplateNumberModel n) {
            return n.getAsNumber().toString();
        }
        if (arg instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        return String.valueOf(arg);
    }
}
