package org.briefkit.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/**
 * The Nu Html Checker (the W3C's HTML validator) run in-process on one document. {@link #errors}
 * returns its error messages as {@code line.column: message}; {@link #problems} its warnings too.
 * Not thread-safe: one instance per thread.
 */
public final class NuChecker {
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");
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
            if (at >= 0 && !isOwnFileUnderPolicy(line)) {
                String where = line.substring(0, at);
                int colon = where.lastIndexOf(':');
                errors.add((colon >= 0 ? where.substring(colon + 1) : where) + ": " + line.substring(at + 2));
            }
        }
        return errors;
    }

    /**
     * Whether a line is the checker's "Resource violates Content Security Policy" about a relative
     * URL: a file of the site itself, which {@code 'self'} allows in a browser. Run embedded, the
     * checker never knows the page's address (its CSP check takes it from the web service's
     * request), so it cannot match {@code 'self'}; SecurityIT checks the policy in Chromium.
     * Violations by absolute URLs are still reported.
     */
    private static boolean isOwnFileUnderPolicy(String line) {
        if (!line.contains("Resource violates Content Security Policy")) {
            return false;
        }
        int open = line.indexOf('\u201C');
        int close = line.indexOf('\u201D', open + 1);
        if (open < 0 || close < 0) {
            return false;
        }
        String url = line.substring(open + 1, close);
        return !url.startsWith("//") && !url.startsWith("\\") && !SCHEME.matcher(url).lookingAt();
    }
}
