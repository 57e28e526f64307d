package org.briefkit.render;

import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.config.CollectionConfig;

/**
 * A collection as templates see it: {@code name}, {@code title}, {@code url}, {@code entries} (in
 * listing order), {@code size}, {@code text} (its {@code _index.md}, or missing) and
 * {@code references} (field to target collection). Thread-safe.
 */
final class CollectionModel implements TemplateHashModelEx {
    private static final List<String> KEYS = List.of("name", "inMenu", "title", "titleLang", "url", "path", "entries", "size", "text",
            "references");

    private final Views views;
    private final CollectionConfig config;

    CollectionModel(Views views, CollectionConfig config) {
        this.views = views;
        this.config = config;
    }

    /**
     * The collection's title in the page's language: site.yml's title for that language, else the
     * message collection.NAME if there is one, else site.yml's title.
     */
    String title() {
        String lang = views.graph().lang();
        if (config.titles().has(lang)) {
            return config.title(lang);
        }
        String message = views.messages().textOrNull("collection." + config.name());
        return message != null ? message : config.title(lang);
    }

    /**
     * The language of {@link #title()}: the page's when site.yml or a message gives the title in it,
     * else the default language's (site.yml's title), so that the menu can mark it.
     */
    String titleLang() {
        String lang = views.graph().lang();
        boolean own = config.titles().has(lang) || views.messages().textOrNull("collection." + config.name()) != null;
        return own ? lang : views.graph().config().defaultLanguage();
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        if (key.equals("entries")) {
            Tracking.touchCollection(views.graph().lang() + ":" + config.name());
        } else if (key.equals("size")) {
            Tracking.touchCollection(views.graph().lang() + ":" + config.name() + "#size");
        }
        Object v = switch (key) {
            case "name" -> config.name();
            case "inMenu" -> config.inMenu();
            case "title" -> title();
            case "titleLang" -> titleLang();
            case "url" -> views.link(views.graph().prefix() + config.name() + "/");
            case "path" -> views.graph().prefix() + config.name() + "/";
            case "entries" -> views.entries(views.graph().collection(config.name()));
            case "size" -> views.graph().collection(config.name()).size();
            case "text" -> views.entry(views.graph().section(config.name()));
            case "references" -> config.references();
            default -> null;
        };
        return v == null ? null : SandboxWrapperHolder.WRAPPER.wrap(v);
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public int size() {
        return KEYS.size();
    }

    @Override
    public TemplateCollectionModel keys() {
        return new SimpleCollection(KEYS, SandboxWrapperHolder.WRAPPER);
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        List<TemplateModel> values = new ArrayList<>();
        for (String k : KEYS) {
            values.add(get(k));
        }
        return new SimpleCollection(values, SandboxWrapperHolder.WRAPPER);
    }
}
