package org.briefkit.model;

/**
 * A link or image in a Markdown body to a path of the site itself, as written: site-absolute
 * ({@code /notes/b/}) or relative ({@code ../b/}), percent-encoded, with any {@code ?query} or
 * {@code #fragment}. The body's HTML holds it between {@link Body#linkMarker(String) markers}, so
 * that each page can write it once the site's pages are known; {@code line} and {@code column} are
 * where the target is written in the file (for a reference-style link, in its definition).
 */
public record LocalLink(String url, int line, int column) {
}
