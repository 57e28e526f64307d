package org.briefkit.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefkit.graph.GraphBuilder;
import org.briefkit.graph.SiteEntry;

/**
 * Graph queries for templates, so that pages like a country briefing can be written without Java:
 * <ul>
 *   <li>{@code refsOf(entries, "field")}: the entries that {@code entries} name in a reference field,
 *       without repeats, in order of first mention;</li>
 *   <li>{@code referrersOf(entries, "collection"[, "field"])}: the entries of a collection that refer
 *       to any of {@code entries} (through {@code field}, or through any field or inline reference),
 *       in listing order;</li>
 *   <li>{@code entry.referrers("collection"[, "field"])}: the same for one entry;</li>
 *   <li>{@code without(entries, others)}: {@code entries} without those whose ID is among
 *       {@code others}, in order; in linear time, where {@code ?filter} with {@code ?seq_contains}
 *       takes quadratic time (minutes for a country page of a 100,000-entry site);</li>
 *   <li>{@code groupBy(entries, "field")}: {@code entries} grouped by the ID of the first entry each
 *       names in {@code field} ({@code ""} for those that name none), each group in order; one pass,
 *       where a {@code ?filter} per group reads every entry once per group.</li>
 * </ul>
 */
final class Functions {
    private Functions() {
    }

    /** The graph queries a site's templates get: {@code refsOf}, {@code referrersOf}, {@code without} and {@code groupBy}. */
    static Map<String, TemplateMethodModelEx> queries(Views views) {
        return Map.of(
                "refsOf", args -> refsOf(views, args),
                "referrersOf", args -> referrersOf(views, args),
                "without", args -> without(views, args),
                "groupBy", args -> groupBy(views, args));
    }

    private static Object refsOf(Views views, List<?> args) throws TemplateModelException {
        arguments(args, 2, 2, "refsOf(entries, \"field\") takes 2 arguments");
        List<SiteEntry> from = entries(args.get(0), "refsOf");
        String field = text(args.get(1), "refsOf");
        Set<SiteEntry> out = new LinkedHashSet<>();
        for (SiteEntry e : from) {
            out.addAll(e.refs().getOrDefault(field, List.of()));
        }
        return views.entries(new ArrayList<>(out));
    }

    private static Object referrersOf(Views views, List<?> args) throws TemplateModelException {
        arguments(args, 2, 3, "referrersOf(entries, \"collection\"[, \"field\"]) takes 2 or 3 arguments");
        List<SiteEntry> to = entries(args.get(0), "referrersOf");
        String collection = text(args.get(1), "referrersOf");
        String field = args.size() == 3 ? text(args.get(2), "referrersOf") : null;
        return referrers(views, to, collection, field);
    }

    private static Object without(Views views, List<?> args) throws TemplateModelException {
        arguments(args, 2, 2, "without(entries, others) takes 2 arguments");
        List<SiteEntry> from = entries(args.get(0), "without");
        Set<String> others = new HashSet<>();
        for (SiteEntry e : entries(args.get(1), "without")) {
            others.add(e.id());
        }
        List<SiteEntry> out = new ArrayList<>();
        for (SiteEntry e : from) {
            if (!others.contains(e.id())) {
                out.add(e);
            }
        }
        return views.entries(out);
    }

    private static Object groupBy(Views views, List<?> args) throws TemplateModelException {
        arguments(args, 2, 2, "groupBy(entries, \"field\") takes 2 arguments");
        List<SiteEntry> from = entries(args.get(0), "groupBy");
        String field = text(args.get(1), "groupBy");
        Map<String, List<SiteEntry>> groups = new LinkedHashMap<>();
        for (SiteEntry e : from) {
            List<SiteEntry> named = e.refs().getOrDefault(field, List.of());
            groups.computeIfAbsent(named.isEmpty() ? "" : named.get(0).id(), k -> new ArrayList<>()).add(e);
        }
        Map<String, List<EntryModel>> out = new LinkedHashMap<>();
        groups.forEach((id, group) -> out.put(id, views.entries(group)));
        return out;
    }

    private static void arguments(List<?> args, int min, int max, String usage) throws TemplateModelException {
        if (args.size() < min || args.size() > max) {
            throw new TemplateModelException(usage);
        }
    }

    /**
     * {@code flow([column, …], ["label", …], "title", "id")}: a diagram of columns of entries joined by
     * arrows (see {@link FlowDiagram}); a column is an entry or a list of entries.
     */
    static final class Flow implements TemplateMethodModelEx {
        private final Views views;

        Flow(Views views) {
            this.views = views;
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
            if (args.size() != 4 || !(args.get(0) instanceof TemplateSequenceModel cols)
                    || !(args.get(1) instanceof TemplateSequenceModel labels)) {
                throw new TemplateModelException("flow([entries, …], [\"label\", …], \"title\", \"id\") takes 4 arguments");
            }
            if (cols.size() != labels.size() || cols.size() < 2) {
                throw new TemplateModelException("flow: give at least two columns, and one label per column");
            }
            List<List<SiteEntry>> columns = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                List<SiteEntry> column = entries(cols.get(i), "flow");
                column.forEach(e -> Tracking.touch(e, Tracking.Aspect.HEAD));
                columns.add(column);
                names.add(text(labels.get(i), "flow"));
            }
            return HTMLOutputFormat.INSTANCE.fromMarkup(FlowDiagram.html(columns, names,
                    text(args.get(2), "flow"), text(args.get(3), "flow"), views::titleLangAttrs));
        }
    }

    static final class Referrers implements TemplateMethodModelEx {
        private final Views views;
        private final SiteEntry to;

        Referrers(Views views, SiteEntry to) {
            this.views = views;
            this.to = to;
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
            arguments(args, 1, 2, "referrers(\"collection\"[, \"field\"]) takes 1 or 2 arguments");
            String collection = text(args.get(0), "referrers");
            String field = args.size() == 2 ? text(args.get(1), "referrers") : null;
            return views.referrers(to, collection, field);
        }
    }

    static List<EntryModel> referrers(Views views, List<SiteEntry> to, String collection, String field) {
        Set<SiteEntry> found = new LinkedHashSet<>();
        for (SiteEntry e : to) {
            for (SiteEntry.Backlink b : e.backlinks()) {
                if (b.from().collection().equals(collection) && (field == null || field.equals(b.field()))) {
                    found.add(b.from());
                }
            }
        }
        List<SiteEntry> sorted = new ArrayList<>(found);
        sorted.sort(GraphBuilder.LISTING_ORDER);
        return views.entries(sorted);
    }

    private static List<SiteEntry> entries(Object arg, String fn) throws TemplateModelException {
        List<SiteEntry> out = new ArrayList<>();
        if (arg instanceof EntryModel m) {
            Tracking.touch(m.siteEntry(), Tracking.Aspect.LINKS);
            out.add(m.siteEntry());
            return out;
        }
        if (arg instanceof TemplateSequenceModel seq) {
            for (int i = 0; i < seq.size(); i++) {
                TemplateModel item = seq.get(i);
                if (item instanceof EntryModel m) {
                    Tracking.touch(m.siteEntry(), Tracking.Aspect.LINKS);
                    out.add(m.siteEntry());
                } else if (item != null) {
                    throw new TemplateModelException(fn + ": the first argument must be entries");
                }
            }
            return out;
        }
        throw new TemplateModelException(fn + ": the first argument must be an entry or a list of entries");
    }

    private static String text(Object arg, String fn) throws TemplateModelException {
        if (arg instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        throw new TemplateModelException(fn + ": expected a text argument");
    }
}
