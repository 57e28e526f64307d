package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefkit.testing.Cli;
import org.briefkit.testing.Folder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC's bad-input list, one fixture each under {@code src/test/resources/bad-input/cases/}: a valid
 * base site is built, the case's files are laid over it, and the real CLI must give exactly the
 * diagnostics and exit code in the case's {@code expect.txt}. A failed build must leave the previous
 * site byte for byte; a successful one must be complete and harmless. Nothing outside the output
 * folder may change.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(resources().resolve("cases"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static Path resources() throws URISyntaxException {
        return Path.of(BadInputTest.class.getResource("/bad-input").toURI());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputGetsAClearMessageAndNeverHarmsTheSite(String name) throws Exception {
        Path site = tmp.resolve("site-src");
        Folder.copy(resources().resolve("base"), site);
        Path out = site.resolve("site");
        assertEquals(0, Cli.run("build", "--source", site.toString(), "-q").code(), "the base site builds");
        Map<String, byte[]> before = snapshot(out);

        Path caseDir = resources().resolve("cases").resolve(name);
        Folder.copy(caseDir, site);
        Files.delete(site.resolve("expect.txt"));
        String outside = prepare(name, site);
        // The build cache is the one other folder a build writes (a failed build keeps its staged pages there).
        Path cache = site.resolve(".briefkit-cache");
        Map<String, byte[]> inputs = snapshot(tmp, out, cache);

        Cli.Run r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Cli.run("build", "--source", site.toString()));

        List<String> expect = Files.readAllLines(caseDir.resolve("expect.txt"));
        int code = Integer.parseInt(expect.get(0).substring("exit ".length()));
        List<String> headlines = new ArrayList<>();
        for (String line : r.err().split("\n")) {
            if (line.matches("^\\S.*?: (error|warning): .*")) {
                headlines.add(line);
            }
        }
        List<String> expected = expect.subList(1, expect.size()).stream().map(l -> l.replace("OUTSIDE", outside)).toList();
        // The line of a privacy finding is the page's, which moves with the theme: compare without it.
        headlines.replaceAll(h -> h.replaceAll("line \\d+ of the page", "line N of the page"));
        assertEquals(expected, headlines, r.err());
        assertEquals(code, r.code(), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertTrue(r.err().chars().noneMatch(c -> c != '\n' && (c < 0x20 || c >= 0x7f && c <= 0x9f)),
                "no control character reaches the terminal: " + r.err());
        assertEquals(keys(inputs), keys(snapshot(tmp, out, cache)), "nothing outside the output and cache folders was written");
        if (code != 0) {
            assertEquals(keys(before), keys(snapshot(out)), "the previous site is untouched");
            before.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, snapshot(out).get(path)), path));
        } else {
            assertTrue(Files.exists(out.resolve("index.html")));
            assertHarmless(out);
        }
    }

    /** Cases that cannot be stored as files in the repository are made here. */
    private String prepare(String name, Path site) throws IOException {
        switch (name) {
            case "huge-file" -> {
                try (RandomAccessFile f = new RandomAccessFile(site.resolve("content/countries/BIG.md").toFile(), "rw")) {
                    f.setLength(50L * 1024 * 1024);
                }
            }
            case "symlink-outside" -> {
                Path secret = Files.writeString(tmp.resolve("secret.md"), "---\ntitle: SECRET\n---\n");
                Files.createSymbolicLink(site.resolve("content/countries/leak.md"), secret);
                return secret.toRealPath().toString();
            }
            default -> {
            }
        }
        return "";
    }

    /** No page of a successful build runs script or embeds another page. */
    private static void assertHarmless(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".html"))::iterator) {
                Document doc = Jsoup.parse(Files.readString(p));
                assertTrue(doc.select("iframe, object, embed").isEmpty(), p.toString());
                for (Element script : doc.select("script")) {
                    assertTrue(script.data().isBlank() && script.attr("src").matches("(\\.\\./)*search\\.js"),
                            p + ": only the theme's own search script may run: " + script);
                }
                for (Element el : doc.getAllElements()) {
                    for (Attribute a : el.attributes()) {
                        assertFalse(a.getKey().toLowerCase().startsWith("on"), p + ": " + el);
                        String v = a.getValue().strip().toLowerCase();
                        assertFalse(v.startsWith("javascript:") || v.startsWith("data:") || v.startsWith("vbscript:"), p + ": " + el);
                    }
                }
                assertFalse(doc.text().contains("SECRET"), p.toString());
            }
        }
    }

    private static Map<String, byte[]> snapshot(Path root, Path... except) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                boolean skip = false;
                for (Path e : except) {
                    skip |= p.startsWith(e);
                }
                if (!skip && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(root.relativize(p).toString(), Files.size(p) > 1_000_000 ? new byte[0] : Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static List<String> keys(Map<String, byte[]> m) {
        return List.copyOf(m.keySet());
    }
}
