package org.briefkit.config;

import java.util.List;
import java.util.Map;

/**
 * The text of a new entry for {@code briefkit new}: a draft ({@code draft: true}) with every field
 * its collection has, each explained in a comment written for that collection, and placeholder text
 * to replace. A build refuses to publish an entry that still holds a {@link #PLACEHOLDERS placeholder}
 * (a draft may keep them). Stateless.
 */
public final class Scaffold {
    /** The body a new entry starts with. */
    static final String BODY = "Write the text here in Markdown. Link other entries with `[[ID]]` or `[[ID|your words]]`.";
    /** The title a new entry gets when none is given. */
    static final String TITLE = "Replace this title";
    /** Text of a new entry that must not be published: the build names each line that still has it. */
    public static final List<String> PLACEHOLDERS = List.of(BODY, TITLE);

    /** Comments for a field of one collection ({@code collection/field}), or of any ({@code field}). */
    private static final Map<String, String> HELP = Map.ofEntries(
            Map.entry("talking-points/summary", "one sentence an advocate can say to an official"),
            Map.entry("proposals/summary", "what the proposal would change, in one sentence"),
            Map.entry("summary", "one sentence that sums it up (shown in listings)"),
            Map.entry("talking-points/stance", "oppose, support, amend or context (what we ask for)"),
            Map.entry("weight", "order in listings (lower first)"),
            Map.entry("updated", "date of this version"),
            Map.entry("talking-points/theme", "ID of the theme it belongs to"),
            Map.entry("talking-points/proposals", "IDs of the proposals it answers"),
            Map.entry("talking-points/articles", "IDs of the treaty articles it cites"),
            Map.entry("talking-points/countries", "IDs of the countries and groups it concerns"),
            Map.entry("proposals/kind", "new, mod, add or sup: a new, modified, added or suppressed provision"),
            Map.entry("proposals/text", "the proposed wording, quoted exactly"),
            Map.entry("proposals/source", "the document the wording comes from"),
            Map.entry("proposals/submitted", "date it was submitted, if known"),
            Map.entry("proposals/proposers", "IDs of the countries or groups that made it"),
            Map.entry("proposals/articles", "IDs of the articles it changes"),
            Map.entry("articles/number", "the article's number, in quotes, e.g. \"8.4\""),
            Map.entry("articles/treaty", "ITR, UDHR, ICCPR …"),
            Map.entry("countries/code", "the country's or group's code"),
            Map.entry("countries/region", "the region"),
            Map.entry("countries/kind", "country, group or sector-member"),
            Map.entry("countries/groups", "IDs of the groups it belongs to"),
            Map.entry("pages/menu", "main or footer to list it in a menu; leave empty otherwise"));

    private Scaffold() {
    }

    /**
     * The file's text. {@code title} null gives a placeholder title; {@code explicitId} writes the
     * ID as {@code id:} when the file name cannot carry it.
     */
    public static String text(CollectionConfig c, String id, String title, String today, boolean explicitId) {
        StringBuilder sb = new StringBuilder("---\n");
        if (explicitId) {
            line(sb, "id: " + quote(id), "the entry's ID (the file name cannot carry it)");
        }
        line(sb, "title: " + quote(title == null ? TITLE : title), "");
        line(sb, "draft: true", "remove this line to publish it");
        line(sb, "summary: \"\"", help(c, "summary", ""));
        for (Map.Entry<String, FieldSpec> f : c.fields().entrySet()) {
            FieldSpec spec = f.getValue();
            // A value is written only where the collection has a default: a new entry asserts
            // nothing ("We oppose") that its editor did not choose.
            String value = switch (spec.type()) {
                case LIST -> "[]";
                case BOOLEAN -> "false";
                default -> spec.defaultValue() != null ? quote(spec.defaultValue()) : "";
            };
            String fallback = spec.values().isEmpty() ? spec.type().label() : String.join(", ", spec.values());
            line(sb, f.getKey() + ":" + (value.isEmpty() ? "" : " " + value),
                    help(c, f.getKey(), fallback) + (spec.required() ? " (required)" : ""));
        }
        line(sb, "weight: 1", help(c, "weight", ""));
        line(sb, "updated: " + today, help(c, "updated", ""));
        for (Map.Entry<String, String> r : c.references().entrySet()) {
            line(sb, r.getKey() + ": []", help(c, r.getKey(), "IDs of entries in " + r.getValue()));
        }
        sb.append("---\n\n").append(BODY).append('\n');
        return sb.toString();
    }

    private static String help(CollectionConfig c, String field, String fallback) {
        String own = HELP.get(c.name() + "/" + field);
        return own != null ? own : HELP.getOrDefault(field, fallback);
    }

    private static void line(StringBuilder sb, String text, String comment) {
        sb.append(text);
        if (!comment.isEmpty()) {
            sb.append(" ".repeat(Math.max(1, 24 - text.length()))).append("# ").append(comment);
        }
        sb.append('\n');
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
