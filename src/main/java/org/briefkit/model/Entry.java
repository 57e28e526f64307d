package org.briefkit.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parsed content file: an entry of a collection, or a section text ({@code _index.md}: the home
 * page's or a listing's introduction). Holds what the file says, before references are resolved.
 * Immutable and thread-safe.
 *
 * @param id         the entry ID (for a section text: "_index")
 * @param collection the collection (for the home page's text: "")
 * @param lang       the language of this version
 * @param path       the file, relative to the site folder, with forward slashes
 * @param idLine     where the ID is set (the {@code id:} value, or 1 when it comes from the file name)
 * @param idColumn   column of the same
 * @param title      the title
 * @param linkTitle  a short title for menus and breadcrumbs, or null
 * @param summary    one sentence, or null
 * @param draft      left out of builds unless drafts are asked for
 * @param weight     ordering in listings (lower first), or null
 * @param updated    ISO date of the last change, or null
 * @param layout     template name chosen by the entry, or null
 * @param fields     the collection's known fields, typed (String, BigDecimal, Boolean, List of String)
 * @param params     unknown fields, as plain Java values
 * @param refs       reference fields, in schema order: field name to the values written
 * @param body       the rendered body
 * @param section    true for {@code _index.md}
 * @param positions  where each front-matter field's value is written in {@code path}
 * @param markdown   the front-matter fields written in Markdown, rendered like the body, in the
 *                   order pages show them (their text stays in {@code fields} or {@code params})
 */
public record Entry(String id, String collection, String lang, String path, int idLine, int idColumn,
                   String title, String linkTitle, String summary, boolean draft, BigDecimal weight, String updated, String layout,
                   Map<String, Object> fields, Map<String, Object> params, Map<String, List<Ref>> refs,
                   Body body, boolean section, Map<String, Position> positions, Map<String, Body> markdown) {

    public static final String SECTION_ID = "_index";

    public Entry {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        Map<String, List<Ref>> copy = new LinkedHashMap<>();
        refs.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        refs = Collections.unmodifiableMap(copy);
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
        markdown = Collections.unmodifiableMap(new LinkedHashMap<>(markdown));
    }

    /** The IDs of the headings of the body and then of the Markdown fields: what {@code [[ID#heading]]} may name. */
    public List<String> headingIds() {
        if (markdown.isEmpty()) {
            return body.headingIds();
        }
        List<String> ids = new ArrayList<>(body.headingIds());
        markdown.values().forEach(b -> ids.addAll(b.headingIds()));
        return ids;
    }

    /** Where field {@code name}'s value is written, or the start of the file when it is not. */
    public Position positionOf(String name) {
        return positions.getOrDefault(name, Position.START);
    }

    public String slug() {
        return EntryId.slug(id);
    }

    public Entry withBody(Body newBody) {
        return new Entry(id, collection, lang, path, idLine, idColumn, title, linkTitle, summary, draft, weight, updated,
                layout, fields, params, refs, newBody, section, positions, markdown);
    }
}
