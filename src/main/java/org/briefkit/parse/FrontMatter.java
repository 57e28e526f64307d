package org.briefkit.parse;

import java.util.List;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;

/**
 * Splits a file into YAML front matter (between {@code ---} lines at the very top) and the Markdown
 * body. Pure and thread-safe.
 *
 * @param yaml          the YAML text, or null when the file has no front matter
 * @param yamlLine      1-based line where the YAML starts
 * @param body          the Markdown body
 * @param bodyOffset    character offset of the body in the file
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyOffset) {

    /** The parts, or null (with an error in {@code problems}) when the front matter is not closed. */
    public static FrontMatter split(SourceText source, List<Diagnostic> problems) {
        String text = source.text();
        String first = source.line(1);
        if (first.strip().equals("+++")) {
            problems.add(source.error(1, 1, "TOML front matter (+++) is not supported")
                    .withHint("write the front matter in YAML between '---' lines"));
            return null;
        }
        if (!first.stripTrailing().equals("---")) {
            return new FrontMatter(null, 0, text, 0);
        }
        for (int line = 2; line <= source.lineCount(); line++) {
            String l = source.line(line).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                int yamlStart = source.offsetOfLine(2);
                int yamlEnd = source.offsetOfLine(line);
                int bodyStart = Math.min(text.length(), source.offsetOfLine(line + 1));
                if (line == source.lineCount()) {
                    bodyStart = text.length();
                }
                return new FrontMatter(text.substring(yamlStart, yamlEnd), 2, text.substring(bodyStart), bodyStart);
            }
        }
        problems.add(source.error(1, 1, "front matter is not closed: no '---' line after the opening '---'")
                .withHint("add a line with only '---' after the last field"));
        return null;
    }
}
