package org.briefkit.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;
import org.briefkit.diag.Suggest;
import org.briefkit.yaml.SafeYaml;
import org.briefkit.yaml.ValueReader;
import org.briefkit.yaml.YList;
import org.briefkit.yaml.YMap;
import org.briefkit.yaml.YNode;
import org.briefkit.yaml.YScalar;
import org.briefkit.yaml.YValues;
import org.briefkit.yaml.YamlLimits;

/**
 * Parses {@code site.yml} into a {@link SiteConfig}. Unknown keys are errors (with "did you mean"), so
 * a typo never silently does nothing. On errors the defaults stand in, so the rest of the build can
 * still report its own problems. Stateless and thread-safe.
 */
public final class SiteConfigParser {
    public static final String FILE = "site.yml";

    private static final Set<String> TOP_KEYS = Set.of("title", "baseUrl", "languages", "allowRawHtml",
            "collections", "links", "allowHosts", "params", "defaultLanguageInFolder", "strictLayouts", "security");
    private static final Set<String> COLLECTION_KEYS = Set.of("title", "singular", "references", "key", "fields", "menu",
            "otherKeys");
    private static final Set<String> FIELD_KEYS = Set.of("type", "values", "default", "required", "label");
    /** Output folders briefkit writes itself, which no collection may use. */
    public static final Set<String> RESERVED = Set.of("data", "search");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern HOST = Pattern.compile("(\\*\\.)?[A-Za-z0-9.-]+(:[0-9]+)?");

    private SiteConfigParser() {
    }

    /** The parsed configuration and the problems found in it. */
    public record Result(SiteConfig config, List<Diagnostic> diagnostics) {
    }

    public static Result parse(String text) {
        return parse(new SourceText(FILE, text));
    }

    public static Result parse(SourceText source) {
        List<Diagnostic> problems = new ArrayList<>();
        SafeYaml.Result yaml = SafeYaml.parse(source, source.text(), 1, YamlLimits.DEFAULT);
        problems.addAll(yaml.diagnostics());
        SiteConfig defaults = SiteConfig.defaults();
        if (yaml.root() == null) {
            return new Result(defaults, problems);
        }
        ValueReader read = new ValueReader(source, problems);
        if (!(yaml.root() instanceof YMap root)) {
            read.error(yaml.root(), "site.yml must be a map of settings (name: value)", "");
            return new Result(defaults, problems);
        }
        for (YMap.Field f : root.fields().values()) {
            if (!TOP_KEYS.contains(f.key())) {
                problems.add(source.error(f.keyLine(), f.keyColumn(), "unknown setting '" + f.key() + "'")
                        .withDidYouMean(Suggest.closest(f.key(), TOP_KEYS)).withHint("settings: " + String.join(", ", sorted(TOP_KEYS))));
            }
        }
        Map<String, String> titles = new LinkedHashMap<>();
        String title = defaults.title();
        if (root.get("title") instanceof YMap tm) {
            for (YMap.Field f : tm.fields().values()) {
                String t = read.text(f.value(), "title");
                if (t != null && !t.isBlank()) {
                    titles.put(f.key(), t);
                }
            }
        } else {
            title = orDefault(textOf(root, "title", read), defaults.title());
        }
        String baseUrl = baseUrl(root, read);
        List<String> languages = languages(root, read);
        Boolean raw = root.get("allowRawHtml") == null ? null : read.bool(root.get("allowRawHtml"), "allowRawHtml");
        SiteConfig.LinkStyle links = linkStyle(root, read);
        List<String> hosts = hosts(root, read);
        Map<String, Object> params = new LinkedHashMap<>();
        YNode paramsNode = root.get("params");
        if (paramsNode instanceof YMap pm) {
            pm.fields().forEach((k, f) -> params.put(k, YValues.toJava(f.value())));
        } else if (paramsNode != null && !(paramsNode instanceof YScalar s && s.isNull())) {
            read.error(paramsNode, "'params' must be a map", "");
        }
        Map<String, CollectionConfig> collections = collections(root, languages, read, source, problems);
        boolean declared = !collections.isEmpty();
        Boolean inFolder = root.get("defaultLanguageInFolder") == null ? null
                : read.bool(root.get("defaultLanguageInFolder"), "defaultLanguageInFolder");
        Boolean strictLayouts = root.get("strictLayouts") == null ? null : read.bool(root.get("strictLayouts"), "strictLayouts");
        if (!titles.isEmpty()) {
            title = titles.getOrDefault(languages.get(0), titles.values().iterator().next());
            for (YMap.Field f : ((YMap) root.get("title")).fields().values()) {
                if (!languages.contains(f.key())) {
                    read.error(f.value(), "'title' for '" + f.key() + "', which is not in 'languages'", "languages: " + languages);
                }
            }
        }
        SiteConfig config = new SiteConfig(title, titles, baseUrl, languages, raw != null && raw,
                declared ? collections : DefaultCollections.all(), links, hosts, params, declared, inFolder != null && inFolder,
                strictLayouts != null && strictLayouts, SecurityConfigParser.parse(root.get("security"), read, problems));
        return new Result(config, problems);
    }

