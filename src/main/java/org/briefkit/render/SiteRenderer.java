package org.briefkit.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Diagnostics;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.model.Body;
import org.briefkit.model.EntryId;
import org.briefkit.source.SiteSource;
import org.briefkit.source.SourceFile;
import org.briefkit.text.Html;

/**
 * Plans and renders the pages of a site: the home page, one listing per collection, one page per
 * entry and the 404 page. Template choice: an entry's {@code layout} field names its template;
 * otherwise {@code <collection>/entry.ftlh} if the site or theme has it, else {@code entry.ftlh}
 * (listings likewise with {@code list.ftlh}). Thread-safe: pages render in parallel.
 */
public final class SiteRenderer {
    public static final String HOME = "home.ftlh";
    public static final String LIST = "list.ftlh";
    public static final String ENTRY = "entry.ftlh";
    public static final String NOT_FOUND = "404.ftlh";

    private final SiteGraph graph;
    private final TemplateEngine engine;
    private final Views views;
    private final String notFoundRoot;
    private final Messages messages;
    /** The accessible name of paragraph links in this language, escaped for an attribute. */
    private final String paragraphLabel;
    /** The accessible name of a table's scrolling box that stands under no heading, escaped for an attribute. */
    private final String tableLabel;

    /**
     * The parsed templates of a site and its interface messages per language, with the problems
     * found loading them. Thread-safe; reusable across builds while no template changes.
     */
    public static final class Templates {
        private final TemplateEngine engine;
        private final List<Diagnostic> problems;
        private final SortedSet<String> names;
        private final SiteSource site;
        private final SiteSource theme;
        private final Map<String, Messages> messages = new ConcurrentHashMap<>();
        private final Map<String, List<Diagnostic>> messageProblems = new ConcurrentHashMap<>();

        private Templates(TemplateEngine engine, List<Diagnostic> problems, SortedSet<String> names,
                          SiteSource site, SiteSource theme) {
            this.engine = engine;
            this.problems = List.copyOf(problems);
            this.names = Collections.unmodifiableSortedSet(names);
            this.site = site;
            this.theme = theme;
        }

        /** Loads and parses every template of the site and the theme. */
        public static Templates load(SiteSource site, SiteSource theme) {
            List<Diagnostic> problems = new ArrayList<>();
            TemplateEngine engine = new TemplateEngine(site, theme);
            TreeSet<String> names = new TreeSet<>();
            for (SiteSource s : List.of(theme, site)) {
                for (SourceFile f : s.list("templates", new Diagnostics())) {
                    if (f.path().endsWith(".ftlh") && !f.path().startsWith("templates/static/")) {
                        names.add(f.path().substring("templates/".length()));
                    }
                }
            }
            problems.addAll(engine.prepare(List.copyOf(names)));
            return new Templates(engine, problems, names, site, theme);
        }

        /** The interface messages of a language (English where a message has no translation). */
        Messages messages(String lang, String fallback) {
            return messages.computeIfAbsent(lang, l -> {
                List<Diagnostic> found = new ArrayList<>();
                Messages m = Messages.load(site, theme, l, fallback, found);
                messageProblems.put(l, found);
                return m;
            });
        }

        public List<Diagnostic> problems() {
            return problems;
        }
    }

    /** A renderer of one language's {@code graph} with the given templates; message problems are reported. */
    public static SiteRenderer create(SiteGraph graph, Templates templates, String generator, boolean zip, Languages languages,
                                      List<Diagnostic> problems) {
        Messages messages = templates.messages(graph.lang(), "en");
        problems.addAll(templates.messageProblems.getOrDefault(graph.lang(), List.of()));
        return new SiteRenderer(graph, templates.engine, generator, messages, templates.names, zip, languages, null);
    }

    /**
     * This renderer, writing links in bodies to paths of the site with {@code links} (made once
     * every page of every language is planned); until then they are written as they were.
     */
    public SiteRenderer withLinks(BodyLinks links) {
        return new SiteRenderer(graph, engine, generator, messages, templateNames, zip, languages, links);
    }

