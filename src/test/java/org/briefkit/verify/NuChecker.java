package org.briefkit.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/**
 * The Nu Html Checker (the W3C's HTML validator) run in-process on one document. {@link #errors}
 * returns its error messages as {@code line.column: message}; {@link #problems} its warnings too.
 * Not thread-safe: one instance per thread.
 */
public final class NuChecker {
    private final EmbeddedValidator validator = new EmbeddedValidator();
    private final boolean warnings;

    /** A checker of errors only. */
    public NuChecker() {
        this(false);
    }

    private NuChecker(boolean warnings) {
        this.warnings = warnings;
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        // Its guess of the page's language ("appears to be written in English") did not fire in
        // this embedded form (26.5.2, on a French page of 2 KB of English text); LanguageOfPartsTest
        // checks the language of every text of the site instead.
        validator.setNoLangDetect(!warnings);
    }

    /** A checker of errors and warnings. */
    public static NuChecker withWarnings() {
        return new NuChecker(true);
    }

    /** Errors, and warnings when made {@link #withWarnings()}. */
    public List<String> problems(String html) {
        return errors(html);
    }

    public List<String> errors(String html) {
        String out;
        try {
            out = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | SAXException e) {
            return List.of("validator failed: " + e);
        }
        List<String> errors = new ArrayList<>();
        for (String line : out.split("\n")) {
            int at = line.indexOf(": error: ");
            if (at < 0) {
                at = line.indexOf(": error fatal: ");
            }
            if (at < 0 && warnings) {
                at = line.indexOf(": info warning: ");
            }
            if (at >= 0) {
                String where = line.substring(0, at);
                int colon = where.lastIndexOf(':');
                errors.add((colon >= 0 ? where.substring(colon + 1) : where) + ": " + line.substring(at + 2));
            }
        }
        return errors;
    }
}
