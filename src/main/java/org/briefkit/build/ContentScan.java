package org.briefkit.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.briefkit.config.SiteConfig;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Diagnostics;
import org.briefkit.diag.Suggest;
import org.briefkit.parse.ContentPath;
import org.briefkit.source.SiteSource;
import org.briefkit.source.SourceFile;

/**
 * The scan stage: the Markdown files under {@code content/} to parse, in sorted order. Other files,
 * folders that are not collections, entries outside a collection and files over the size limit are
 * reported. In a rebuild the last listing is updated with the changed paths instead of listing the
 * folder again. One scan per build; not thread-safe.
 */
final class ContentScan {
    private static final Comparator<SourceFile> BY_PATH = Comparator.comparing(SourceFile::path);

    private final SiteSource source;
    private final BuildCache cache;
    private final Diagnostics diagnostics;

    ContentScan(SiteSource source, BuildCache cache, Diagnostics diagnostics) {
        this.source = source;
        this.cache = cache;
        this.diagnostics = diagnostics;
    }

    /** The Markdown files to parse; other files and unknown folders are reported. */
    List<SourceFile> scan(SiteConfig config) {
        List<SourceFile> out = new ArrayList<>();
        Set<String> reportedFolders = new HashSet<>();
        for (SourceFile f : listContent()) {
            String folder = ContentPath.folderOf(f.path());
            if (!f.path().endsWith(".md")) {
                diagnostics.add(Diagnostic.warning(f.path(), 0, 0, "not a Markdown file (.md); ignored")
                        .withHint("put images and other files in templates/static/"));
            } else if (!folder.isEmpty() && config.collection(folder) == null) {
                if (reportedFolders.add(folder)) {
                    diagnostics.add(notACollection(folder, config));
                }
            } else if (ContentPath.of(f.path(), config) == null) {
                diagnostics.add(Diagnostic.error(f.path(), 0, 0, "entries belong in a collection folder, e.g. content/"
                        + config.collections().keySet().iterator().next() + "/")
                        .withHint("only _index.md (the home page's text) may be directly in content/"));
            } else if (f.size() > BuildOptions.MAX_FILE_BYTES) {
                diagnostics.add(Diagnostic.error(f.path(), 0, 0, String.format("file is too large (%.1f MB; the limit is %d MB)",
                        f.size() / 1048576.0, BuildOptions.MAX_FILE_BYTES / 1048576)).withHint("split it into several entries"));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static Diagnostic notACollection(String folder, SiteConfig config) {
        return Diagnostic.error(ContentPath.CONTENT + "/" + folder, 0, 0, "folder '" + folder + "' is not a collection")
                .withDidYouMean(Suggest.closest(folder, config.collections().keySet()))
                .withHint("collections: " + String.join(", ", config.collections().keySet())
                        + (config.declared() ? " (declared in site.yml)" : " (add a 'collections:' section to site.yml for others)"));
    }

    /** The files under content/: listed afresh, or (in a rebuild) the last listing updated with the changed paths. */
    private List<SourceFile> listContent() {
        List<SourceFile> last = cache.listing();
        if (last == null) {
            Diagnostics listing = new Diagnostics();
            List<SourceFile> listed = source.list(ContentPath.CONTENT, listing);
            List<Diagnostic> problems = listing.sorted();
            diagnostics.addAll(problems);
            cache.keepListing(new ArrayList<>(listed), problems);
            return listed;
        }
        diagnostics.addAll(cache.listingProblems());
        if (replacedInPlace(last, cache.dirtyContent())) {
            return last;
        }
        TreeMap<String, SourceFile> byPath = new TreeMap<>();
        last.forEach(f -> byPath.put(f.path(), f));
        for (String path : cache.dirtyContent()) {
            SourceFile f = source.stat(path);
            if (f != null) {
                byPath.put(path, f);
            } else {
                byPath.remove(path);
                byPath.keySet().removeIf(p -> p.startsWith(path + "/"));
            }
        }
        List<SourceFile> updated = new ArrayList<>(byPath.values());
        cache.keepListing(updated, cache.listingProblems());
        return updated;
    }

    /**
     * Updates {@code listing} (sorted by path) with the current state of {@code changed} when each of
     * them is listed and still exists; false, leaving it as it was, when one was added or removed.
     */
    private boolean replacedInPlace(List<SourceFile> listing, Set<String> changed) {
        int[] at = new int[changed.size()];
        SourceFile[] now = new SourceFile[changed.size()];
        int k = 0;
        for (String path : changed) {
            at[k] = Collections.binarySearch(listing, new SourceFile(path, 0), BY_PATH);
            now[k] = source.stat(path);
            if (at[k] < 0 || now[k] == null) {
                return false;
            }
            k++;
        }
        for (int i = 0; i < k; i++) {
            listing.set(at[i], now[i]);
        }
        return true;
    }
}