    private final SortedSet<String> templateNames;
    private final String generator;
    private final boolean zip;
    private final Languages languages;
    private final TemplateMethodModelEx plural;
    private final TemplateMethodModelEx pluralForms;
    private final TemplateMethodModelEx dates;
    private final TemplateMethodModelEx numbers;
    private final Functions.Flow flow;
    /** {@code nobr(text)}: the text escaped, its IDs kept on one line (see {@link NoBreak}). */
    private static final TemplateMethodModelEx NOBR = args -> {
        if (args.size() != 1) {
            throw new TemplateModelException("nobr(text) takes one text");
        }
        if (args.get(0) == null) {
            // Freemarker hands a missing value to a function as null: printing "null" would hide a typo.
            throw new TemplateModelException("nobr(text) was given a value that is missing");
        }
        return HTMLOutputFormat.INSTANCE.fromMarkup(NoBreak.text(String.valueOf(args.get(0))));
    };

    SiteRenderer(SiteGraph graph, TemplateEngine engine, String generator, Messages messages, SortedSet<String> templateNames,
                 boolean zip, Languages languages, BodyLinks links) {
        this.templateNames = templateNames;
        this.generator = generator;
        this.zip = zip;
        this.languages = languages;
        this.graph = graph;
        this.engine = engine;
        this.views = new Views(graph, generator, zip, languages, messages, links);
        this.flow = new Functions.Flow(views);
        this.plural = messages.plural();
        this.pluralForms = messages.pluralForm();
        this.dates = messages.dates();
        this.numbers = messages.numbers();
        this.messages = messages;
        this.paragraphLabel = Html.escape(messages.text("permalink.paragraph"));
        this.tableLabel = Html.escape(messages.text("table.region"));
        String base = graph.config().baseUrl();
        this.notFoundRoot = base.isEmpty() ? "/" : URI.create(base).getRawPath();
    }

    /** How to name a page's template in messages: its path, "(built-in) " when it is the theme's. */
    public String describeTemplate(PageJob job) {
        return engine.describe(job.template());
    }

    /** Every page of the site, in a stable order; a missing {@code layout} template is reported. */
    public List<PageJob> plan(List<Diagnostic> problems) {
        List<PageJob> jobs = new ArrayList<>();
        String prefix = graph.prefix();
        boolean isDefault = graph.lang().equals(graph.config().defaultLanguage());
        if (isDefault && !prefix.isEmpty() && engine.exists("languages.ftlh")) {
            jobs.add(new PageJob("index.html", "languages.ftlh", PageJob.Kind.PAGE, null, "", "the language choice page"));
        }
        jobs.add(new PageJob(prefix + "index.html", HOME, PageJob.Kind.HOME, null, "", "the home page"));
        // Layout problems are reported in the default language only: translations share the names.
        Layouts layouts = new Layouts(engine::exists, graph.config().strictLayouts(), isDefault);
        for (String c : graph.collectionNames()) {
            String list = engine.exists(c + "/" + LIST) ? c + "/" + LIST : LIST;
            jobs.add(new PageJob(prefix + c + "/index.html", list, PageJob.Kind.LIST, null, c, "the " + c + " listing"));
            String entryTemplate = engine.exists(c + "/" + ENTRY) ? c + "/" + ENTRY : ENTRY;
            for (SiteEntry e : graph.collection(c)) {
                String template = layouts.template(e, entryTemplate);
                jobs.add(new PageJob(e.path() + "index.html", template, PageJob.Kind.ENTRY, e, c, e.entry().path()));
                for (String extra : extras(c, "entry-")) {
                    jobs.add(new PageJob(e.path() + extra + "/index.html", c + "/entry-" + extra + ".ftlh", PageJob.Kind.ENTRY,
                            e, c, e.entry().path()));
                }
            }
            for (String extra : extras(c, "list-")) {
                SiteEntry clash = graph.collection(c).stream().filter(e -> e.entry().slug().equals(extra)).findFirst().orElse(null);
                if (clash != null) {
                    problems.add(Diagnostic.error(clash.entry().path(), clash.entry().idLine(), clash.entry().idColumn(),
                            "ID '" + clash.id() + "' has the same URL as the page of templates/" + c + "/list-" + extra + ".ftlh")
                            .withHint("rename the entry"));
                    continue;
                }
                jobs.add(new PageJob(prefix + c + "/" + extra + "/index.html", c + "/list-" + extra + ".ftlh", PageJob.Kind.LIST, null, c,
                        "the " + c + "/" + extra + " page"));
            }
        }
        layouts.report(problems);
        for (String name : templateNames.subSet("page-", "page-" + Character.MAX_VALUE)) {
            String folder = name.substring("page-".length(), name.length() - ".ftlh".length());
            if (!name.endsWith(".ftlh") || !EntryId.isValid(folder) || name.contains("/")) {
                continue;
            }
            if (graph.config().collection(folder) != null) {
                problems.add(Diagnostic.error("templates/" + name, 0, 0, "this page would be written to " + folder
                        + "/, where the collection '" + folder + "' is").withHint("rename the template"));
                continue;
            }
            jobs.add(new PageJob(prefix + folder + "/index.html", name, PageJob.Kind.PAGE, null, "", "the " + folder + " page"));
        }
        if (isDefault) {
            jobs.add(new PageJob("404.html", NOT_FOUND, PageJob.Kind.NOT_FOUND, null, "", "the 404 page"));
        }
        return jobs;
    }

