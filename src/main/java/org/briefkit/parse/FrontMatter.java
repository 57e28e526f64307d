package org.briefkit.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;
import org.briefkit.yaml.SafeJson;
import org.briefkit.yaml.SafeToml;
import org.briefkit.yaml.SafeYaml;
import org.briefkit.yaml.YamlLimits;

/**
 * Splits a file into front matter and the Markdown body, as Hugo does: YAML between {@code ---}
 * lines, TOML between {@code +++} lines, or a JSON object, each at the very top of the file; and
 * reads the front matter's values. Pure and thread-safe.
 *
 * @param format        the front matter's format, or null when the file has none
 * @param text          the front matter's text (without the {@code ---} or {@code +++} lines), or null
 * @param line          1-based line where {@code text} starts
 * @param body          the Markdown body
 * @param bodyOffset    character offset of the body in the file
 */
public record FrontMatter(Format format, String text, int line, String body, int bodyOffset) {
    /** The formats of front matter. */
    public enum Format {
        YAML, TOML, JSON
    }

    /** The parts, or null (with an error in {@code problems}) when the front matter is not closed. */
    public static FrontMatter split(SourceText source, List<Diagnostic> problems) {
        String text = source.text();
        if (text.startsWith("{")) {
            return json(source, problems);
        }
        String first = source.line(1);
        if (first.strip().equals("+++")) {
            return delimited(source, Format.TOML, "+++", problems);
        }
        if (first.stripTrailing().equals("---")) {
            return delimited(source, Format.YAML, "---", problems);
        }
        return new FrontMatter(null, null, 0, text, 0);
    }

    private static final Pattern KEY_LINE = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*):(?:[ \t].*)?");

    /**
     * For a file without front matter: the key its first line sets when that line reads as a YAML
     * field ({@code title: Russia}), else null. A file that starts so most likely lost its opening
     * {@code ---}; the caller decides with what it knows of the collection's fields.
     */
    public static String leadingKey(SourceText source) {
        Matcher m = KEY_LINE.matcher(source.lineCount() == 0 ? "" : source.line(1).stripTrailing());
        return m.matches() ? m.group(1) : null;
    }

    /**
     * The first line that is only {@code ---} after lines that all read as YAML (fields, list items,
     * indented or blank lines, comments), or 0: the closing fence of front matter whose opening one
     * is missing. (In Markdown such a line would make the fields above it a heading.)
     */
    public static int closingFence(SourceText source) {
        for (int line = 1; line <= source.lineCount(); line++) {
            String l = source.line(line).stripTrailing();
            if (l.equals("---")) {
                return line > 1 ? line : 0;
            }
            boolean yamlish = l.isEmpty() || KEY_LINE.matcher(l).matches() || l.startsWith(" ") || l.startsWith("- ")
                    || l.startsWith("#");
            if (!yamlish) {
                return 0;
            }
        }
        return 0;
    }

    /** Front matter between a line {@code fence} and the next such line (YAML may also end with {@code ...}). */
    private static FrontMatter delimited(SourceText source, Format format, String fence, List<Diagnostic> problems) {
        String text = source.text();
        for (int line = 2; line <= source.lineCount(); line++) {
            String l = source.line(line).stripTrailing();
            if (l.equals(fence) || format == Format.YAML && l.equals("...")) {
                int start = source.offsetOfLine(2);
                int end = source.offsetOfLine(line);
                int bodyStart = line == source.lineCount() ? text.length() : Math.min(text.length(), source.offsetOfLine(line + 1));
                return new FrontMatter(format, text.substring(start, end), 2, text.substring(bodyStart), bodyStart);
            }
        }
        problems.add(source.error(1, 1, "front matter is not closed: no '" + fence + "' line after the opening '" + fence + "'")
                .withHint("add a line with only '" + fence + "' after the last field"));
        return null;
    }

    /**
     * A JSON object at the top: it ends at the brace that closes the first one, found as Hugo finds it
     * (braces in strings do not count); the body starts after that brace and its line end.
     */
    private static FrontMatter json(SourceText source, List<Diagnostic> problems) {
        String text = source.text();
        boolean quoted = false;
        int level = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                level++;
            } else if (!quoted && c == '}' && --level == 0) {
                int bodyStart = i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                return new FrontMatter(Format.JSON, text.substring(0, i + 1), 1, text.substring(bodyStart), bodyStart);
            }
        }
        problems.add(source.error(1, 1, "JSON front matter is not closed: no '}' for the '{' that opens the file")
                .withHint("a file that starts with '{' has JSON front matter, as in Hugo; close the object with '}'"));
        return null;
    }

    /** The front matter's values (a null root when the file has none). */
    public SafeYaml.Result read(SourceText source, YamlLimits limits) {
        if (format == null) {
            return new SafeYaml.Result(null, List.of());
        }
        return switch (format) {
            case YAML -> SafeYaml.parse(source, text, line, limits);
            case TOML -> SafeToml.parse(source, text, line, limits);
            case JSON -> SafeJson.parse(source, text, 0, limits);
        };
    }
}