    private static String textOf(YMap map, String key, ValueReader read) {
        YNode n = map.get(key);
        return n == null ? null : read.text(n, key);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A base URL in canonical form (ending in "/"), or null when it is not an absolute http(s) URL. */
    public static String normaliseBaseUrl(String raw) {
        try {
            URI uri = new URI(raw.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
            String s = uri.toString();
            return s.endsWith("/") ? s : s + "/";
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String baseUrl(YMap root, ValueReader read) {
        String raw = textOf(root, "baseUrl", read);
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String url = normaliseBaseUrl(raw);
        if (url == null) {
            read.error(root.get("baseUrl"), "'baseUrl' must be an absolute http(s) URL like https://example.org/wcit/", "");
            return "";
        }
        return url;
    }

    private static List<String> languages(YMap root, ValueReader read) {
        YNode node = root.get("languages");
        if (node == null) {
            return List.of("en");
        }
        List<String> out = new ArrayList<>();
        for (YScalar s : read.scalars(node, "languages")) {
            String code = s.text().trim();
            if (!LANGUAGE.matcher(code).matches()) {
                read.error(s, "'" + code + "' is not a language code", "use codes like en, fr, ar, pt-BR");
            } else if (out.contains(code)) {
                read.error(s, "language '" + code + "' is listed twice", "");
            } else {
                out.add(code);
            }
        }
        return out.isEmpty() ? List.of("en") : out;
    }

    private static SiteConfig.LinkStyle linkStyle(YMap root, ValueReader read) {
        String t = textOf(root, "links", read);
        if (t == null) {
            return SiteConfig.LinkStyle.FILE;
        }
        switch (t) {
            case "file" -> {
                return SiteConfig.LinkStyle.FILE;
            }
            case "directory" -> {
                return SiteConfig.LinkStyle.DIRECTORY;
            }
            default -> {
                read.error(root.get("links"), "'links' must be 'file' or 'directory', not '" + t + "'",
                        "'file' links end in index.html and work from disk; 'directory' links need a web server");
                return SiteConfig.LinkStyle.FILE;
            }
        }
    }

    private static List<String> hosts(YMap root, ValueReader read) {
        YNode node = root.get("allowHosts");
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (YScalar s : read.scalars(node, "allowHosts")) {
            String host = s.text().trim().toLowerCase(Locale.ROOT);
            if (!HOST.matcher(host).matches()) {
                read.error(s, "'" + s.text() + "' is not a host name", "write a host like media.example.org, without https://");
            } else {
                out.add(host);
            }
        }
        return out;
    }

    private static Map<String, CollectionConfig> collections(YMap root, List<String> languages, ValueReader read, SourceText source,
                                                             List<Diagnostic> problems) {
        Map<String, CollectionConfig> out = new LinkedHashMap<>();
        YNode node = root.get("collections");
        if (node == null || node instanceof YScalar s && s.isNull()) {
            return out;
        }
        if (!(node instanceof YMap map)) {
            read.error(node, "'collections' must be a map of collection names to settings", "");
            return out;
        }
        for (YMap.Field f : map.fields().values()) {
            String name = f.key();
            if (!NAME.matcher(name).matches()) {
                problems.add(source.error(f.keyLine(), f.keyColumn(), "collection name '" + name
                        + "' must be lower-case letters, digits, '-' or '_'"));
                continue;
            }
            if (RESERVED.contains(name)) {
                problems.add(source.error(f.keyLine(), f.keyColumn(), "collection name '" + name + "' is reserved: briefkit writes "
                        + name + "/ itself").withHint("choose another name"));
                continue;
            }
            out.put(name, collection(name, f.value(), new Context(languages, read, source, problems)));
        }
        for (YMap.Field f : map.fields().values()) {
            CollectionConfig c = out.get(f.key());
            if (c == null || !(f.value() instanceof YMap cm) || !(cm.get("references") instanceof YMap refs)) {
                continue;
            }
            for (YMap.Field r : refs.fields().values()) {
                String target = c.references().get(r.key());
                if (target != null && !out.containsKey(target)) {
                    read.error(r.value(), "reference field '" + r.key() + "' names unknown collection '" + target + "'",
                            Suggest.closest(target, out.keySet()), Suggest.validValues(target, out.keySet()));
                }
            }
        }
        return out;
    }

    /** What reading one collection's settings needs: the site's languages, and where problems go. */
    private record Context(List<String> languages, ValueReader read, SourceText source, List<Diagnostic> problems) {
        void unknownKeys(YMap map, Set<String> known, String what) {
            for (YMap.Field f : map.fields().values()) {
                if (!known.contains(f.key())) {
                    problems.add(source.error(f.keyLine(), f.keyColumn(), "unknown " + what + " '" + f.key() + "'")
                            .withDidYouMean(Suggest.closest(f.key(), known)).withHint("settings: " + String.join(", ", sorted(known))));
                }
            }
        }
    }

    private static CollectionConfig collection(String name, YNode node, Context cx) {
        Localized title = Localized.of(titleCase(name));
        Localized singular = null;
        Map<String, String> references = new LinkedHashMap<>();
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        String key = CollectionConfig.ID_KEY;
        ValueReader read = cx.read();
        if (node instanceof YScalar s && s.isNull()) {
            return new CollectionConfig(name, title, singular, references, key, fields, true, true);
        }
        if (!(node instanceof YMap map)) {
            read.error(node, "collection '" + name + "' must be a map of settings", "");
            return new CollectionConfig(name, title, singular, references, key, fields, true, true);
        }
        cx.unknownKeys(map, COLLECTION_KEYS, "collection setting");
        title = localized(map, "title", cx, title);
        singular = localized(map, "singular", cx, null);
        String k = textOf(map, "key", read);
        if (k != null && !k.isBlank()) {
            key = k.trim();
        }
        YNode refs = map.get("references");
        if (refs instanceof YMap rm) {
            rm.fields().forEach((field, f) -> {
                String target = read.text(f.value(), field);
                if (target != null) {
                    references.put(field, target.trim());
                }
            });
        } else if (refs != null && !(refs instanceof YScalar s && s.isNull())) {
            read.error(refs, "'references' must map field names to collections, e.g. {authors: authors}", "");
        }
        YNode fs = map.get("fields");
        if (fs instanceof YMap fm) {
            fm.fields().forEach((field, f) -> {
                FieldSpec spec = fieldSpec(field, f.value(), cx);
                if (spec != null) {
                    fields.put(field, spec);
                }
            });
        } else if (fs != null && !(fs instanceof YScalar s && s.isNull())) {
            read.error(fs, "'fields' must map field names to types", "");
        }
        Boolean menu = map.get("menu") == null ? null : read.bool(map.get("menu"), "menu");
        // Without a schema there is nothing to check keys against (content brought from elsewhere);
        // with one, a key it does not name is a typo unless the collection says it takes others.
        Boolean otherKeys = map.get("otherKeys") == null ? null : read.bool(map.get("otherKeys"), "otherKeys");
        return new CollectionConfig(name, title, singular, references, key, fields, menu == null || menu,
                otherKeys == null ? !(fs instanceof YMap) : otherKeys);
    }

    /**
     * A text written once ({@code title: Notes}) or per language ({@code title: {en: Notes, fr: Remarques}}),
     * or {@code fallback} when absent. Per language, the default language's text (else the first) is
     * the text for languages not listed; languages the site does not have are errors.
     */
    private static Localized localized(YMap map, String key, Context cx, Localized fallback) {
        YNode node = map.get(key);
        if (!(node instanceof YMap byLang)) {
            String t = textOf(map, key, cx.read());
            return t == null || t.isBlank() ? fallback : Localized.of(t.strip());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (YMap.Field f : byLang.fields().values()) {
            String t = cx.read().text(f.value(), key);
            if (!cx.languages().contains(f.key())) {
                cx.problems().add(cx.source().error(f.keyLine(), f.keyColumn(), "'" + key + "' for '" + f.key()
                        + "', which is not in 'languages'").withDidYouMean(Suggest.closest(f.key(), cx.languages()))
                        .withHint("languages: " + String.join(", ", cx.languages())));
            } else if (t != null && !t.isBlank()) {
                texts.put(f.key(), t.strip());
            }
        }
        if (texts.isEmpty()) {
            return fallback;
        }
        String first = texts.getOrDefault(cx.languages().get(0), texts.values().iterator().next());
        return new Localized(first, texts);
    }

    private static FieldSpec fieldSpec(String field, YNode node, Context cx) {
        ValueReader read = cx.read();
        if (node instanceof YScalar s) {
            FieldType type = FieldType.parse(s.text());
            if (type == null) {
                read.error(s, "unknown field type '" + s.text() + "'", Suggest.closest(s.text(), typeNames()), typesHint());
                return null;
            }
            return FieldSpec.of(type);
        }
        if (!(node instanceof YMap m)) {
            read.error(node, "field '" + field + "' must be a type or a map of settings", typesHint());
            return null;
        }
        cx.unknownKeys(m, FIELD_KEYS, "field setting");
        FieldType type = FieldType.TEXT;
        String t = textOf(m, "type", read);
        if (t != null) {
            type = FieldType.parse(t);
            if (type == null) {
                read.error(m.get("type"), "unknown field type '" + t + "'", Suggest.closest(t, typeNames()), typesHint());
                return null;
            }
        }
        List<String> values = new ArrayList<>();
        if (m.get("values") != null) {
            read.scalars(m.get("values"), "values").forEach(v -> values.add(v.text()));
        }
        String def = textOf(m, "default", read);
        Boolean required = m.get("required") == null ? null : read.bool(m.get("required"), "required");
        return new FieldSpec(type, values, def, required != null && required, localized(m, "label", cx, null));
    }

    private static List<String> typeNames() {
        List<String> names = new ArrayList<>();
        for (FieldType t : FieldType.values()) {
            names.add(t.label());
        }
        return names;
    }

    private static String typesHint() {
        return "types: " + String.join(", ", typeNames());
    }

    private static List<String> sorted(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        l.sort(null);
        return l;
    }

    private static String titleCase(String name) {
        String spaced = name.replace('-', ' ').replace('_', ' ');
        return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
