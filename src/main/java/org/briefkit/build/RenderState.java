package org.briefkit.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.briefkit.build.store.StoreFile;
import org.briefkit.build.store.StoreInput;
import org.briefkit.build.store.StoreOutput;
import org.briefkit.render.Tracking;
import org.briefkit.verify.InlineCode;
import org.briefkit.verify.PrivacyGuard;

/**
 * What the build cache keeps of the last successful render: the key of what every page depends on
 * (site.yml, options), a checksum of each of the site's templates, the prints of what pages can
 * read, every page's template, reads, privacy findings and inline code (its bytes are in the output it was
 * written to), and that output ({@link OutputState}, null for {@code check}). Not thread-safe.
 *
 * @param key       what every page depends on
 * @param templates the site's template files (under templates/, not static/) to their checksums
 * @param prints    digests of what pages read
 * @param pages     output file to page (without bytes)
 * @param groups    the groups of generated files, by name
 * @param data      the entries of each data file
 * @param search    the search index of each language, by its folder
 * @param output    the output the pages are in, or null
 */
record RenderState(long key, Map<String, Long> templates, Prints prints, Map<String, BuildCache.Page> pages,
                   Map<String, GeneratedGroups.Group> groups, Map<String, DataFragments.File> data,
                   Map<String, SearchFiles.Index> search, OutputState output) {
    void write(StoreOutput out) {
        out.writeFixedLong(key);
        out.writeInt(templates.size());
        new TreeMap<>(templates).forEach((path, sum) -> {
            out.writeString(path);
            out.writeFixedLong(sum);
        });
        prints.write(out);
        // Pages share most of what they read: each string once, at its first use, then its number.
        Map<String, Integer> strings = new HashMap<>();
        out.writeInt(pages.size());
        for (Map.Entry<String, BuildCache.Page> e : new TreeMap<>(pages).entrySet()) {
            BuildCache.Page p = e.getValue();
            out.writeString(e.getKey());
            out.writeString(p.template());
            Tracking.Deps d = p.deps();
            out.writeBoolean(d.readMenus());
            writeRefs(d.entries(), strings, out);
            writeRefs(d.collections(), strings, out);
            out.writeInt(p.privacy().size());
            for (BuildCache.PrivacyHit h : p.privacy()) {
                out.writeString(h.file());
                out.writeString(h.finding().what());
                out.writeString(h.finding().url());
                out.writeInt(h.finding().line());
            }
            out.writeInt(p.inline().size());
            for (BuildCache.InlineHit h : p.inline()) {
                out.writeString(h.file());
                out.writeString(h.found().what());
                out.writeInt(h.found().line());
                out.writeInt(h.found().end());
                out.writeString(h.found().needle());
            }
        }
        GeneratedGroups.write(groups, out);
        DataFragments.write(data, out);
        SearchFiles.write(search, out);
        out.writeBoolean(output != null);
        if (output != null) {
            output.write(out);
        }
    }

    /** Keys as numbers: -1 and the key at its first use (it gets the next number), its number after. */
    private static void writeRefs(Set<String> keys, Map<String, Integer> strings, StoreOutput out) {
        out.writeInt(keys.size());
        for (String k : keys) {
            Integer i = strings.get(k);
            if (i == null) {
                strings.put(k, strings.size());
                out.writeInt(-1);
                out.writeString(k);
            } else {
                out.writeInt(i);
            }
        }
    }

    static RenderState read(StoreInput in) {
        long key = in.readFixedLong();
        Map<String, Long> templates = new HashMap<>();
        for (int n = in.readCount(); n > 0; n--) {
            templates.put(in.readString(), in.readFixedLong());
        }
        Prints prints = Prints.read(in);
        List<String> table = new ArrayList<>();
        int n = in.readCount();
        Map<String, BuildCache.Page> pages = new HashMap<>(n * 4 / 3 + 1);
        for (int k = 0; k < n; k++) {
            String file = in.readString();
            String template = in.readString();
            boolean menus = in.readBoolean();
            Set<String> entries = readRefs(in, table);
            Set<String> collections = readRefs(in, table);
            List<BuildCache.PrivacyHit> privacy = new ArrayList<>();
            for (int h = in.readCount(); h > 0; h--) {
                privacy.add(new BuildCache.PrivacyHit(in.readString(),
                        new PrivacyGuard.Finding(in.readString(), in.readString(), in.readInt())));
            }
            List<BuildCache.InlineHit> inline = new ArrayList<>();
            for (int h = in.readCount(); h > 0; h--) {
                inline.add(new BuildCache.InlineHit(in.readString(),
                        new InlineCode.Found(in.readString(), in.readInt(), in.readInt(), in.readString())));
            }
            if (file == null || template == null) {
                throw new StoreFile.Unreadable("a page has no file or template");
            }
            pages.put(file, new BuildCache.Page(template, new Tracking.Deps(entries, collections, new boolean[] {menus}), null,
                    List.copyOf(privacy), List.copyOf(inline)));
        }
        Map<String, GeneratedGroups.Group> groups = GeneratedGroups.read(in);
        Map<String, DataFragments.File> data = DataFragments.read(in);
        Map<String, SearchFiles.Index> search = SearchFiles.read(in);
        OutputState output = in.readBoolean() ? OutputState.read(in) : null;
        return new RenderState(key, templates, prints, pages, groups, data, search, output);
    }

    private static Set<String> readRefs(StoreInput in, List<String> table) {
        int n = in.readCount();
        Set<String> out = new HashSet<>(n * 4 / 3 + 1);
        for (int i = 0; i < n; i++) {
            int k = in.readInt();
            if (k == -1) {
                String key = in.readString();
                if (key == null) {
                    throw new StoreFile.Unreadable("a page reads nothing");
                }
                table.add(key);
                out.add(key);
            } else if (k < 0 || k >= table.size()) {
                throw new StoreFile.Unreadable("a page reads string " + k + " of " + table.size());
            } else {
                out.add(table.get(k));
            }
        }
        return out;
    }

    /**
     * The output folder the pages were written to, as the build that made it left it: its token
     * (in its marker file), its files, which of them that build wrote and which it removed, and the
     * token of the previous output kept in the cache (null: none), which differs from it in just
     * those files.
     */
    record OutputState(String folder, String token, Set<String> files, Set<String> changed, Set<String> removed, String previous) {
        void write(StoreOutput out) {
            out.writeString(folder);
            out.writeString(token);
            out.writeString(previous);
            writeSet(files, out);
            writeSet(changed, out);
            writeSet(removed, out);
        }

        static OutputState read(StoreInput in) {
            String folder = in.readString();
            String token = in.readString();
            String previous = in.readString();
            return new OutputState(folder, token, readSet(in), readSet(in), readSet(in), previous);
        }

        private static void writeSet(Set<String> set, StoreOutput out) {
            out.writeInt(set.size());
            set.forEach(out::writeString);
        }

        private static Set<String> readSet(StoreInput in) {
            int n = in.readCount();
            Set<String> out = new LinkedHashSet<>(n * 4 / 3 + 1);
            for (int i = 0; i < n; i++) {
                out.add(in.readString());
            }
            return out;
        }
    }
}