    /** Names of extra page templates of a collection: {@code <c>/entry-NAME.ftlh} or {@code <c>/list-NAME.ftlh}. */
    private List<String> extras(String collection, String kind) {
        List<String> out = new ArrayList<>();
        String prefix = collection + "/" + kind;
        for (String name : templateNames.subSet(prefix, prefix + Character.MAX_VALUE)) {
            String extra = name.substring(prefix.length(), name.length() - ".ftlh".length());
            if (name.endsWith(".ftlh") && EntryId.isValid(extra) && extra.equals(extra.toLowerCase(Locale.ROOT))) {
                out.add(extra);
            }
        }
        return out;
    }

    /** Renders one page, recording what it reads into {@code deps} (when not null). */
    public String render(PageJob job, Tracking.Deps deps) throws TemplateEngine.TemplateProblem {
        if (deps == null) {
            return render(job);
        }
        Tracking.start(deps);
        try {
            return render(job);
        } finally {
            Tracking.stop();
        }
    }

    /** Renders one page. */
    public String render(PageJob job) throws TemplateEngine.TemplateProblem {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", views.site());
        model.put("root", String.valueOf(Body.ROOT));
        model.putAll(Functions.queries(views));
        model.put("t", messages);
        model.put("tn", plural);
        model.put("tp", pluralForms);
        model.put("formatDate", dates);
        model.put("formatNumber", numbers);
        model.put("flow", flow);
        model.put("pageUrl", (TemplateMethodModelEx) args -> {
            if (args.size() != 1) {
                throw new TemplateModelException("pageUrl(\"folder/\") takes the path of a page folder from the site root");
            }
            return views.pageLink(String.valueOf(args.get(0)));
        });
        model.put("langAttrs", views.langAttrs());
        model.put("nobr", NOBR);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("kind", job.kind().label());
        page.put("file", job.file());
        String folder = job.file().endsWith("index.html") ? job.file().substring(0, job.file().length() - 10) : job.file();
        page.put("path", folder);
        page.put("url", job.kind() == PageJob.Kind.NOT_FOUND ? Body.ROOT + job.file() : views.link(folder));
        page.put("permalink", views.permalink(folder));
        page.put("lang", graph.lang());
        page.put("dir", views.languages().language(graph.lang()).dir());
        page.put("alternates", job.entry() != null && folder.startsWith(job.entry().path())
                ? views.translations(job.entry(), folder.substring(job.entry().path().length())) : views.alternates(folder));
        switch (job.kind()) {
            case ENTRY -> {
                model.put("entry", views.entry(job.entry()));
                model.put("collection", views.collection(job.collection()));
                page.put("title", job.entry().title());
            }
            case LIST -> {
                CollectionModel c = views.collection(job.collection());
                model.put("collection", c);
                page.put("title", c.title());
            }
            case HOME -> page.put("title", graph.config().title());
            case PAGE -> page.put("title", job.template().substring("page-".length(), job.template().length() - ".ftlh".length()));
            case NOT_FOUND -> page.put("title", "Page not found");
            default -> throw new IllegalStateException(job.kind().toString());
        }
        model.put("page", page);
        String root = job.kind() == PageJob.Kind.NOT_FOUND ? notFoundRoot : job.rootPath();
        return engine.render(job.template(), model, job.context(), MARKS, new String[] {root, paragraphLabel, tableLabel});
    }

    /** The marks in rendered HTML that stand for the page's path to the site root and the labels of paragraph links and tables. */
    private static final char[] MARKS = {Body.ROOT, Body.PARAGRAPH_LABEL, Body.TABLE_LABEL};
}
