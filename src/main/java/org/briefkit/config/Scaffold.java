package org.briefkit.config;

import java.util.Map;

/**
 * The text of a new entry for {@code briefkit new}: front matter with every field its collection
 * expects, each explained in a comment, and a line of body text. Stateless.
 */
public final class Scaffold {
    private static final Map<String, String> HELP = Map.ofEntries(
            Map.entry("summary", "one sentence an advocate can say to an official"),
            Map.entry("stance", "oppose, support, amend or context"),
            Map.entry("weight", "order in listings (lower first)"),
            Map.entry("updated", "date of this version"),
            Map.entry("theme", "the theme it belongs to (ID of a theme)"),
            Map.entry("proposals", "IDs of the proposals it answers or that it concerns"),
            Map.entry("articles", "IDs of the treaty articles it cites or changes"),
            Map.entry("countries", "IDs of the countries and groups it concerns"),
            Map.entry("kind", "new, mod, add or sup for proposals; country, group or sector-member for countries"),
            Map.entry("text", "the proposed wording, quoted exactly"),
            Map.entry("source", "where the quoted wording comes from"),
            Map.entry("submitted", "date the proposal was submitted, if known"),
            Map.entry("proposers", "IDs of the countries or groups that made it"),
            Map.entry("number", "the article's number, in quotes, e.g. \"8.4\""),
            Map.entry("treaty", "ITR, UDHR, ICCPR …"),
            Map.entry("code", "country or group code"),
            Map.entry("region", "region"),
            Map.entry("groups", "IDs of the groups it belongs to"),
            Map.entry("menu", "main or footer to list it in a menu; leave empty otherwise"));

    private Scaffold() {
    }

    /** The file's text; {@code explicitId} is written as {@code id:} when the file name cannot carry the ID. */
    public static String text(CollectionConfig c, String id, String title, String today, boolean explicitId) {
        StringBuilder sb = new StringBuilder("---\n");
        if (explicitId) {
            line(sb, "id: " + quote(id), "the entry's ID (the file name cannot carry it)");
        }
        line(sb, "title: " + quote(title), "");
        line(sb, "summary: \"\"", help("summary", "one sentence that sums it up"));
        for (Map.Entry<String, FieldSpec> f : c.fields().entrySet()) {
            FieldSpec spec = f.getValue();
            String value = switch (spec.type()) {
                case LIST -> "[]";
                case DATE -> "";
                case BOOLEAN -> "false";
                default -> spec.defaultValue() != null ? quote(spec.defaultValue())
                        : spec.values().isEmpty() ? "" : spec.values().get(0);
            };
            String about = help(f.getKey(), spec.values().isEmpty() ? spec.type().label() : String.join(", ", spec.values()));
            line(sb, f.getKey() + ":" + (value.isEmpty() ? "" : " " + value), about + (spec.required() ? " (required)" : ""));
        }
        line(sb, "weight: 1", help("weight", ""));
        line(sb, "updated: " + today, help("updated", ""));
        for (Map.Entry<String, String> r : c.references().entrySet()) {
            line(sb, r.getKey() + ": []", help(r.getKey(), "IDs of entries in " + r.getValue()));
        }
        sb.append("---\n\nWrite the text here in Markdown. Link other entries with `[[ID]]` or `[[ID|your words]]`.\n");
        return sb.toString();
    }

    private static String help(String field, String fallback) {
        return HELP.getOrDefault(field, fallback);
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
