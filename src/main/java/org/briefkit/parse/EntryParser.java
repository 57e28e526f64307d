package org.briefkit.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefkit.config.CollectionConfig;
import org.briefkit.config.CommonFields;
import org.briefkit.config.FieldSpec;
import org.briefkit.config.Scaffold;
import org.briefkit.config.SiteConfig;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;
import org.briefkit.diag.Suggest;
import org.briefkit.model.Body;
import org.briefkit.model.Entry;
import org.briefkit.model.EntryId;
import org.briefkit.model.Position;
import org.briefkit.model.Ref;
import org.briefkit.yaml.SafeYaml;
import org.briefkit.yaml.ValueReader;
import org.briefkit.yaml.YMap;
import org.briefkit.yaml.YNode;
import org.briefkit.yaml.YScalar;
import org.briefkit.yaml.YValues;
import org.briefkit.yaml.YamlLimits;

/**
 * Parses one content file into an {@link Entry}: decoding, front matter, fields checked against the
 * collection's schema, Markdown body. Pure (no disk): {@link #parse(String, byte[])} takes the bytes.
 * Thread-safe: one parser serves all files of a build.
 */
public final class EntryParser {
    private final SiteConfig config;
    private final MarkdownRenderer markdown;
    private final MarkdownFields markdownFields;
    private final boolean packBodies;

    /** An entry (null when the file is too broken to use) and the problems found in it. */
    public record Result(Entry entry, List<Diagnostic> diagnostics) {
    }

    public EntryParser(SiteConfig config, MarkdownRenderer markdown) {
        this(config, markdown, false);
    }

    /** With {@code packBodies}, entries keep their bodies {@linkplain Body#packed() packed}. */
    public EntryParser(SiteConfig config, MarkdownRenderer markdown, boolean packBodies) {
        this.config = config;
        this.markdown = markdown;
        this.markdownFields = new MarkdownFields(markdown);
        this.packBodies = packBodies;
    }

    public Result parse(String path, byte[] bytes) {
        List<Diagnostic> problems = new ArrayList<>();
        ContentPath where = ContentPath.of(path, config);
        if (where == null) {
            problems.add(Diagnostic.error(path, 0, 0, "not an entry: content files are Markdown (.md) files in a collection folder"));
            return new Result(null, problems);
        }
        unlistedLanguage(path, where, problems);
        String text = TextDecoder.decode(path, bytes, problems);
        if (text == null) {
            return new Result(null, problems);
        }
        SourceText source = new SourceText(path, text);
        try {
            return new Result(parse(source, where, problems), problems);
        } catch (StackOverflowError e) {
            problems.add(source.error(1, 1, "the file is nested too deeply to read (thousands of levels of lists, quotes or brackets)")
                    .withHint("simplify the Markdown"));
            return new Result(null, problems);
        }
    }

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    /** {@code name.de.md} on a site without German reads as the entry "name.de": probably not what was meant. */
    private void unlistedLanguage(String path, ContentPath where, List<Diagnostic> problems) {
        int dot = where.stem().lastIndexOf('.');
        String suffix = dot > 0 ? where.stem().substring(dot + 1) : "";
        if (ISO_LANGUAGES.contains(suffix)) {
            problems.add(Diagnostic.warning(path, 1, 1, "'" + suffix + "' is not one of the site's languages " + config.languages()
                    + ", so this file is read as an entry with the ID '" + where.stem() + "'")
                    .withHint("add " + suffix + " to languages: in site.yml, or rename the file"));
        }
    }

