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
import org.briefkit.verify.PrivacyGuard;

/**
 * What the build cache keeps of the last successful render: the key of what every page depends on
 * (site.yml, options), a checksum of each of the site's templates, the prints of what pages can
 * read, every page's template, reads and privacy findings (its bytes are in the output it was
 * written to), and that output ({@link OutputState}, null for {@code check}). Not thread-safe.
 *
 * @param key       what every page depends on
 * @param templates the site's template files (under templates/, not static/) to their checksums
 * @param prints    digests of what pages read
 * @param pages     output file to page (without bytes)
 * @param groups    the groups of generated files, by name
 * @param output    the output the pages are in, or null
 */
record RenderState(long key, Map<String, Long> templates, Prints prints, Map<String, BuildCache.Page> pages,
                   Map<String, GeneratedGroups.Group> groups, OutputState output) {
    void write(StoreOutput out) {
        out.writeFixedLong(key);
        out.writeInt(templates.size());
        new TreeMap<>(templates).forEach((path, sum) -> {
            out.writeString(path);
            out.writeFixedLong(sum);
        });
        prints.write(out);
        // Pages share most of what they read: each string once, then numbers.
        Map<String, Integer> strings = new HashMap<>();
        List<String> table = new ArrayList<>();
        StoreOutput body = new StoreOutput(1 << 16);
        body.writeInt(pages.size());
        for (Map.Entry<String, BuildCache.Page> e : new TreeMap<>(pages).entrySet()) {
            BuildCache.Page p = e.getValue();
            body.writeString(e.getKey());
            body.writeString(p.template());
            Tracking.Deps d = p.deps();
            body.writeBoolean(d.readMenus());
            writeRefs(d.entries(), strings, table, body);
            writeRefs(d.collections(), strings, table, body);
            body.writeInt(p.privacy().size());
            for (BuildCache.PrivacyHit h : p.privacy()) {
                body.writeString(h.file());
                body.writeString(h.finding().what());
                body.writeString(h.finding().url());
                body.writeInt(h.finding().line());
            }
        }
        out.writeInt(table.size());
        table.forEach(out::writeString);
        out.writeBytes(body.toByteArray());
        GeneratedGroups.write(groups, out);
        out.writeBoolean(output != null);
        if (output != null) {
            output.write(out);
        }
    }

    private static void writeRefs(Set<String> keys, Map<String, Integer> strings, List<String> table, StoreOutput out) {
        out.writeInt(keys.size());
        for (String k : keys) {
            Integer i = strings.get(k);
            if (i == null) {
                i = table.size();
                strings.put(k, i);
                table.add(k);
            }
            out.writeInt(i);
        }
    }

    static RenderState read(StoreInput in) {
        long key = in.readFixedLong();
        Map<String, Long> templates = new HashMap<>();
        for (int n = in.readCount(); n > 0; n--) {
            templates.put(in.readString(), in.readFixedLong());
        }
        Prints prints = Prints.read(in);
        String[] table = new String[in.readCount()];
        for (int i = 0; i < table.length; i++) {
            table[i] = in.readString();
        }
        StoreInput body = in.slice();
        int n = body.readCount();
        Map<String, BuildCache.Page> pages = new HashMap<>(n * 4 / 3 + 1);
        for (int k = 0; k < n; k++) {
            String file = body.readString();
            String template = body.readString();
            boolean menus = body.readBoolean();
            Set<String> entries = readRefs(body, table);
            Set<String> collections = readRefs(body, table);
            List<BuildCache.PrivacyHit> privacy = new ArrayList<>();
            for (int h = body.readCount(); h > 0; h--) {
                privacy.add(new BuildCache.PrivacyHit(body.readString(),
                        new PrivacyGuard.Finding(body.readString(), body.readString(), body.readInt())));
            }
            if (file == null || template == null) {
                throw new StoreFile.Unreadable("a page has no file or template");
            }
            pages.put(file, new BuildCache.Page(template, new Tracking.Deps(entries, collections, new boolean[] {menus}), null,
                    List.copyOf(privacy)));
        }
        Map<String, GeneratedGroups.Group> groups = GeneratedGroups.read(in);
        OutputState output = in.readBoolean() ? OutputState.read(in) : null;
        return new RenderState(key, templates, prints, pages, groups, output);
    }

    private static Set<String> readRefs(StoreInput in, String[] table) {
        int n = in.readCount();
        Set<String> out = new HashSet<>(n * 4 / 3 + 1);
        for (int i = 0; i < n; i++) {
            int k = in.readInt();
            if (k < 0 || k >= table.length) {
                throw new StoreFile.Unreadable("a page reads string " + k + " of " + table.length);
            }
            out.add(table[k]);
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
