package org.briefkit.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;

/**
 * The only object wrapper templates get: text, numbers, booleans, lists and maps, and briefkit's own
 * view models. Any other Java object is refused instead of being exposed with its methods, so a
 * template cannot reach {@code getClass()}, class loaders or the file system through the data model.
 */
final class SandboxWrapper extends DefaultObjectWrapper {
    static final Version VERSION = Configuration.VERSION_2_3_34;

    SandboxWrapper() {
        super(VERSION);
        setUseAdaptersForContainers(true);
        setForceLegacyNonListCollections(false);
        setIterableSupport(false);
        setDOMNodeSupport(false);
        setJythonSupport(false);
        writeProtect();
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        // Named in the author's terms, not by its Java class: the class means nothing to a template's author.
        throw new TemplateModelException("this value cannot be used in a template: templates get text, numbers, booleans,"
                + " dates, lists, maps and entries");
    }
}
