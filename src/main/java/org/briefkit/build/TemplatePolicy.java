package org.briefkit.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefkit.config.SecurityConfig;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Diagnostics;
import org.briefkit.diag.SourceText;
import org.briefkit.source.SiteSource;
import org.briefkit.source.SourceFile;
import org.briefkit.verify.InlineCode;

/**
 * Templates may not need what the Content-Security-Policy blocks: an inline {@code <script>} body,
 * an event handler attribute ({@code onclick}), a {@code javascript:} URL, a {@code style}
 * attribute or a {@code <style>} element (unless {@code site.yml} allows inline scripts or styles).
 * Each is an error at its place in the template, found by reading the template's text as a browser
 * reads HTML, with Freemarker comments left out. (What a template writes through a variable, and
 * what content brings, is found in the rendered pages and reported as warnings.) Stateless.
 */
final class TemplatePolicy {
    static final String HINT = "pages carry a Content-Security-Policy that lets only the site's own files run and style "
            + "them: move the code into a file under templates/static/ (a script with src, a class in a stylesheet)";

    private TemplatePolicy() {
    }

    static List<Diagnostic> check(List<SiteSource> sources, SecurityConfig security) {
        boolean scripts = security.allowsInline("script-src");
        boolean styles = security.allowsInline("style-src");
        List<Diagnostic> out = new ArrayList<>();
        for (SiteSource s : sources) {
            for (SourceFile f : s.list("templates", new Diagnostics())) {
                if (!f.path().endsWith(".ftlh") || f.path().startsWith(PagePlanner.STATIC + "/")) {
                    continue;
                }
                String text;
                try {
                    text = new String(s.read(f.path()), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    continue; // the template loader reports it
                }
                SourceText source = new SourceText(f.path(), text);
                String html = withoutComments(text);
                for (InlineCode.Found found : InlineCode.in(html, scripts, styles)) {
                    out.add(at(source, html, found, "the page's Content-Security-Policy blocks this " + found.what()).withHint(HINT));
                }
            }
        }
        return out;
    }

    /** An error where what was found starts: its text, before the end of its tag. */
    private static Diagnostic at(SourceText source, String html, InlineCode.Found found, String message) {
        int at = found.end() < 0 ? -1 : html.toLowerCase(Locale.ROOT).lastIndexOf(found.needle(), found.end());
        return at >= 0 ? source.errorAt(at, message) : source.error(found.line(), 0, message);
    }

    /** The template with its {@code <#-- … -->} comments blanked (line breaks kept, so positions stay). */
    static String withoutComments(String template) {
        StringBuilder sb = new StringBuilder(template);
        for (int start = template.indexOf("<#--"); start >= 0; start = template.indexOf("<#--", start + 4)) {
            int end = template.indexOf("-->", start + 4);
            end = end < 0 ? template.length() : end + 3;
            for (int k = start; k < end; k++) {
                if (sb.charAt(k) != '\n' && sb.charAt(k) != '\r') {
                    sb.setCharAt(k, ' ');
                }
            }
            start = end - 4;
        }
        return sb.toString();
    }
}
