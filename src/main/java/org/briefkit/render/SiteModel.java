package org.briefkit.render;

import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code site} variable: a fixed map of values, noting when a page reads the menus. Thread-safe. */
final class SiteModel implements TemplateHashModelEx {
    private final Map<String, Object> values;

    SiteModel(Map<String, Object> values) {
        this.values = values;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        if (key.equals("menus")) {
            Tracking.touchMenus();
        }
        Object v = values.get(key);
        return v == null ? null : SandboxWrapperHolder.WRAPPER.wrap(v);
    }

    @Override
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public TemplateCollectionModel keys() {
        return new SimpleCollection(values.keySet(), SandboxWrapperHolder.WRAPPER);
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        List<TemplateModel> out = new ArrayList<>();
        for (String k : values.keySet()) {
            out.add(get(k));
        }
        return new SimpleCollection(out, SandboxWrapperHolder.WRAPPER);
    }
}
