package org.briefkit.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import org.briefkit.config.CollectionConfig;
import org.briefkit.config.FieldSpec;
import org.briefkit.graph.SiteEntry;
import org.briefkit.model.Body;
import org.briefkit.model.Entry;
import org.briefkit.model.SourceHash;

/**
 * An entry as templates see it ({@code entry.title}, {@code entry.body}, {@code entry.proposals} …).
 * Keys, in order of precedence: the built-in keys documented in docs/templates.md, then the
 * collection's fields, then its reference fields (as lists of entries). Values are computed on
 * access; nothing else of the Java object is reachable. Thread-safe.
 */
final class EntryModel implements TemplateHashModelEx {
    static final List<String> BUILT_IN_ORDER = List.of("id", "collection", "collectionTitle", "title", "linkTitle", "summary", "url",
            "path", "permalink", "lang", "updated", "weight", "draft", "layout", "isSection", "fields", "params",
            "refs", "linksTo", "backlinks", "referrers", "body", "bodyWithIds", "markdown", "markdownFields", "headings", "file",
            "isFallback", "translations",
            "original", "stale", "langOf", "description");

    static final Set<String> BUILT_IN = Set.copyOf(BUILT_IN_ORDER);

    private final Views views;
    private final SiteEntry se;
    private final String[] keys;

    EntryModel(Views views, SiteEntry se) {
        this.views = views;
        this.se = se;
        Tracking.Aspect[] aspects = Tracking.Aspect.values();
        this.keys = new String[aspects.length];
        for (Tracking.Aspect a : aspects) {
            keys[a.ordinal()] = Tracking.key(se, a);
        }
    }

    SiteEntry siteEntry() {
        return se;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Tracking.touch(keys[aspect(key).ordinal()]);
        Object v = value(key);
        return v == null ? null : SandboxWrapperHolder.WRAPPER.wrap(v);
    }

    private Object value(String key) throws TemplateModelException {
        Entry e = se.entry();
        switch (key) {
            case "id": return e.section() ? null : e.id();
            case "collection": return e.collection();
            case "collectionTitle": {
                CollectionModel c = views.collection(e.collection());
                return c == null ? "" : c.title();
            }
            case "title": return e.title();
            case "linkTitle": return PartLanguage.linkTitle(se, original());
            case "langOf": return (TemplateMethodModelEx) args -> {
                if (args.size() != 1) {
                    throw new TemplateModelException("langOf(\"part\") takes a part: title, linkTitle, summary, body or a field");
                }
                return PartLanguage.of(se, original(), String.valueOf(args.get(0)));
            };
            case "description": return Descriptions.of(se);
            case "summary": return e.summary();
            case "url": return views.link(se.path());
            case "path": return se.path();
            case "permalink": return views.permalink(se.path());
            case "lang": return e.lang();
            case "updated": return e.updated();
            case "weight": return e.weight();
            case "draft": return e.draft();
            case "layout": return e.layout();
            case "isSection": return e.section();
            case "fields": return e.fields();
            case "params": return e.params();
            case "refs": {
                Map<String, List<EntryModel>> m = new LinkedHashMap<>();
                se.refs().forEach((k, v) -> m.put(k, views.entries(v)));
                return m;
            }
            case "linksTo": return views.entries(se.inlineRefs());
            case "backlinks": return backlinkGroups();
            case "referrers": return new Functions.Referrers(views, se);
            case "body": return HTMLOutputFormat.INSTANCE.fromMarkup(NoBreak.html(views.body(se)));
            case "markdown": return markdown();
            case "markdownFields": return markdownFields();
            case "bodyWithIds": return withIds("bodyWithIds", NoBreak.html(views.body(se)));
            case "file": return e.path();
            case "isFallback": return se.fallback();
            case "translations": return views.translations(se, "");
            case "original": return views.entry(views.languages().original(se));
            case "stale": return stale();
            case "headings": {
                List<Map<String, Object>> hs = new ArrayList<>();
                for (Body.Heading h : e.body().headings()) {
                    hs.add(Map.of("level", h.level(), "id", h.id(), "text", h.text()));
                }
                return hs;
            }
            default: break;
        }
        if (e.fields().containsKey(key)) {
            return e.fields().get(key);
        }
        if (se.refs().containsKey(key)) {
            return views.entries(se.refs().get(key));
        }
        CollectionConfig c = views.graph().config().collection(e.collection());
        if (c != null && c.references().containsKey(key)) {
            return List.of();
        }
        return null;
    }

    /** The default language's version of this entry, when this is a translation; else null. Notes the read. */
    private SiteEntry original() {
        if (se.fallback() || se.entry().lang().equals(views.graph().config().defaultLanguage())) {
            return null;
        }
        SiteEntry o = views.languages().original(se);
        if (o != null) {
            Tracking.touch(o, Tracking.Aspect.HEAD);
        }
        return o;
    }

