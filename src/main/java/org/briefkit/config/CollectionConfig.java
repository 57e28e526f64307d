package org.briefkit.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One collection: a folder under {@code content/}, its listing title and the singular name of one
 * of its entries (each per language when given so), its reference fields (field name to target
 * collection), the field references match ({@code key}, default {@code id}), its known fields,
 * whether its listing is in the site's menu, and whether its entries may carry keys beyond its
 * fields ({@code otherKeys}: kept and passed to templates as {@code entry.params}; otherwise an
 * unknown key is an error). Immutable.
 */
public record CollectionConfig(String name, Localized titles, Localized singulars, Map<String, String> references,
                               String key, Map<String, FieldSpec> fields, boolean inMenu, boolean otherKeys) {
    public static final String ID_KEY = "id";

    public CollectionConfig {
        references = Collections.unmodifiableMap(new LinkedHashMap<>(references));
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        key = key == null || key.isEmpty() ? ID_KEY : key;
        singulars = singulars == null ? Localized.of(Singular.of(name)) : singulars;
    }

    /**
     * A collection with one title in every language and the singular derived from its name, in the
     * menu, whose entries may carry only its fields (the advocacy collections).
     */
    public CollectionConfig(String name, String title, Map<String, String> references, String key, Map<String, FieldSpec> fields) {
        this(name, Localized.of(title), null, references, key, fields, true, false);
    }

    /** The same collection, its listing in the menu or not. */
    public CollectionConfig withMenu(boolean menu) {
        return new CollectionConfig(name, titles, singulars, references, key, fields, menu, otherKeys);
    }

    /** Every key its entries may set, its own fields and references first, then the common fields. */
    public List<String> knownKeys() {
        Set<String> keys = new LinkedHashSet<>(fields.keySet());
        keys.addAll(references.keySet());
        keys.addAll(CommonFields.ALL.keySet());
        keys.addAll(CommonFields.PARAMS);
        return List.copyOf(keys);
    }

    /** The listing title in the default language (or the only one given). */
    public String title() {
        return titles.text();
    }

    /** The listing title in {@code lang}. */
    public String title(String lang) {
        return titles.in(lang);
    }

    /** What one entry is called, in the default language: "approach" for {@code approaches}. */
    public String singular() {
        return singulars.text();
    }

    /** Whether references to this collection match a field other than the ID. */
    public boolean keyedByField() {
        return !ID_KEY.equals(key);
    }
}
