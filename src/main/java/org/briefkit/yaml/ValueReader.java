package org.briefkit.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;

/**
 * Reads typed values out of {@link YNode}s, reporting a wrong type as an error at the value's
 * position and returning null. Not thread-safe: one reader per file.
 */
public final class ValueReader {
    private final SourceText source;
    private final List<Diagnostic> problems;

    public ValueReader(SourceText source, List<Diagnostic> problems) {
        this.source = source;
        this.problems = problems;
    }

    public SourceText source() {
        return source;
    }

    public void error(YNode at, String message, String hint) {
        problems.add(source.error(at.line(), at.column(), message).withHint(hint));
    }

    /** An error that proposes {@code suggestion} instead of the value (null: none; then {@code hint} says what is valid). */
    public void error(YNode at, String message, String suggestion, String hint) {
        problems.add(source.error(at.line(), at.column(), message).withHint(hint).withDidYouMean(suggestion));
    }

    /** Reports a problem worded by the caller. */
    public void add(Diagnostic problem) {
        problems.add(problem);
    }

    public void warning(YNode at, String message, String hint) {
        problems.add(source.warning(at.line(), at.column(), message).withHint(hint));
    }

    /** A scalar's text; null for a null scalar, or (with an error) for a list or map. */
    public String text(YNode node, String field) {
        if (node instanceof YScalar s) {
            return s.isNull() ? null : s.text();
        }
        error(node, "'" + field + "' must be text, not " + node.kind(), "");
        return null;
    }

    public Boolean bool(YNode node, String field) {
        String t = text(node, field);
        if (t == null) {
            return null;
        }
        switch (t) {
            case "true", "True", "TRUE" -> {
                return Boolean.TRUE;
            }
            case "false", "False", "FALSE" -> {
                return Boolean.FALSE;
            }
            default -> {
                error(node, "'" + field + "' must be true or false, not '" + t + "'", "");
                return null;
            }
        }
    }

    public BigDecimal number(YNode node, String field) {
        String t = text(node, field);
        if (t == null) {
            return null;
        }
        try {
            if (t.length() > 30) {
                throw new NumberFormatException();
            }
            return new BigDecimal(t.trim());
        } catch (NumberFormatException e) {
            error(node, "'" + field + "' must be a number, not '" + t + "'", "");
            return null;
        }
    }

    /** A date, with or without a time of day, returned as its canonical text (see {@link Dates}). */
    public String date(YNode node, String field) {
        String t = text(node, field);
        if (t == null) {
            return null;
        }
        String date = Dates.canonical(t);
        if (date == null) {
            error(node, "'" + field + "' must be a date like 2012-12-03, not '" + t + "'",
                    "write dates as year-month-day, with a time if wanted: 2012-12-03 14:30:00");
        }
        return date;
    }

    /** A list of scalars: one scalar is a one-element list, null is empty, nested lists and maps are errors. */
    public List<YScalar> scalars(YNode node, String field) {
        List<YScalar> out = new ArrayList<>();
        if (node instanceof YScalar s) {
            if (!s.isNull()) {
                out.add(s);
            }
            return out;
        }
        if (node instanceof YMap) {
            error(node, "'" + field + "' must be a list, not a map", "write it as " + field + ": [A, B]");
            return out;
        }
        for (YNode item : ((YList) node).items()) {
            if (item instanceof YScalar s) {
                if (!s.isNull()) {
                    out.add(s);
                }
            } else {
                error(item, "items of '" + field + "' must be text, not " + item.kind(), "");
            }
        }
        return out;
    }
}
