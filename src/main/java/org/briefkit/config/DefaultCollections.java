package org.briefkit.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** The advocacy collections of SPEC.md, used when {@code site.yml} declares none. */
public final class DefaultCollections {
    private DefaultCollections() {
    }

    public static Map<String, CollectionConfig> all() {
        Map<String, CollectionConfig> m = new LinkedHashMap<>();
        add(m, "talking-points", "Talking points",
                refs("theme", "themes", "proposals", "proposals", "articles", "articles", "countries", "countries"),
                fields("stance", FieldSpec.oneOf("oppose", "support", "amend", "context")));
        add(m, "proposals", "Proposals",
                refs("proposers", "countries", "articles", "articles"),
                fields("kind", FieldSpec.oneOf("new", "mod", "add", "sup"),
                        "text", FieldSpec.of(FieldType.TEXT),
                        "source", FieldSpec.of(FieldType.TEXT),
                        "submitted", FieldSpec.of(FieldType.DATE)));
        add(m, "articles", "Articles",
                refs(),
                fields("number", FieldSpec.of(FieldType.TEXT),
                        "treaty", FieldSpec.of(FieldType.TEXT).withDefault("ITR")));
        add(m, "countries", "Countries and groups",
                refs("groups", "countries"),
                fields("code", FieldSpec.of(FieldType.TEXT),
                        "region", FieldSpec.of(FieldType.TEXT),
                        "kind", FieldSpec.oneOf("country", "group", "sector-member").withDefault("country")));
        add(m, "themes", "Themes", refs(), fields());
        add(m, "pages", "Pages", refs(), fields("menu", FieldSpec.of(FieldType.TEXT)));
        // Pages are in the menu one by one (their 'menu' field), not as a listing.
        m.put("pages", m.get("pages").withMenu(false));
        return m;
    }

    private static void add(Map<String, CollectionConfig> m, String name, String title, Map<String, String> refs,
                            Map<String, FieldSpec> fields) {
        m.put(name, new CollectionConfig(name, title, refs, CollectionConfig.ID_KEY, fields));
    }

    private static Map<String, String> refs(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static Map<String, FieldSpec> fields(Object... pairs) {
        Map<String, FieldSpec> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (FieldSpec) pairs[i + 1]);
        }
        return m;
    }
}
