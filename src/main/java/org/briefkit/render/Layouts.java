package org.briefkit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Severity;
import org.briefkit.graph.SiteEntry;
import org.briefkit.model.Position;

/**
 * The template of an entry page: its {@code layout}'s template when there is one, else the
 * collection's. Content brought from other generators names layouts of the old theme
 * ({@code single}, {@code post}); a name without a template falls back to the collection's
 * template with one warning per name, or, with {@code strictLayouts: true} in site.yml, is an
 * error at each file's {@code layout:} line. One per planned language; not thread-safe.
 */
final class Layouts {
    private final Predicate<String> exists;
    private final boolean strict;
    private final boolean reports;
    /** Missing template name to the entries that asked for it, in plan order. */
    private final Map<String, List<SiteEntry>> missing = new TreeMap<>();

    Layouts(Predicate<String> exists, boolean strict, boolean reports) {
        this.exists = exists;
        this.strict = strict;
        this.reports = reports;
    }

    /** The template for {@code e}: its layout's, or {@code fallback} (noting a missing one). */
    String template(SiteEntry e, String fallback) {
        String layout = e.entry().layout();
        if (layout == null || layout.isBlank()) {
            return fallback;
        }
        String name = layout.strip().endsWith(".ftlh") ? layout.strip() : layout.strip() + ".ftlh";
        if (exists.test(name)) {
            return name;
        }
        missing.computeIfAbsent(name, k -> new ArrayList<>()).add(e);
        return fallback;
    }

    /** Reports the missing layouts: an error per file when strict, else a warning per name. */
    void report(List<Diagnostic> problems) {
        if (!reports) {
            return;
        }
        missing.forEach((name, entries) -> {
            if (strict) {
                for (SiteEntry e : entries) {
                    problems.add(problem(e, name, "").withHint("create the template, or remove 'layout:'"));
                }
                return;
            }
            SiteEntry first = entries.get(0);
            String more = entries.size() == 1 ? "" : " (and " + (entries.size() - 1) + " more file" + (entries.size() == 2 ? "" : "s") + ")";
            problems.add(problem(first, name, more).withSeverity(Severity.WARNING)
                    .withHint("the collection's template is used; create templates/" + name
                            + " for a page of its own, or set strictLayouts: true in site.yml to make this an error"));
        });
    }

    private static Diagnostic problem(SiteEntry e, String name, String more) {
        Position at = e.entry().positionOf("layout");
        String layout = name.substring(0, name.length() - ".ftlh".length());
        return Diagnostic.error(e.entry().path(), at.line(), at.column(), "layout '" + layout + "': no template templates/"
                + name + more);
    }
}
