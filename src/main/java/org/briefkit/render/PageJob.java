package org.briefkit.render;

import org.briefkit.graph.SiteEntry;

/**
 * One page to render: the output file, the template, and what the page shows.
 *
 * @param file       output path relative to the site root, e.g. {@code proposals/ru-8.4/index.html}
 * @param template   template name, e.g. {@code entry.ftlh}
 * @param kind       home, list, entry or 404
 * @param entry      the entry shown (entry pages), else null
 * @param collection the collection shown (list and entry pages), else ""
 * @param context    what to name in error messages: the content file, or the page
 */
public record PageJob(String file, String template, Kind kind, SiteEntry entry, String collection, String context) {
    /** The page types. */
    public enum Kind {
        HOME("home"), LIST("list"), ENTRY("entry"), PAGE("page"), NOT_FOUND("404");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The relative path from this page to the site root: "" or "../../". */
    public String rootPath() {
        int depth = 0;
        for (int i = 0; i < file.length(); i++) {
            if (file.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }
}
