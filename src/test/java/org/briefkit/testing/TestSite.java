package org.briefkit.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.briefkit.build.BuildListener;
import org.briefkit.build.BuildOptions;
import org.briefkit.build.BuildResult;
import org.briefkit.build.SiteBuilder;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Diagnostics;
import org.briefkit.source.MemorySource;
import org.briefkit.source.ThemeSource;
import org.briefkit.write.MemoryOutput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A whole site declared as one text block, built in memory. Files are separated by
 * {@code -- path --} lines:
 * <pre>
 * -- site.yml --
 * title: Test
 * -- content/themes/privacy.md --
 * ---
 * title: Privacy
 * ---
 * Body.
 * </pre>
 */
public final class TestSite {
    private final MemorySource source = new MemorySource();
    private BuildOptions options = new BuildOptions(false, false, 2, null);

    /** The smallest site (title T, one page, pages/a, whose body is "Body"), for tests that add the template or file they try. */
    public static TestSite onePage() {
        return of("""
                -- site.yml --
                title: T
                -- content/pages/a.md --
                ---
                title: A
                ---
                Body
                """);
    }

    public static TestSite of(String files) {
        TestSite site = new TestSite();
        String path = null;
        StringBuilder text = new StringBuilder();
        for (String line : files.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                if (path != null) {
                    site.source.put(path, text.toString());
                }
                path = line.substring(3, line.length() - 3).strip();
                text.setLength(0);
            } else if (path != null) {
                text.append(line).append('\n');
            }
        }
        if (path != null) {
            site.source.put(path, text.toString());
        }
        return site;
    }

    /**
     * A site from a folder of the test resources (e.g. {@code real-shapes/wide-table}): every file
     * under it, at its path relative to the folder.
     */
    public static TestSite fromResources(String folder) {
        TestSite site = new TestSite();
        try {
            Path root = Path.of(TestSite.class.getClassLoader().getResource(folder).toURI());
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    site.source.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read test resources " + folder, e);
        }
        return site;
    }

    public TestSite put(String path, String text) {
        source.put(path, text);
        return this;
    }

    public TestSite put(String path, byte[] bytes) {
        source.put(path, bytes);
        return this;
    }

    public TestSite remove(String path) {
        source.remove(path);
        return this;
    }

    public TestSite drafts() {
        options = options.withDrafts(true);
        return this;
    }

    public TestSite lenient() {
        options = options.withLenient(true);
        return this;
    }

    public MemorySource source() {
        return source;
    }

    /** Writes the site's files under {@code dir}; returns {@code dir}. */
    public Path writeTo(Path dir) throws IOException {
        for (var f : source.list("", new Diagnostics())) {
            Path p = dir.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.write(p, source.read(f.path()));
        }
        return dir;
    }

    public Built build() {
        MemoryOutput out = new MemoryOutput();
        BuildResult result = new SiteBuilder(source, ThemeSource.builtIn(), options, BuildListener.NONE).build(out);
        return new Built(result, out);
    }

    /** The outcome of a build. */
    public record Built(BuildResult result, MemoryOutput out) {
        public boolean ok() {
            return result.ok();
        }

        /** A written page parsed with jsoup; fails when it was not written. */
        public Document page(String path) {
            String html = out.text(path);
            assertNotNull(html, () -> "no page " + path + "; written: " + out.files().keySet() + "; problems: " + result.diagnostics());
            return Jsoup.parse(html, "http://site.test/" + path);
        }

        public String text(String path) {
            return out.text(path);
        }

        /** Headlines of the errors ({@code path:line:col: error: message}). */
        public List<String> errors() {
            List<String> list = new ArrayList<>();
            for (Diagnostic d : result.diagnostics()) {
                if (d.isError()) {
                    list.add(d.headline());
                }
            }
            return list;
        }

        public List<String> warnings() {
            List<String> list = new ArrayList<>();
            for (Diagnostic d : result.diagnostics()) {
                if (!d.isError()) {
                    list.add(d.headline());
                }
            }
            return list;
        }

        public List<String> all() {
            List<String> list = new ArrayList<>();
            result.diagnostics().forEach(d -> list.add(d.headline()));
            return list;
        }
    }
}
