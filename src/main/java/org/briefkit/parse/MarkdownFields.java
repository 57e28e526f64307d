package org.briefkit.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.config.CollectionConfig;
import org.briefkit.config.FieldSpec;
import org.briefkit.config.FieldType;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;
import org.briefkit.model.Body;
import org.briefkit.model.InlineRef;
import org.briefkit.model.LocalLink;
import org.briefkit.yaml.YMap;
import org.briefkit.yaml.YNode;
import org.briefkit.yaml.YScalar;

/**
 * Front-matter fields written in Markdown, rendered like bodies: {@code [[…]]} references,
 * paragraph anchors, the raw-HTML policy, link checks. Toolkits written for other generators keep
 * much of their text in such fields ({@code overview: |}). A field is Markdown when the collection
 * declares it {@code type: markdown}, or, in a collection declared without {@code fields}, when its
 * value is a YAML block ({@code |} or {@code >}) or text of more than one line. Positions in messages and references point into the field's
 * lines in the file: exactly for literal blocks ({@code |}), at the value's start for other styles
 * (folded and flow text joins lines). Heading IDs are prefixed with the field's name, so that they
 * never clash with the body's on one page. Stateless apart from the renderer; thread-safe.
 */
final class MarkdownFields {
    private final MarkdownRenderer markdown;

    MarkdownFields(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** Whether {@code collection} treats the field {@code key}, with {@code value} written in {@code file}, as Markdown. */
    static boolean isMarkdown(CollectionConfig collection, String key, YNode value, SourceText file) {
        if (collection == null || !(value instanceof YScalar s)) {
            return false;
        }
        FieldSpec spec = collection.fields().get(key);
        if (spec != null) {
            return spec.type() == FieldType.MARKDOWN;
        }
        return collection.otherKeys() && collection.fields().isEmpty() && (s.text().strip().contains("\n") || Place.isBlock(file, s));
    }

    /** The Markdown fields of {@code fm}, rendered: declared ones in the schema's order, then the others in file order. */
    Map<String, Body> render(SourceText source, YMap fm, CollectionConfig collection, List<Diagnostic> problems) {
        Map<String, Body> out = new LinkedHashMap<>();
        if (fm == null || collection == null) {
            return out;
        }
        List<String> order = new ArrayList<>(collection.fields().keySet());
        fm.fields().keySet().forEach(k -> {
            if (!order.contains(k)) {
                order.add(k);
            }
        });
        for (String key : order) {
            YMap.Field field = fm.field(key);
            if (field != null && isMarkdown(collection, key, field.value(), source)) {
                out.put(key, renderOne(source, key, (YScalar) field.value(), problems));
            }
        }
        return out;
    }

    private Body renderOne(SourceText file, String key, YScalar value, List<Diagnostic> problems) {
        String text = value.text();
        Place place = Place.of(file, value);
        SourceText own = new SourceText(file.path(), text);
        List<Diagnostic> found = new ArrayList<>();
        if (!MarkdownLimits.check(own, 0, text, found)) {
            found.forEach(d -> problems.add(place.map(d)));
            return Body.EMPTY;
        }
        Body body = markdown.render(own, 0, text, false, true, key + "-", found);
        found.forEach(d -> problems.add(place.map(d)));
        List<InlineRef> refs = new ArrayList<>();
        for (InlineRef r : body.refs()) {
            int[] at = place.map(r.line(), r.column());
            refs.add(new InlineRef(r.index(), r.target(), r.anchor(), r.text(), at[0], at[1]));
        }
        List<LocalLink> links = new ArrayList<>();
        for (LocalLink l : body.links()) {
            int[] at = place.map(l.line(), l.column());
            links.add(new LocalLink(l.url(), at[0], at[1]));
        }
        return new Body(body.html(), refs, body.headings(), body.firstHeading(), links);
    }

    /**
     * Where a field's text is in the file: for a literal block, the line its text starts on and the
     * block's indentation (each line of the text is a line of the file); for other styles, only the
     * value's own position.
     */
    private record Place(int firstLine, int indent, boolean literal, int line, int column) {
        /** Whether {@code value} is written as a YAML block: {@code |} or {@code >} where the value starts. */
        static boolean isBlock(SourceText file, YScalar value) {
            return indicator(file, value) != 0;
        }

        private static char indicator(SourceText file, YScalar value) {
            if (value.line() < 1 || value.line() > file.lineCount()) {
                return 0;
            }
            String at = file.line(value.line());
            int col = value.column() - 1;
            char c = col >= 0 && col < at.length() ? at.charAt(col) : 0;
            return c == '|' || c == '>' ? c : 0;
        }

        static Place of(SourceText file, YScalar value) {
            if (indicator(file, value) != '|') {
                return new Place(0, 0, false, value.line(), value.column());
            }
            int first = value.line() + 1;
            while (first <= file.lineCount() && file.line(first).isBlank()) {
                first++;
            }
            String firstLine = first <= file.lineCount() ? file.line(first) : "";
            int indent = firstLine.length() - firstLine.stripLeading().length();
            return new Place(value.line() + 1, indent, true, value.line(), value.column());
        }

        int[] map(int textLine, int textColumn) {
            if (!literal || textLine <= 0) {
                return new int[] {line, column};
            }
            return new int[] {firstLine + textLine - 1, textColumn <= 0 ? 0 : textColumn + indent};
        }

        /** The problem at its place in the file; the file's own line is attached later. */
        Diagnostic map(Diagnostic d) {
            int[] at = map(d.line(), d.column());
            return d.at(at[0], at[1]);
        }
    }
}
