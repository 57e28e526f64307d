package org.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.briefkit.config.SiteConfig;
import org.briefkit.diag.Diagnostics;
import org.briefkit.source.MemorySource;
import org.briefkit.source.SourceFile;
import org.junit.jupiter.api.Test;

class ContentScanTest {
    private static List<String> scan(MemorySource source, BuildCache cache, List<String> problems) {
        Diagnostics diagnostics = new Diagnostics();
        List<SourceFile> files = new ContentScan(source, cache, diagnostics).scan(SiteConfig.defaults());
        diagnostics.sorted().forEach(d -> problems.add(d.headline()));
        return files.stream().map(f -> f.path() + ":" + f.size()).toList();
    }

    @Test
    void filesThatAreNotEntriesAreReported() {
        MemorySource source = new MemorySource()
                .put("content/_index.md", "home")
                .put("content/talking-points/tp-1.md", "---\ntitle: One\n---\n")
                .put("content/talking-points/photo.jpg", "jpeg")
                .put("content/loose.md", "---\ntitle: Loose\n---\n")
                .put("content/proposal/a.md", "---\ntitle: A\n---\n")
                .put("content/proposal/b.md", "---\ntitle: B\n---\n")
                .put("content/themes/huge.md", new byte[(int) BuildOptions.MAX_FILE_BYTES + 1]);
        List<String> problems = new ArrayList<>();
        List<String> files = scan(source, BuildCache.none(), problems);
        assertEquals(List.of("content/_index.md:4", "content/talking-points/tp-1.md:19"), files);
        assertEquals(List.of(
                "content/loose.md: error: entries belong in a collection folder, e.g. content/talking-points/",
                "content/proposal: error: folder 'proposal' is not a collection; did you mean 'proposals'?",
                "content/talking-points/photo.jpg: warning: not a Markdown file (.md); ignored",
                "content/themes/huge.md: error: file is too large (10.0 MB; the limit is 10 MB)"), problems);
    }

    @Test
    void aRebuildsListingFollowsEditsAsAFreshListingWould() {
        MemorySource source = new MemorySource();
        for (int i = 0; i < 20; i++) {
            source.put("content/talking-points/tp-" + i + ".md", "---\ntitle: T" + i + "\n---\n");
        }
        BuildCache cache = new BuildCache();
        scan(source, cache, new ArrayList<>());
        Random random = new Random(7);
        for (int step = 0; step < 200; step++) {
            String path = "content/" + (random.nextBoolean() ? "talking-points" : "themes") + "/x-" + random.nextInt(30) + ".md";
            switch (random.nextInt(3)) {
                case 0 -> source.put(path, "---\ntitle: " + step + "\n---\n" + "x".repeat(random.nextInt(50)));
                case 1 -> source.remove(path);
                default -> source.put(path, "changed " + step);
            }
            cache.changed(List.of(path));
            List<String> rebuilt = scan(source, cache, new ArrayList<>());
            cache.keepParsed(Set.of(), List.of()); // what a build's parse stage does: nothing is dirty after
            assertEquals(scan(source, BuildCache.none(), new ArrayList<>()), rebuilt, "step " + step + ": " + path);
        }
    }
}
