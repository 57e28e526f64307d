package org.briefkit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import freemarker.core.Environment;
import freemarker.core.InvalidReferenceException;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateScalarModel;
import org.briefkit.diag.Suggest;

/**
 * "Did you mean" for a template that names a variable or field that does not exist
 * ({@code ${entry.titel}}): the closest name among what the template can see at that point (its
 * local and loop variables, the data model, or the keys of the value before the last dot). It is
 * worked out when the error happens, in the template exception handler, while the template's local
 * variables still exist, and kept for the rendering thread until {@link #take} collects it.
 * Thread-safe: one slot per thread.
 */
final class TemplateHints {
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final ThreadLocal<Found> LAST = new ThreadLocal<>();

    /** The suggestion for one exception. */
    private record Found(TemplateException exception, String suggestion) {
    }

    private TemplateHints() {
    }

    /** Called by the template exception handler: works out the suggestion for {@code e}, if any. */
    static void remember(TemplateException e, Environment env) {
        LAST.remove();
        if (e instanceof InvalidReferenceException && env != null) {
            String suggestion = suggest(e.getBlamedExpressionString(), env);
            if (suggestion != null) {
                LAST.set(new Found(e, suggestion));
            }
        }
    }

    /** The suggestion remembered for {@code e} on this thread (null when none); forgets it. */
    static String take(TemplateException e) {
        Found found = LAST.get();
        LAST.remove();
        return found != null && found.exception() == e ? found.suggestion() : null;
    }

    /** The closest existing path to {@code expression} (a dotted name like {@code entry.titel}), or null. */
    static String suggest(String expression, Environment env) {
        if (expression == null || !PATH.matcher(expression).matches()) {
            return null;
        }
        String[] parts = expression.split("\\.");
        try {
            TemplateModel value = env.getVariable(parts[0]);
            if (value == null) {
                return differs(parts[0], Suggest.closest(parts[0], names(env)));
            }
            StringBuilder path = new StringBuilder(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                if (!(value instanceof TemplateHashModelEx hash)) {
                    return null;
                }
                TemplateModel next = hash.get(parts[i]);
                if (next == null) {
                    String close = differs(parts[i], Suggest.closest(parts[i], keys(hash)));
                    return close == null ? null : path + "." + close;
                }
                path.append('.').append(parts[i]);
                value = next;
            }
        } catch (TemplateModelException | RuntimeException e) {
            // A value that cannot be looked into gives no suggestion; the error stands as it is.
        }
        return null;
    }

    private static String differs(String wrong, String close) {
        return close == null || close.equals(wrong) ? null : close;
    }

    private static List<String> names(Environment env) throws TemplateModelException {
        return new ArrayList<>(env.getKnownVariableNames());
    }

    private static List<String> keys(TemplateHashModelEx hash) throws TemplateModelException {
        List<String> out = new ArrayList<>();
        TemplateCollectionModel keys = hash.keys();
        for (TemplateModelIterator it = keys.iterator(); it.hasNext(); ) {
            if (it.next() instanceof TemplateScalarModel s) {
                out.add(s.getAsString());
            }
        }
        return out;
    }
}
