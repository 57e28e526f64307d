package org.briefkit.render;

import freemarker.cache.TemplateLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.briefkit.diag.Diagnostics;
import org.briefkit.source.SiteSource;
import org.briefkit.source.SourceFile;

/**
 * Finds templates in the site's {@code templates/} folder first, then in the built-in theme. Reads
 * only through {@link SiteSource}s, so a template can never come from outside those folders.
 * Thread-safe.
 */
final class LayeredTemplateLoader implements TemplateLoader {
    static final String FOLDER = "templates/";

    private final SiteSource site;
    private final SiteSource theme;

    /** A found template: where it came from and its name. */
    record Found(SiteSource source, String path, boolean builtIn) {
    }

    LayeredTemplateLoader(SiteSource site, SiteSource theme) {
        this.site = site;
        this.theme = theme;
    }

    @Override
    public Object findTemplateSource(String name) {
        String path = FOLDER + name;
        if (site.exists(path)) {
            return new Found(site, path, false);
        }
        if (theme.exists(path)) {
            return new Found(theme, path, true);
        }
        return null;
    }

    /** The names of every template in the site and the theme ({@code articles/entry.ftlh}), for "did you mean". */
    Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (SiteSource source : List.of(site, theme)) {
            for (SourceFile f : source.list(FOLDER.substring(0, FOLDER.length() - 1), new Diagnostics())) {
                if (f.path().endsWith(".ftlh") || f.path().endsWith(".ftl")) {
                    names.add(f.path().substring(FOLDER.length()));
                }
            }
        }
        return names;
    }

    /** How a template is named in messages: its path in the site, or "(built-in) templates/x.ftlh". */
    String describe(String name) {
        Object found = findTemplateSource(name);
        if (found instanceof Found f && f.builtIn()) {
            return "(built-in) " + FOLDER + name;
        }
        return FOLDER + name;
    }

    @Override
    public long getLastModified(Object templateSource) {
        return -1;
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        Found f = (Found) templateSource;
        return new InputStreamReader(new ByteArrayInputStream(f.source().read(f.path())), encoding);
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
    }
}