    /**
     * When this is a translation older than its original: {@code {updated, reason}}; else null. Older
     * means the original's {@code updated} date is later, or the translation's {@code sourceHash} no
     * longer matches the original.
     */
    private Map<String, Object> stale() {
        Entry e = se.entry();
        if (se.fallback() || e.lang().equals(views.graph().config().defaultLanguage())) {
            return null;
        }
        SiteEntry original = views.languages().original(se);
        if (original == null) {
            return null;
        }
        Tracking.touch(original, Tracking.Aspect.HEAD);
        Tracking.touch(original, Tracking.Aspect.BODY);
        String reason = SourceHash.staleReason(e, original.entry());
        if (reason == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reason", reason);
        m.put("updated", original.entry().updated());
        return m;
    }

    /**
     * {@code html} with a prefix given to its IDs and its links to them, as a template method: for
     * pages that show several entries' texts (packs, handouts), whose IDs would clash. A second
     * argument, the level its level-2 headings take (4 under an entry's h3), keeps the page's outline:
     * a body's "The argument" then ranks below the title of the talking point it belongs to.
     */
    private static TemplateMethodModelEx withIds(String name, String html) {
        return args -> {
            if (args.size() != 1 && args.size() != 2) {
                throw new TemplateModelException(name + "(\"prefix\"[, level]) takes the prefix for the IDs in the text,"
                        + " and the level its h2 headings become");
            }
            String prefix = String.valueOf(args.get(0));
            String out = html.replace(" id=\"", " id=\"" + prefix).replace("href=\"#", "href=\"#" + prefix)
                    .replace(" aria-labelledby=\"", " aria-labelledby=\"" + prefix);
            if (args.size() == 2) {
                out = Headings.shift(out, Integer.parseInt(String.valueOf(args.get(1))) - 2);
            }
            return HTMLOutputFormat.INSTANCE.fromMarkup(out);
        };
    }

    /** The Markdown fields' HTML by field name. */
    private Map<String, Object> markdown() throws TemplateModelException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : se.markdown().entrySet()) {
            out.put(f.getKey(), HTMLOutputFormat.INSTANCE.fromMarkup(views.html(se, f.getValue())));
        }
        return out;
    }

    /** The Markdown fields in the order pages show them, each with its name, its label in the page's language and its HTML. */
    private List<Map<String, Object>> markdownFields() throws TemplateModelException {
        CollectionConfig c = views.graph().config().collection(se.collection());
        String lang = views.graph().lang();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, String> f : se.markdown().entrySet()) {
            FieldSpec spec = c == null ? null : c.fields().get(f.getKey());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.getKey());
            // For IDs and class names: a field's name may hold any character.
            m.put("anchor", f.getKey().replaceAll("[^A-Za-z0-9_-]", "-"));
            m.put("label", spec != null ? spec.label(f.getKey(), lang) : FieldSpec.labelOf(f.getKey()));
            String html = views.html(se, f.getValue());
            m.put("html", HTMLOutputFormat.INSTANCE.fromMarkup(html));
            m.put("withIds", withIds("withIds", html));
            out.add(m);
        }
        return out;
    }

    /** Which part of the entry a key reads, for incremental rebuilds. */
    private Tracking.Aspect aspect(String key) {
        switch (key) {
            case "id", "title", "url", "summary", "linkTitle", "collection", "collectionTitle", "path", "permalink", "lang",
                    "updated", "weight", "draft", "layout", "isSection", "fields", "params", "file", "isFallback", "stale",
                    "langOf" -> {
                return Tracking.Aspect.HEAD;
            }
            case "body", "bodyWithIds", "headings", "markdown", "markdownFields", "description" -> {
                return Tracking.Aspect.BODY;
            }
            case "refs", "linksTo", "backlinks", "referrers", "translations", "original" -> {
                return Tracking.Aspect.LINKS;
            }
            default -> {
                return se.entry().fields().containsKey(key) ? Tracking.Aspect.HEAD : Tracking.Aspect.LINKS;
            }
        }
    }

    /** Incoming references grouped by the referring collection, in collection order. */
    private List<Map<String, Object>> backlinkGroups() {
        Map<String, Set<SiteEntry>> byCollection = new LinkedHashMap<>();
        for (String c : views.graph().collectionNames()) {
            byCollection.put(c, new LinkedHashSet<>());
        }
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        for (SiteEntry.Backlink b : se.backlinks()) {
            byCollection.computeIfAbsent(b.from().collection(), k -> new LinkedHashSet<>()).add(b.from());
            if (b.field() != null) {
                fields.computeIfAbsent(b.from().collection(), k -> new LinkedHashSet<>()).add(b.field());
            }
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        byCollection.forEach((c, set) -> {
            if (set.isEmpty()) {
                return;
            }
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("collection", c);
            CollectionModel cm = views.collection(c);
            g.put("title", cm == null ? c : cm.title());
            g.put("entries", views.entries(new ArrayList<>(set)));
            g.put("fields", List.copyOf(fields.getOrDefault(c, Set.of())));
            groups.add(g);
        });
        return groups;
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public int size() {
        return keyList().size();
    }

    @Override
    public TemplateCollectionModel keys() {
        return new SimpleCollection(keyList(), SandboxWrapperHolder.WRAPPER);
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        List<TemplateModel> values = new ArrayList<>();
        for (String k : keyList()) {
            values.add(get(k));
        }
        return new SimpleCollection(values, SandboxWrapperHolder.WRAPPER);
    }

    private List<String> keyList() {
        Set<String> keys = new LinkedHashSet<>(BUILT_IN_ORDER);
        keys.addAll(se.entry().fields().keySet());
        keys.addAll(se.refs().keySet());
        return new ArrayList<>(keys);
    }
}
