package org.briefkit.parse;

import org.briefkit.config.SiteConfig;

/**
 * What a path under {@code content/} stands for: an entry of a collection, a section text
 * ({@code _index.md}), or something briefkit does not build. Pure.
 *
 * @param collection the collection folder ("" for the home page's {@code content/_index.md})
 * @param stem       the file name without {@code .md} and language: the default ID
 * @param lang       the language of the file ({@code name.fr.md}), or the site's default
 * @param section    whether this is an {@code _index.md}
 */
public record ContentPath(String collection, String stem, String lang, boolean section) {
    public static final String CONTENT = "content";
    public static final String INDEX = "_index";

    /** Null when the path is not a Markdown file in a collection folder (or the home text). */
    public static ContentPath of(String path, SiteConfig config) {
        if (!path.startsWith(CONTENT + "/") || !path.endsWith(".md")) {
            return null;
        }
        String rest = path.substring(CONTENT.length() + 1);
        int slash = rest.indexOf('/');
        String collection = slash < 0 ? "" : rest.substring(0, slash);
        String name = rest.substring(rest.lastIndexOf('/') + 1);
        String stem = name.substring(0, name.length() - 3);
        String lang = config.defaultLanguage();
        int dot = stem.lastIndexOf('.');
        if (dot > 0 && config.languages().contains(stem.substring(dot + 1))) {
            lang = stem.substring(dot + 1);
            stem = stem.substring(0, dot);
        }
        boolean section = stem.equals(INDEX);
        if (collection.isEmpty() && !section) {
            return null;
        }
        return new ContentPath(collection, stem, lang, section);
    }

    /** The collection folder of a path under content/, or "" for files directly in it. */
    public static String folderOf(String path) {
        String rest = path.substring(CONTENT.length() + 1);
        int slash = rest.indexOf('/');
        return slash < 0 ? "" : rest.substring(0, slash);
    }
}
