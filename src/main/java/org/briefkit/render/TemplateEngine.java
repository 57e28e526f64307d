package org.briefkit.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Suggest;
import org.briefkit.source.SiteSource;

/**
 * Freemarker, configured for untrusted templates: HTML auto-escaping for {@code .ftlh}, no
 * {@code ?new} of any class, no {@code ?api}, a data model of plain values and briefkit's views only
 * ({@link SandboxWrapper}), templates read only from the site's {@code templates/} folder and the
 * built-in theme. Templates are parsed once and cached. Thread-safe after construction.
 */
public final class TemplateEngine {
    /** A page that takes longer than this to render is an endless loop in a template. */
    static final long PAGE_MILLIS = 20_000;
    /** A page larger than this is a runaway template. */
    static final int MAX_PAGE_CHARS = 20 * 1024 * 1024;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "briefkit-template-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final Configuration cfg;
    private final LayeredTemplateLoader loader;
    private final Set<Template> guarded = ConcurrentHashMap.newKeySet();

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

    /** Rethrows, after working out "did you mean" while the failing template's variables still exist. */
    private static final TemplateExceptionHandler HINTING_HANDLER = (te, env, out) -> {
        TemplateHints.remember(te, env);
        throw te;
    };

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
        c.setTemplateExceptionHandler(HINTING_HANDLER);
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