    private Entry parse(SourceText source, ContentPath where, List<Diagnostic> problems) {
        FrontMatter parts = FrontMatter.split(source, problems);
        if (parts == null || parts.format() == null && unopened(source, where, problems)) {
            return null;
        }
        YMap fm = null;
        SafeYaml.Result values = parts.read(source, YamlLimits.DEFAULT);
        problems.addAll(values.diagnostics());
        if (!values.ok()) {
            return null;
        }
        if (values.root() instanceof YMap m) {
            fm = m;
        } else if (values.root() != null && !(values.root() instanceof YScalar s && s.isNull())) {
            problems.add(source.error(values.root().line(), values.root().column(),
                    "front matter must be a list of 'name: value' fields, not " + values.root().kind()));
            return null;
        }
        CollectionConfig collection = where.section() ? null : config.collection(where.collection());
        boolean translation = !where.lang().equals(config.defaultLanguage());
        Fields f = new Fields(new ValueReader(source, problems), collection, translation, config.declared());
        if (fm != null) {
            for (YMap.Field field : fm.fields().values()) {
                f.bind(field);
            }
        }
        String title = f.text("title");
        if (!MarkdownLimits.check(source, parts.bodyOffset(), parts.body(), problems)) {
            return null;
        }
        Body body = markdown.render(source, parts.bodyOffset(), parts.body(), title == null, !where.section(), problems);
        if (title == null) {
            title = body.firstHeading();
        }
        String id = where.section() ? Entry.SECTION_ID : where.stem();
        int idLine = 1;
        int idColumn = 1;
        YMap.Field idField = fm == null ? null : fm.field("id");
        if (idField != null && f.text("id") != null) {
            id = f.text("id").strip();
            idLine = idField.value().line();
            idColumn = idField.value().column();
            if (where.section()) {
                problems.add(source.error(idLine, idColumn, "an _index.md file has no ID").withHint("remove 'id:'"));
                return null;
            }
        }
        if (!where.section() && !EntryId.isValid(id)) {
            String what = idField == null ? "file name '" + where.stem() + "' cannot be an ID: " : "invalid ID '" + id + "': ";
            problems.add(source.error(idLine, idColumn, what + EntryId.problem(id))
                    .withHint(idField == null ? "rename the file, or set 'id:' in the front matter" : ""));
            return null;
        }
        boolean badTitle = fm != null && fm.get("title") != null && !(fm.get("title") instanceof YScalar);
        if (!where.section() && !translation && (title == null || title.isBlank()) && !badTitle) {
            problems.add(source.error(1, 1, "entry has no title")
                    .withHint("add 'title: …' to the front matter, or start the text with a '# Heading'"));
            return null;
        }
        if (badTitle) {
            return null;
        }
        if (!translation) {
            f.checkRequired(source, problems);
        }
        Boolean draft = f.bool("draft");
        if (draft == null || !draft) {
            placeholders(source, problems);
        }
        BigDecimal weight = f.number("weight");
        return new Entry(id, where.collection(), where.lang(), source.path(), idLine, idColumn,
                title == null ? "" : title.strip(), f.text("linkTitle"), f.text("summary"), draft != null && draft, weight,
                f.text("updated"), f.text("layout"), f.known, f.params, f.refs, packBodies ? body.packed() : body, where.section(),
                f.positions, markdownFields.render(source, fm, collection, problems));
    }

    /**
     * Whether the file, which has no front matter, starts with fields that lost their opening
     * {@code ---} (reported): its first line sets a field the collection knows, or the fields end at
     * a {@code ---} line. Published as it is, the fields would be the page's text and it would have
     * no title.
     */
    private boolean unopened(SourceText source, ContentPath where, List<Diagnostic> problems) {
        String key = FrontMatter.leadingKey(source);
        if (key == null) {
            return false;
        }
        CollectionConfig collection = where.section() ? null : config.collection(where.collection());
        boolean known = collection == null ? CommonFields.ALL.containsKey(key) : collection.knownKeys().contains(key);
        int closing = FrontMatter.closingFence(source);
        if (!known && closing == 0) {
            return false;
        }
        problems.add(source.error(1, 1, "front matter without its opening '---': the file starts with '" + key + ":'")
                .withHint(closing > 0 ? "add a line with only '---' above line 1 (the closing '---' is on line " + closing + ")"
                        : "add a line with only '---' above line 1, and another after the last field"));
        return true;
    }

    /**
     * Each line of a published entry that still holds text {@code briefkit new} wrote to be
     * replaced: published, the page would show it (a draft may keep it).
     */
    private static void placeholders(SourceText source, List<Diagnostic> problems) {
        for (String placeholder : Scaffold.PLACEHOLDERS) {
            for (int at = source.text().indexOf(placeholder); at >= 0; at = source.text().indexOf(placeholder, at + 1)) {
                problems.add(source.errorAt(at, "placeholder text from 'briefkit new' is still here")
                        .withHint("replace it with the entry's own text, or keep 'draft: true' until the entry is ready"));
            }
        }
    }

