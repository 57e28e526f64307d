package org.briefkit.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the code in a page that the Content-Security-Policy keeps from running or applying: inline
 * {@code <script>} bodies, event handler attributes ({@code on…}), {@code javascript:} URLs, and,
 * unless styles are allowed inline, {@code style} attributes and {@code <style>} elements. Each is a
 * mistake in a template (the build fails) and a warning in content (the browser blocks it). A
 * {@code script} of a data type ({@code application/json}, {@code application/ld+json}) is data, not
 * code, and fine. Not thread-safe: one instance per page.
 */
public final class InlineCode implements HtmlReader.Visitor {
    /**
     * Something inline the policy blocks: what, where in the page (or template): its line, the
     * offset just after its tag (-1 unless read with places), and the text that shows it in a source file.
     */
    public record Found(String what, int line, int end, String needle) {
    }

    private final boolean scripts;
    private final boolean styles;
    private final List<Found> found = new ArrayList<>();
    /** Whether the script whose text comes next may run: no src, and a script type. */
    private boolean inlineScript;
    private int scriptLine;
    private int scriptEnd;
    private int styleLine;
    private int styleEnd;

    /** Looks for inline scripts unless {@code scriptsAllowed}, and inline styles unless {@code stylesAllowed}. */
    public InlineCode(boolean scriptsAllowed, boolean stylesAllowed) {
        this.scripts = !scriptsAllowed;
        this.styles = !stylesAllowed;
    }

    /** What {@code html} (a template: read with places, see {@link HtmlReader#readWithPlaces}) has inline that the policy blocks. */
    public static List<Found> in(String html, boolean scriptsAllowed, boolean stylesAllowed) {
        InlineCode inline = new InlineCode(scriptsAllowed, stylesAllowed);
        HtmlReader.readWithPlaces(html, true, inline);
        return inline.found();
    }

    public List<Found> found() {
        return found;
    }

    @Override
    public void tag(HtmlReader.Tag t) {
        if (t.name().equals("script")) {
            inlineScript = t.attr("src") == null && isScriptType(t.attr("type"));
            scriptLine = t.line();
            scriptEnd = t.end();
        } else if (t.name().equals("style")) {
            styleLine = t.line();
            styleEnd = t.end();
        }
        for (int i = 0; i < t.attributeCount(); i++) {
            String name = t.attributeName(i);
            String value = t.attributeValue(i);
            if (scripts && name.length() > 2 && name.startsWith("on")) {
                found.add(new Found("event handler attribute " + name + " on <" + t.name() + ">", t.line(), t.end(), name));
            } else if (scripts && isUrlAttribute(name) && isJavaScriptUrl(value)) {
                found.add(new Found("javascript: URL in <" + t.name() + " " + name + ">", t.line(), t.end(), "javascript:"));
            } else if (styles && name.equals("style") && !value.isBlank()) {
                found.add(new Found("style attribute on <" + t.name() + ">", t.line(), t.end(), "style="));
            }
        }
    }

    @Override
    public void script(String code, int line) {
        if (scripts && inlineScript && !code.isBlank()) {
            found.add(new Found("inline <script>", scriptLine, scriptEnd, "<script"));
        }
    }

    @Override
    public void style(String css, int line) {
        if (styles && !css.isBlank()) {
            found.add(new Found("<style> element", styleLine, styleEnd, "<style"));
        }
    }

    /** Whether a script's {@code type} makes it run (HTML's JavaScript MIME types, module, or none). */
    private static boolean isScriptType(String type) {
        if (type == null) {
            return true;
        }
        String t = type.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() || t.equals("module") || t.endsWith("javascript") || t.endsWith("ecmascript")
                || t.equals("text/jscript") || t.equals("text/livescript");
    }

    private static boolean isUrlAttribute(String name) {
        return switch (name) {
            case "href", "src", "action", "formaction", "xlink:href", "data" -> true;
            default -> false;
        };
    }

    /** Whether a URL has the javascript: scheme, read as browsers read it (controls, tabs, line breaks and case). */
    static boolean isJavaScriptUrl(String url) {
        String scheme = "javascript:";
        int matched = 0;
        for (int k = 0; k < url.length() && matched < scheme.length(); k++) {
            char c = url.charAt(k);
            if (c == '\t' || c == '\n' || c == '\r' || matched == 0 && c <= ' ') {
                continue;
            }
            if (Character.toLowerCase(c) != scheme.charAt(matched)) {
                return false;
            }
            matched++;
        }
        return matched == scheme.length();
    }
}
