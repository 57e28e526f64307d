package org.briefkit.render;

import java.util.HashSet;
import java.util.Set;
import org.briefkit.graph.SiteEntry;

/**
 * Records what a page reads while it renders: which entries, which collection listings, whether the
 * menus. An incremental rebuild re-renders a page only when something it read has changed. The
 * record is per thread, because pages render in parallel; when no page is being tracked, touching is
 * a no-op.
 */
public final class Tracking {
    private static final ThreadLocal<Deps> CURRENT = new ThreadLocal<>();

    private Tracking() {
    }

    /** What one page read. {@code entries} holds {@link #key(SiteEntry)} values. */
    public record Deps(Set<String> entries, Set<String> collections, boolean[] menus) {
        public Deps() {
            this(new HashSet<>(), new HashSet<>(), new boolean[1]);
        }

        public boolean readMenus() {
            return menus[0];
        }
    }

    /** What part of an entry a page reads: its fields, its body, or its links to and from others. */
    public enum Aspect {
        HEAD, BODY, LINKS
    }

    /** The key of an entry in dependency records: collection and ID (section texts have ID "_index"). */
    public static String key(SiteEntry e) {
        return e.tree() + ":" + e.collection() + "/" + e.id();
    }

    /** The key of one aspect of an entry. */
    public static String key(SiteEntry e, Aspect aspect) {
        return key(e) + "@" + aspect.ordinal();
    }

    static void start(Deps deps) {
        CURRENT.set(deps);
    }

    static void stop() {
        CURRENT.remove();
    }

    static void touch(SiteEntry e, Aspect aspect) {
        Deps d = CURRENT.get();
        if (d != null) {
            d.entries().add(key(e, aspect));
        }
    }

    /** Records a key made with {@link #key(SiteEntry, Aspect)} beforehand (the hot path). */
    static void touch(String entryAspectKey) {
        Deps d = CURRENT.get();
        if (d != null) {
            d.entries().add(entryAspectKey);
        }
    }

    static void touchCollection(String name) {
        Deps d = CURRENT.get();
        if (d != null) {
            d.collections().add(name);
        }
    }

    static void touchMenus() {
        Deps d = CURRENT.get();
        if (d != null) {
            d.menus()[0] = true;
        }
    }
}
