package org.briefkit.outputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefkit.diag.Diagnostics;
import org.briefkit.source.ThemeSource;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.Test;

/**
 * The rule for the names of generated files holds for every file a build generates: a link in
 * Markdown to each of them resolves (and to {@code site.zip}, made only with {@code --zip}, which a
 * check cannot know), and a link to a generated-looking name the build does not make does not.
 */
class OutputPathsTest {
    private static TestSite site() {
        return TestSite.of("""
                -- site.yml --
                title: Outputs
                baseUrl: https://example.org/briefing/
                languages: [en, fr]
                -- content/themes/privacy.md --
                ---
                title: Privacy
                ---
                Text.
                -- content/talking-points/tp-1.md --
                ---
                title: A point
                stance: oppose
                theme: privacy
                updated: 2012-11-01
                ---
                Text.
                -- content/talking-points/tp-1.fr.md --
                ---
                title: Un argument
                ---
                Texte.
                """);
    }

    @Test
    void aLinkToEveryGeneratedFileResolves() {
        TestSite.Built first = site().build();
        assertTrue(first.ok(), first.all().toString());
        Set<String> statics = ThemeSource.builtIn().list("templates/static", new Diagnostics()).stream()
                .map(f -> f.path().substring("templates/static/".length())).collect(Collectors.toSet());
        List<String> generated = first.out().files().keySet().stream()
                .filter(f -> !f.endsWith(".html") && !statics.contains(f)).sorted().toList();
        assertTrue(generated.containsAll(List.of("feed.xml", "fr/feed.xml", "themes/privacy/feed.xml", "data/talking-points.json",
                "fr/data/graph.json", "search/manifest.js", "sitemap.xml", "sitemap-en.xml", "fr/sitemap.xml")), generated.toString());
        StringBuilder links = new StringBuilder("---\ntitle: Links\n---\n");
        generated.forEach(f -> links.append("[x](/").append(f).append(")\n"));
        links.append("[offline copy](/site.zip)\n");
        TestSite.Built b = site().put("content/pages/links.md", links.toString()).build();
        assertEquals(List.of(), b.all());
    }

    @Test
    void aGeneratedLookingNameTheBuildDoesNotMakeIsMissing() {
        TestSite.Built b = site().put("content/pages/links.md", "---\ntitle: Links\n---\n[x](/data/nope.json) [y](/search/x1.js)\n").build();
        assertEquals(2, b.errors().size(), b.all().toString());
    }
}
