package org.briefkit.outputs.search;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.config.Language;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.outputs.Json;

/**
 * The documents a result shows, {@value #CHUNK} to a file ({@code search/d<k>.js}): title,
 * collection (its number), summary (cut at {@value #SUMMARY_CHARS} characters), link and ID, and,
 * for an entry shown in the default language where the tree has no translation, that language and
 * its direction (so that a result in English on an Arabic page says so); a query loads only the
 * chunks of the results it shows. Stateless and thread-safe.
 */
final class DocumentChunks {
    static final int CHUNK = 25;
    static final int SUMMARY_CHARS = 160;

    private DocumentChunks() {
    }

    /** Hands the chunks of {@code docs} (the index's documents, in its order) to {@code out}, in order. */
    static void write(SiteGraph graph, List<SiteEntry> docs, FileBatch out) {
        for (int c = 0; c * CHUNK < docs.size(); c++) {
            write(graph, docs, c, out);
        }
    }

    /** Hands chunk {@code c} of {@code docs} to {@code out}. */
    static void write(SiteGraph graph, List<SiteEntry> docs, int c, FileBatch out) {
        List<String> collections = graph.collectionNames();
        List<Object> chunk = new ArrayList<>();
        for (int d = c * CHUNK; d < Math.min(docs.size(), (c + 1) * CHUNK); d++) {
            SiteEntry e = docs.get(d);
            String summary = e.entry().summary() == null ? "" : e.entry().summary();
            if (summary.length() > SUMMARY_CHARS) {
                summary = summary.substring(0, SUMMARY_CHARS - 1).strip() + "…";
            }
            List<Object> doc = new ArrayList<>(List.of(e.title(), collections.indexOf(e.collection()), summary, graph.href(e.path()), e.id()));
            if (e.fallback()) {
                doc.add(e.entry().lang());
                doc.add(Language.of(e.entry().lang()).dir());
            }
            chunk.add(doc);
        }
        out.add(path(graph.prefix(), c), SearchIndex.script("docs(" + c + "," + Json.write(chunk) + ")"));
    }

    static String path(String prefix, int c) {
        return prefix + "search/d" + c + ".js";
    }
}
