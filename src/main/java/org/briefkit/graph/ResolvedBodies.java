package org.briefkit.graph;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.briefkit.model.Entry;

/**
 * The resolved body HTML of each entry in the last graph of one language, kept for the next build
 * (the preview's rebuilds): when an entry is the same parsed object as before and the links its
 * {@code [[…]]} references became are equal, its HTML is the same and is not built again. An edit
 * then costs the entries it touches, not every body of the site. Not thread-safe: one graph at a time.
 */
public final class ResolvedBodies {
    private record Resolved(String[] links, String html) {
    }

    private Map<Entry, Resolved> last = new IdentityHashMap<>();
    private Map<Entry, Resolved> next = new IdentityHashMap<>();

    /** The HTML of {@code e}'s body with its placeholders replaced by {@code links}: reused, or made now. */
    String html(Entry e, String[] links) {
        Resolved before = last.get(e);
        Resolved now = before != null && Arrays.equals(before.links(), links) ? before
                : new Resolved(links, e.body().html(links));
        next.put(e, now);
        return now.html();
    }

    /**
     * The HTML of {@code after}, a new version of {@code before} with the same references, made with
     * the links {@code before}'s were resolved to, which {@code after} then keeps; null when
     * {@code before} was not resolved in the last graph.
     */
    String rebind(Entry before, Entry after) {
        Resolved r = last.remove(before);
        if (r == null) {
            return null;
        }
        Resolved now = new Resolved(r.links(), after.body().html(r.links()));
        last.put(after, now);
        return now.html();
    }

    /** Ends a graph: what it resolved is what the next one may reuse; entries it no longer had are dropped. */
    void finish() {
        last = next;
        next = new IdentityHashMap<>();
    }
}
