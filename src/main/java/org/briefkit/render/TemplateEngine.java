package org.briefkit.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.briefkit.diag.Diagnostic;
import org.briefkit.source.SiteSource;

/**
 * Freemarker, configured for untrusted templates: HTML auto-escaping for {@code .ftlh}, no
 * {@code ?new} of any class, no {@code ?api}, a data model of plain values and briefkit's views only
 * ({@link SandboxWrapper}), templates read only from the site's {@code templates/} folder and the
 * built-in theme. Templates are parsed once and cached. Thread-safe after construction.
 */
public final class TemplateEngine {
    private final Configuration cfg;
    private final LayeredTemplateLoader loader;

    /** A template that failed to parse or render, as a diagnostic naming the template file and line. */
    public static final class TemplateProblem extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        TemplateProblem(Diagnostic diagnostic, Throwable cause) {
            super(diagnostic.headline(), cause);
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    public TemplateEngine(SiteSource site, SiteSource theme) {
        this.loader = new LayeredTemplateLoader(site, theme);
        Configuration c = new Configuration(SandboxWrapper.VERSION);
        c.setTemplateLoader(loader);
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setRecognizeStandardFileExtensions(true);
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setObjectWrapper(SandboxWrapperHolder.WRAPPER);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setAttemptExceptionReporter((te, env) -> { });
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setLocalizedLookup(false);
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        this.cfg = c;
    }

    /** Whether a template of this name exists in the site or the theme. */
    public boolean exists(String name) {
        return loader.findTemplateSource(name) != null;
    }

    /** The template's path for messages: {@code templates/x.ftlh}, or {@code (built-in) templates/x.ftlh}. */
    public String describe(String name) {
        return loader.describe(name);
    }

    /** Renders template {@code name} with {@code model}; {@code context} names the page for messages. */
    public String render(String name, Map<String, Object> model, String context) throws TemplateProblem {
        Template template;
        try {
            template = cfg.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new TemplateProblem(Diagnostic.error(LayeredTemplateLoader.FOLDER + name, 0, 0,
                    "template not found" + (context.isEmpty() ? "" : " (needed for " + context + ")")), e);
        } catch (IOException e) {
            // Freemarker caches a failed load and later throws a plain IOException caused by it.
            Throwable cause = e;
            while (cause != null && !(cause instanceof ParseException)) {
                cause = cause.getCause();
            }
            if (cause instanceof ParseException pe) {
                String source = pe.getTemplateName() == null ? name : pe.getTemplateName();
                throw new TemplateProblem(Diagnostic.error(loader.describe(source), pe.getLineNumber(), pe.getColumnNumber(),
                        "template syntax: " + clean(pe.getEditorMessage())), e);
            }
            throw new TemplateProblem(Diagnostic.error(LayeredTemplateLoader.FOLDER + name, 0, 0,
                    "cannot read template: " + e.getMessage()), e);
        }
        StringWriter out = new StringWriter(16 * 1024);
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            throw new TemplateProblem(Diagnostic.error(loader.describe(source), line, column,
                    clean(e.getMessageWithoutStackTop()) + (context.isEmpty() ? "" : " (while rendering " + context + ")"))
                    .withHint(hint(e.getMessageWithoutStackTop())), e);
        } catch (IOException e) {
            throw new TemplateProblem(Diagnostic.error(loader.describe(name), 0, 0, "cannot write page: " + e.getMessage()), e);
        }
        return out.toString();
    }

    /** Freemarker messages run over several lines with tips after "----": keep the statement. */
    private static String clean(String message) {
        if (message == null) {
            return "template error";
        }
        String m = message;
        int tip = m.indexOf("\n----");
        if (tip >= 0) {
            m = m.substring(0, tip);
        }
        return m.replace("==>", "").replaceAll("\\s+", " ").strip();
    }

    private static String hint(String message) {
        if (message != null && message.contains("null or missing")) {
            return "if the value may be missing, give a default (x!\"\") or test it first (<#if x??>)";
        }
        return "";
    }
}
