package org.briefkit.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.briefkit.model.Body;

/**
 * A stable anchor on every top-level paragraph of an entry, with a visible link to it, so advocates
 * can share "this paragraph". The ID comes from the paragraph's text ({@code p_} and six hex
 * digits of its SHA-1), so it survives edits elsewhere in the entry; the {@code _} keeps it apart
 * from heading IDs. The link's accessible name is a placeholder the page renderer fills in the
 * page's language.
 */
final class ParagraphAnchors {
    /** Paragraph nodes of one document and their IDs; absent when the document has no anchors. */
    static final DataKey<Map<Node, String>> IDS = new DataKey<>("BRIEFKIT_PARAGRAPH_IDS", new IdentityHashMap<>());

    private ParagraphAnchors() {
    }

    /** Assigns IDs to the document's top-level paragraphs. */
    static void assign(Document doc) {
        Map<Node, String> ids = new IdentityHashMap<>();
        Set<String> used = new HashSet<>();
        MessageDigest sha1 = sha1();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph p) {
                String base = "p_" + hash(sha1, collapseSpace(Chars.of(p.getChars())));
                String id = base;
                for (int k = 2; !used.add(id); k++) {
                    id = base + "-" + k;
                }
                ids.put(p, id);
            }
        }
        doc.set(IDS, ids);
    }

    /** The text stripped, each run of white space as one space (what {@code strip().replaceAll("\\s+", " ")} gives). */
    static String collapseSpace(CharSequence text) {
        char[] a = text.toString().toCharArray();
        int length = 0;
        boolean space = false;
        for (char c : a) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                space = length > 0;
            } else {
                // Never past the character just read: a space is written only for white space already passed.
                if (space) {
                    a[length++] = ' ';
                    space = false;
                }
                a[length++] = c;
            }
        }
        return new String(a, 0, length).strip();
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first six hex digits of the text's SHA-1. */
    private static String hash(MessageDigest sha1, String text) {
        byte[] d = sha1.digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 3);
    }

    /** Renders a paragraph with an ID with it and its link; others as flexmark does. */
    static final NodeRenderingHandler<Paragraph> RENDER = new NodeRenderingHandler<>(Paragraph.class, (node, context, html) -> {
        String id = IDS.get(context.getDocument()).get(node);
        if (id == null) {
            context.delegateRender();
            return;
        }
        html.attr("id", id).withAttr().tagLine("p", () -> {
            context.renderChildren(node);
            html.raw(" <a class=\"para-link\" href=\"#" + id + "\" aria-label=\"" + Body.PARAGRAPH_LABEL + "\">¶</a>");
        });
    });
}
