package org.briefkit.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/**
 * The Nu Html Checker (the W3C's HTML validator) run in-process on one document. Returns its error
 * messages as {@code line.column: message}; warnings and info are left out. Not thread-safe: one
 * instance per thread.
 */
public final class NuChecker {
    private final EmbeddedValidator validator = new EmbeddedValidator();

    public NuChecker() {
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
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
            if (at >= 0) {
                String where = line.substring(0, at);
                int colon = where.lastIndexOf(':');
                errors.add((colon >= 0 ? where.substring(colon + 1) : where) + ": " + line.substring(at + 2));
            }
        }
        return errors;
    }
}
