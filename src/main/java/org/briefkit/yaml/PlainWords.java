package org.briefkit.yaml;

import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's resolver of implicit types, with the same answers, quicker for plain scalars that start
 * with an ASCII letter (keys, IDs, stances, titles: most of a front matter). The resolver tries a
 * regular expression per candidate type, a new matcher each time, and an "empty" one on every short
 * scalar; a letter can only start a boolean ({@code yes}, {@code Off}, …) or a null ({@code null},
 * {@code Null}, {@code NULL}), so those are looked up as words. {@code PlainWordsTest} compares the
 * answers with SnakeYAML's own on random scalars.
 */
final class PlainWords extends Resolver {
    private static final Set<String> BOOLEANS = Set.of("yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false",
            "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF");
    private static final Set<String> NULLS = Set.of("null", "Null", "NULL");

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind == NodeId.scalar && implicit && !value.isEmpty()) {
            char first = value.charAt(0);
            if (first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z') {
                return BOOLEANS.contains(value) ? Tag.BOOL : NULLS.contains(value) ? Tag.NULL : Tag.STR;
            }
        }
        return super.resolve(kind, value, implicit);
    }
}
