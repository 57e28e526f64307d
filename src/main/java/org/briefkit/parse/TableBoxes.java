package org.briefkit.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefkit.model.Body;
import org.briefkit.text.Html;

/**
 * Puts every table of a body in a box that scrolls sideways, so that a table wider than a phone
 * screen scrolls inside its box instead of widening the page. The box can take the keyboard focus
 * ({@code tabindex="0"}: without a script there is no knowing whether it will scroll, and a box
 * that scrolls must be reachable by keyboard) and is a region for assistive technology, with a name
 * of its own (landmarks of a page should not share one): the heading the table stands under, for
 * the first table under it; otherwise a placeholder that the page renderer fills with "Table" in the
 * page's language, followed by the table's number in the body when the body has several. Stateless
 * and thread-safe.
 */
final class TableBoxes {
    /** Table nodes of one document and the attribute that names each. */
    static final DataKey<Map<Node, String>> NAMES = new DataKey<>("BRIEFKIT_TABLE_NAMES", new IdentityHashMap<>());

    private TableBoxes() {
    }

    /**
     * Names each table of {@code tables} (each given with the heading that came last before it, or
     * null); a heading that is no longer in the document (the title heading, left out of the body)
     * names nothing.
     */
    static void assign(Document doc, List<Map.Entry<TableBlock, Heading>> tables) {
        Map<Node, String> names = new IdentityHashMap<>();
        Set<Heading> used = Collections.newSetFromMap(new IdentityHashMap<>());
        int number = 0;
        for (Map.Entry<TableBlock, Heading> t : tables) {
            number++;
            Heading h = t.getValue();
            if (h != null && h.getParent() != null && used.add(h)) {
                names.put(t.getKey(), "aria-labelledby=\"" + Html.escape(h.getAnchorRefId()) + "\"");
            } else {
                names.put(t.getKey(), "aria-label=\"" + Body.TABLE_LABEL + (tables.size() > 1 ? " " + number : "") + "\"");
            }
        }
        doc.set(NAMES, names);
    }

    /** Renders a table inside its scrolling box; the table itself as flexmark's tables extension does. */
    static final NodeRenderingHandler<TableBlock> RENDER = new NodeRenderingHandler<>(TableBlock.class, (node, context, html) -> {
        String name = NAMES.get(context.getDocument()).getOrDefault(node, "aria-label=\"" + Body.TABLE_LABEL + "\"");
        html.line().raw("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" " + name + ">").line();
        context.delegateRender();
        html.line().raw("</div>").line();
    });
}
