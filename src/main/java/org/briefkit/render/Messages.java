package org.briefkit.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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

    private Messages(Map<String, String> messages, String file) {
        this.messages = messages;
        this.file = file;
    }

    /** The messages of {@code lang}: theme first, then the site's overrides. Problems are reported. */
    static Messages load(SiteSource site, SiteSource theme, String lang, List<Diagnostic> problems) {
        String path = FOLDER + lang + ".properties";
        Map<String, String> all = new HashMap<>();
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
        return new Messages(Collections.unmodifiableMap(all), path);
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
