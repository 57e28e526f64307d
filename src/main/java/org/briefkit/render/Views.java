package org.briefkit.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import org.briefkit.config.CollectionConfig;
import org.briefkit.config.Language;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.model.Body;
import org.briefkit.text.Html;

/**
 * The view objects templates see, made once per build and shared by every page: an
 * {@link EntryModel} per entry, a {@link CollectionModel} per collection, and the {@code site} map.
 * Links in views start with {@link Body#ROOT}, which the renderer replaces with each page's path to
 * the site root, so the same view serves pages at any depth. Thread-safe.
 */
final class Views {
    private final SiteGraph graph;
    private final String generator;
    private final Map<SiteEntry, EntryModel> entries = new ConcurrentHashMap<>();
    private final Map<String, CollectionModel> collections = new LinkedHashMap<>();
    private final SiteModel site;

    private final boolean zip;
    private final Languages languages;
    private final Messages messages;
    /** Where links in bodies to paths of the site lead; null until the site's pages are known. */
    private final BodyLinks links;

    Views(SiteGraph graph, String generator, boolean zip, Languages languages, Messages messages, BodyLinks links) {
        this.graph = graph;
        this.links = links;
        this.generator = generator;
        this.zip = zip;
        this.languages = languages;
        this.messages = messages;
        for (CollectionConfig c : graph.config().collections().values()) {
            collections.put(c.name(), new CollectionModel(this, c));
        }
        this.site = buildSite();
    }

    SiteGraph graph() {
        return graph;
    }

    Languages languages() {
        return languages;
    }

    Messages messages() {
        return messages;
    }

    /** The other language trees' versions of a page folder that is not an entry ({@code search/}, a listing). */
    List<Map<String, Object>> alternates(String folder) {
        String bare = folder.startsWith(graph.prefix()) ? folder.substring(graph.prefix().length()) : folder;
        List<Map<String, Object>> out = new ArrayList<>();
        for (String code : languages.codes()) {
            SiteGraph g = languages.graph(code);
            out.add(language(code, link(g.prefix() + bare), permalink(g.prefix() + bare), true));
        }
        return out;
    }

