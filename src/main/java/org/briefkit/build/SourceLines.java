package org.briefkit.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;
import org.briefkit.parse.ContentPath;
import org.briefkit.source.SiteSource;

/**
 * Adds the offending line of a content file or one of the site's templates to diagnostics that
 * lack it (the graph and the template engine report positions only), reading each file once and at
 * most {@value #MAX_FILES} files. (Built-in templates are named "(built-in) templates/…" and keep no
 * line: they are not the author's.) Stateless.
 */
final class SourceLines {
    private static final int MAX_FILES = 200;
    private static final String TEMPLATES = "templates/";

    private SourceLines() {
    }

    static List<Diagnostic> attach(List<Diagnostic> ds, SiteSource source) {
        Map<String, SourceText> read = new HashMap<>();
        List<Diagnostic> out = new ArrayList<>(ds.size());
        for (Diagnostic d : ds) {
            boolean own = d.path().startsWith(ContentPath.CONTENT + "/") || d.path().startsWith(TEMPLATES);
            if (!d.sourceLine().isEmpty() || d.line() == 0 || !own || read.size() > MAX_FILES) {
                out.add(d);
                continue;
            }
            SourceText text = read.computeIfAbsent(d.path(), p -> {
                try {
                    return new SourceText(p, new String(source.read(p), StandardCharsets.UTF_8).replace("\r\n", "\n"));
                } catch (IOException e) {
                    return new SourceText(p, "");
                }
            });
            out.add(d.withSourceLine(text.line(d.line())));
        }
        return out;
    }
}