    /**
     * Renders template {@code name} with {@code model}; {@code context} names the page for messages.
     * Each {@code marks[i]} in the output is replaced by {@code texts[i]} as it is written: one pass
     * over the text, instead of a search and a copy of the whole page per mark afterwards.
     */
    public String render(String name, Map<String, Object> model, String context, char[] marks, String[] texts)
            throws TemplateProblem {
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
                        "template syntax: " + TemplateMessages.clean(pe.getEditorMessage())), e);
            }
            throw new TemplateProblem(Diagnostic.error(LayeredTemplateLoader.FOLDER + name, 0, 0,
                    "cannot read template: " + TemplateMessages.clean(e.getMessage())), e);
        }
        guard(template);
        LimitedWriter out = new LimitedWriter(marks, texts);
        Alarm alarm = new Alarm(Thread.currentThread());
        alarm.future = WATCHDOG.schedule(alarm::ring, PAGE_MILLIS, TimeUnit.MILLISECONDS);
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            if (alarm.rang()) {
                throw new TemplateProblem(Diagnostic.error(loader.describe(name), 0, 0, "rendering took longer than "
                        + PAGE_MILLIS / 1000 + " s (endless loop?)" + (context.isEmpty() ? "" : " (while rendering " + context + ")")), e);
            }
            throw new TemplateProblem(failed(e, name, context), e);
        } catch (IOException e) {
            throw new TemplateProblem(Diagnostic.error(loader.describe(name), 0, 0, "cannot render page: " + e.getMessage()
                    + (context.isEmpty() ? "" : " (while rendering " + context + ")")), e);
        } catch (StackOverflowError e) {
            throw new TemplateProblem(Diagnostic.error(loader.describe(name), 0, 0, "templates call each other too deeply "
                    + "(endless recursion?)" + (context.isEmpty() ? "" : " (while rendering " + context + ")")), null);
        } catch (RuntimeException e) {
            if (alarm.rang()) {
                throw new TemplateProblem(Diagnostic.error(loader.describe(name), 0, 0, "rendering took longer than "
                        + PAGE_MILLIS / 1000 + " s (endless loop?)" + (context.isEmpty() ? "" : " (while rendering " + context + ")")), e);
            }
            throw e;
        } finally {
            alarm.stop();
        }
        return out.toString();
    }

    /**
     * The watchdog's alarm for one page. Once {@link #stop()} has returned it can no longer
     * interrupt the thread, and an interrupt it made is cleared: a late one would otherwise fail
     * the thread's next file write (interruptible channels close on interrupt).
     */
    private static final class Alarm {
        private final Thread thread;
        private ScheduledFuture<?> future;
        private boolean armed = true;
        private boolean rang;

        Alarm(Thread thread) {
            this.thread = thread;
        }

        synchronized void ring() {
            if (armed) {
                rang = true;
                thread.interrupt();
            }
        }

        synchronized boolean rang() {
            return rang;
        }

        void stop() {
            synchronized (this) {
                armed = false;
            }
            future.cancel(false);
            if (rang()) {
                Thread.interrupted();
            }
        }
    }

    /**
     * A template that failed while rendering, at its file, line and column, in the author's words,
     * with "did you mean" for a missing variable or field (or template) when a close one exists.
     */
    private Diagnostic failed(TemplateException e, String name, String context) {
        String raw = e.getMessageWithoutStackTop();
        String source = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
        String suggestion = TemplateHints.take(e);
        String missing = TemplateMessages.notFound(raw);
        if (suggestion == null && missing != null) {
            suggestion = Suggest.closest(missing, loader.names());
        }
        String message = TemplateMessages.clean(raw) + Suggest.phrase(suggestion)
                + (context.isEmpty() ? "" : " (while rendering " + context + ")");
        return Diagnostic.error(loader.describe(source), line, column, message)
                .withHint(suggestion == null ? TemplateMessages.hint(raw) : "").withSuggestion(suggestion);
    }

    /** Lets the watchdog stop an endless loop: templates check for interruption as they run. */
    private void guard(Template template) {
        if (guarded.add(template)) {
            _CoreAPI.addThreadInterruptedChecks(template);
        }
    }

    /**
     * Loads every template of the site and the theme once, so that syntax errors are reported even in
     * templates no page uses yet, and included templates are guarded like the others.
     */
    public List<Diagnostic> prepare(List<String> names) {
        List<Diagnostic> problems = new ArrayList<>();
        for (String name : names) {
            try {
                guard(cfg.getTemplate(name));
            } catch (IOException e) {
                Throwable cause = e;
                while (cause != null && !(cause instanceof ParseException)) {
                    cause = cause.getCause();
                }
                if (cause instanceof ParseException pe) {
                    problems.add(Diagnostic.error(loader.describe(name), pe.getLineNumber(), pe.getColumnNumber(),
                            "template syntax: " + TemplateMessages.clean(pe.getEditorMessage())));
                }
            }
        }
        return problems;
    }

    /** A writer that refuses to grow past {@link #MAX_PAGE_CHARS} and replaces marks as it goes. */
    private static final class LimitedWriter extends Writer {
        private final StringBuilder sb = new StringBuilder(16 * 1024);
        private final char[] marks;
        private final String[] texts;
        /** Per mark, where it next occurs in the string being written. */
        private final int[] next;
        /** The highest mark: a character above it is none (marks are control characters, text nearly never is). */
        private final char highest;

        LimitedWriter(char[] marks, String[] texts) {
            this.marks = marks;
            this.texts = texts;
            this.next = new int[marks.length];
            char h = 0;
            for (char m : marks) {
                h = (char) Math.max(h, m);
            }
            this.highest = h;
        }

        private void checkRoom(int len) throws IOException {
            if (sb.length() + len > MAX_PAGE_CHARS) {
                throw new IOException("the page is larger than " + MAX_PAGE_CHARS / (1024 * 1024) + " MB (runaway template?)");
            }
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            checkRoom(len);
            int end = off + len;
            int from = off;
            for (int i = off; i < end; i++) {
                int k = buf[i] > highest ? -1 : mark(buf[i]);
                if (k >= 0) {
                    sb.append(buf, from, i - from).append(texts[k]);
                    from = i + 1;
                }
            }
            sb.append(buf, from, end - from);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            checkRoom(len);
            int end = off + len;
            int from = off;
            for (int k = 0; k < marks.length; k++) {
                next[k] = str.indexOf(marks[k], from);
            }
            while (true) {
                int k = -1;
                for (int m = 0; m < marks.length; m++) {
                    if (next[m] >= 0 && next[m] < end && (k < 0 || next[m] < next[k])) {
                        k = m;
                    }
                }
                if (k < 0) {
                    sb.append(str, from, end);
                    return;
                }
                sb.append(str, from, next[k]).append(texts[k]);
                from = next[k] + 1;
                next[k] = str.indexOf(marks[k], from);
            }
        }

        /** The index of {@code c} among the marks, or -1. */
        private int mark(char c) {
            for (int k = 0; k < marks.length; k++) {
                if (marks[k] == c) {
                    return k;
                }
            }
            return -1;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