    /** Binds front-matter fields to the common fields, the collection's fields, references and params. */
    private static final class Fields {
        private final ValueReader read;
        private final CollectionConfig collection;
        private final boolean declared;
        private final Map<String, Object> common = new LinkedHashMap<>();
        final Map<String, Object> known = new LinkedHashMap<>();
        final Map<String, Object> params = new LinkedHashMap<>();
        final Map<String, List<Ref>> refs = new LinkedHashMap<>();
        final Map<String, Position> positions = new LinkedHashMap<>();

        Fields(ValueReader read, CollectionConfig collection, boolean translation, boolean declared) {
            this.read = read;
            this.collection = collection;
            this.declared = declared;
            if (collection != null && !translation) {
                collection.references().keySet().forEach(k -> refs.put(k, new ArrayList<>()));
                collection.fields().forEach((k, spec) -> {
                    if (spec.defaultValue() != null) {
                        known.put(k, spec.defaultValue());
                    }
                });
            }
        }

        void bind(YMap.Field field) {
            String key = field.key();
            YNode value = field.value();
            positions.put(key, new Position(value.line(), value.column()));
            if (collection != null && collection.references().containsKey(key)) {
                List<Ref> list = refs.computeIfAbsent(key, k -> new ArrayList<>());
                for (YScalar s : read.scalars(value, key)) {
                    list.add(new Ref(s.text().strip(), s.line(), s.column()));
                }
                return;
            }
            FieldSpec spec = collection == null ? null : collection.fields().get(key);
            if (spec != null) {
                Object v = typed(spec, value, key);
                if (v != null) {
                    known.put(key, v);
                } else {
                    known.remove(key);
                }
                return;
            }
            FieldSpec commonSpec = CommonFields.ALL.get(key);
            if (commonSpec != null) {
                Object v = typed(commonSpec, value, key);
                if (v != null) {
                    common.put(key, v);
                }
                return;
            }
            if (collection != null && !collection.otherKeys() && !CommonFields.PARAMS.contains(key)) {
                unknown(field);
                return;
            }
            params.put(key, YValues.toJava(value));
        }

        /**
         * A key the collection's schema does not name: a typo (it would otherwise be dropped without a
         * word, and the page published without the value), with "did you mean" among its keys.
         */
        private void unknown(YMap.Field field) {
            List<String> keys = collection.knownKeys();
            String close = Suggest.closest(field.key(), keys);
            String hint = close != null ? "" : "the fields of " + collection.name() + ": " + String.join(", ", keys);
            if (declared && close == null) {
                hint += "; to keep other fields for templates (entry.params), set 'otherKeys: true' for "
                        + collection.name() + " in site.yml";
            }
            read.add(read.source().error(field.keyLine(), field.keyColumn(), "unknown field '" + field.key() + "' in "
                    + collection.name()).withHint(hint).withDidYouMean(close));
        }

        private Object typed(FieldSpec spec, YNode value, String key) {
            switch (spec.type()) {
                case NUMBER -> {
                    return read.number(value, key);
                }
                case BOOLEAN -> {
                    return read.bool(value, key);
                }
                case DATE -> {
                    return read.date(value, key);
                }
                case LIST -> {
                    List<String> out = new ArrayList<>();
                    read.scalars(value, key).forEach(s -> out.add(s.text()));
                    return List.copyOf(out);
                }
                default -> {
                    String t = read.text(value, key);
                    if (t != null && !spec.values().isEmpty() && !spec.values().contains(t.strip())) {
                        read.error(value, "'" + key + "' must be one of " + String.join(", ", spec.values())
                                + ", not '" + t + "'", Suggest.closest(t.strip(), spec.values()), "");
                        return null;
                    }
                    return t == null ? null : spec.values().isEmpty() ? t : t.strip();
                }
            }
        }

        void checkRequired(SourceText source, List<Diagnostic> problems) {
            if (collection == null) {
                return;
            }
            collection.fields().forEach((k, spec) -> {
                if (spec.required() && !known.containsKey(k)) {
                    problems.add(source.error(1, 1, "missing required field '" + k + "'")
                            .withHint("collection '" + collection.name() + "' needs '" + k + ":' in every entry"));
                }
            });
        }

        String text(String key) {
            Object v = common.get(key);
            return v instanceof String s ? s : null;
        }

        Boolean bool(String key) {
            return common.get(key) instanceof Boolean b ? b : null;
        }

        BigDecimal number(String key) {
            return common.get(key) instanceof BigDecimal b ? b : null;
        }
    }
}