    /**
     * An entry's versions in every language tree, translated or not; {@code page} is the page below
     * the entry's folder ("" for the entry's own page, "pack/" for an extra page).
     */
    List<Map<String, Object>> translations(SiteEntry e, String page) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String code : languages.codes()) {
            SiteEntry v = languages.version(e, code);
            if (v != null) {
                Tracking.touch(v, Tracking.Aspect.HEAD);
                out.add(language(code, link(v.path() + page), permalink(v.path() + page), !v.fallback()));
            }
        }
        return out;
    }

    private Map<String, Object> language(String code, String url, String permalink, boolean translated) {
        Language l = languages.language(code);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", l.name());
        m.put("dir", l.dir());
        m.put("url", url);
        m.put("permalink", permalink);
        m.put("translated", translated);
        m.put("current", code.equals(graph.lang()));
        return m;
    }

    /**
     * The HTML of an entry's body with its links to paths of the site written for its page
     * ({@link BodyLinks}); before the site's pages are known, as they were written.
     */
    String body(SiteEntry e) {
        return html(e, e.html());
    }

    /** {@code html}, the body or a Markdown field of {@code e}, with its links to the site's paths written for its page. */
    String html(SiteEntry e, String html) {
        if (links == null) {
            return Body.writeLinks(html, BodyLinks::asWritten);
        }
        return Body.writeLinks(html, url -> links.write(url, e.path(), graph.prefix()));
    }

    /**
     * {@code langAttrs(code)} for templates: {@code lang} and {@code dir} attributes (as markup) when
     * text in {@code code} stands on a page of another language, else nothing.
     */
    TemplateMethodModelEx langAttrs() {
        return args -> {
            if (args.size() != 1) {
                throw new TemplateModelException("langAttrs(\"code\") takes a language code, such as entry.langOf(\"title\")");
            }
            String code = String.valueOf(args.get(0));
            return HTMLOutputFormat.INSTANCE.fromMarkup(attrs(code));
        };
    }

    /** The lang and dir attributes of an entry's title on this tree's pages, or "". */
    String titleLangAttrs(SiteEntry e) {
        return attrs(PartLanguage.of(e, e.fallback() ? null : languages.original(e), "title"));
    }

    /** The lang and dir attributes for text in {@code code} on this tree's pages: "" in the page's own language. */
    private String attrs(String code) {
        return code.isEmpty() || code.equals(graph.lang()) ? ""
                : " lang=\"" + Html.escape(code) + "\" dir=\"" + languages.language(code).dir() + "\"";
    }

    /**
     * A link to a page folder of this language's tree ({@code pageUrl("search/")} is {@code fr/search/}
     * in the French tree); a path that already starts with the tree's folder, as {@code entry.path}
     * does, is taken as it is.
     */
    String pageLink(String path) {
        String prefix = graph.prefix();
        return link(prefix.isEmpty() || path.startsWith(prefix) ? path : prefix + path);
    }

    EntryModel entry(SiteEntry e) {
        return e == null ? null : entries.computeIfAbsent(e, k -> new EntryModel(this, k));
    }

    List<EntryModel> entries(List<SiteEntry> list) {
        List<EntryModel> out = new ArrayList<>(list.size());
        for (SiteEntry e : list) {
            out.add(entry(e));
        }
        return out;
    }

    private record ReferrersKey(SiteEntry to, String collection, String field) {
    }

    private final Map<ReferrersKey, List<EntryModel>> referrers = new ConcurrentHashMap<>();

    /** Entries of {@code collection} that refer to {@code to}, in listing order; computed once per build. */
    List<EntryModel> referrers(SiteEntry to, String collection, String field) {
        return referrers.computeIfAbsent(new ReferrersKey(to, collection, field),
                k -> List.copyOf(Functions.referrers(this, List.of(to), collection, field)));
    }

    CollectionModel collection(String name) {
        return collections.get(name);
    }

    SiteModel site() {
        return site;
    }

    /** A link from any page to a page folder: the root marker and the configured form. */
    String link(String path) {
        return Body.ROOT + graph.href(path);
    }

    /** An absolute URL when the site has a base URL, else the path from the root. */
    String permalink(String path) {
        String base = graph.config().baseUrl();
        return base.isEmpty() ? "/" + path : base + path;
    }

    private SiteModel buildSite() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", graph.config().title(graph.lang()));
        s.put("baseUrl", graph.config().baseUrl());
        s.put("languages", graph.config().languages());
        s.put("lang", graph.lang());
        s.put("dir", languages.language(graph.lang()).dir());
        s.put("defaultLang", graph.config().defaultLanguage());
        s.put("languageName", languages.language(graph.lang()).name());
        List<Map<String, Object>> langs = new ArrayList<>();
        for (String code : languages.codes()) {
            langs.add(language(code, link(languages.graph(code).prefix()), permalink(languages.graph(code).prefix()), true));
        }
        s.put("languageList", langs);
        s.put("params", graph.config().params());
        s.put("generator", generator);
        s.put("prefix", graph.prefix());
        s.put("home", link(graph.prefix()));
        s.put("zip", zip ? Body.ROOT + "site.zip" : null);
        s.put("feed", Body.ROOT + graph.prefix() + "feed.xml");
        s.put("collections", List.copyOf(collections.values()));
        s.put("collection", collections);
        s.put("homeText", entry(graph.section("")));
        Map<String, List<EntryModel>> menus = new LinkedHashMap<>();
        for (SiteEntry e : graph.entries()) {
            Object menu = e.entry().fields().get("menu");
            if (menu == null) {
                menu = e.entry().params().get("menu");
            }
            if (menu instanceof String m && !m.isBlank()) {
                menus.computeIfAbsent(m.strip(), k -> new ArrayList<>()).add(entry(e));
            }
        }
        s.put("menus", menus);
        return new SiteModel(Collections.unmodifiableMap(s));
    }
}
