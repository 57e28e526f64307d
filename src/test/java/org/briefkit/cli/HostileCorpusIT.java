package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefkit.testing.Jar;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile files built by the packaged jar in a 512 MB heap: every file must end with a
 * clear error (file and line) or harmless output, within seconds, all errors of the build reported
 * at once, no stack trace, nothing written outside the output folder.
 */
class HostileCorpusIT {
    @TempDir
    Path tmp;

    private static final String BASE = """
            -- site.yml --
            title: Hostile corpus
            -- content/countries/RU.md --
            ---
            title: Russian Federation
            ---
            """;

    private Path site() throws IOException {
        Path site = TestSite.of(BASE).writeTo(tmp.resolve("site-src"));
        Map<String, String> files = new TreeMap<>();
        String bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        String prev = "a";
        for (String k : List.of("b", "c", "d", "e", "f", "g", "h", "i")) {
            bomb += k + ": &" + k + " [" + String.join(",", Collections.nCopies(9, "*" + prev)) + "]\n";
            prev = k;
        }
        files.put("content/countries/bomb.md", "---\ntitle: x\n" + bomb + "---\n");
        files.put("content/countries/deep-yaml.md", "---\ntitle: x\nv: " + "[".repeat(100_000) + "\n---\n");
        files.put("content/countries/deep-map.md", "---\ntitle: x\nv: " + "{a: ".repeat(5000) + "1" + "}".repeat(5000) + "\n---\n");
        files.put("content/countries/long-key.md", "---\ntitle: x\n" + "k".repeat(200_000) + ": v\n---\n");
        files.put("content/countries/brackets.md", "---\ntitle: x\n---\n" + "[".repeat(200_000));
        files.put("content/countries/links.md", "---\ntitle: x\n---\n" + "[x](".repeat(100_000));
        files.put("content/countries/emphasis.md", "---\ntitle: x\n---\n" + "*a_".repeat(300_000));
        files.put("content/countries/backticks.md", "---\ntitle: x\n---\n" + "`".repeat(300_000));
        files.put("content/countries/quotes.md", "---\ntitle: x\n---\n" + "> ".repeat(100_000) + "x\n");
        StringBuilder lists = new StringBuilder("---\ntitle: x\n---\n");
        for (int i = 0; i < 5000; i++) {
            lists.append(" ".repeat(i)).append("- x\n");
        }
        files.put("content/countries/lists.md", lists.toString());
        files.put("content/countries/defs.md", "---\ntitle: x\n---\n" + "[a]: /b\n".repeat(100_000) + "[a]".repeat(1000));
        files.put("content/countries/crossrefs.md", "---\ntitle: x\n---\n" + "[[nothing-here]] ".repeat(100_000));
        files.put("content/countries/entities.md", "---\ntitle: x\n---\n" + "&#106;".repeat(100_000));
        files.put("content/countries/empty.md", "");
        files.put("content/countries/only-dashes.md", "---\n---\n");
        files.put("content/countries/nul.md", "---\ntitle: a\u0000b\n---\n\u0000\u0000 text \u0007");
        files.put("content/countries/java.md", "---\ntitle: x\nv: !!java.lang.ProcessBuilder [[\"touch\", \"" + tmp.resolve("pwned") + "\"]]\n---\n");
        files.put("content/countries/tpl.md", "---\ntitle: \"${'x'?new()}\"\n---\n<#assign x=\"freemarker.template.utility.Execute\"?new()>${x(\"touch " + tmp.resolve("pwned2") + "\")}\n");
        files.put("content/countries/script.md", "---\ntitle: <script>alert(1)</script>\n---\n<script>alert(1)</script> [x](javascript:alert(1)) ![y](https://tracker.example/p.gif)\n");
        files.put("content/countries/weird name ü.md", "---\ntitle: x\n---\n");
        files.put("content/countries/..md", "---\ntitle: x\n---\n");
        files.put("content/countries/-dash.md", "---\ntitle: x\n---\n");
        files.put("content/countries/index.html.md", "---\ntitle: x\n---\n");
        files.put("content/countries/id-traversal.md", "---\nid: ../../etc\ntitle: x\n---\n");
        files.put("content/countries/binary.md", new String(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80}, StandardCharsets.ISO_8859_1));
        files.put("content/countries/crlf-only.md", "---\r\ntitle: ok\r\n---\r\nfine\r\n");
        // Terminal escapes: in a value YAML decodes, in a reference, and in a file's name.
        files.put("content/countries/escapes.md", "---\ntitle: \"ITR-9\\e[2J\\e]0;pwned\\a\"\ngroups: [\"ITR-9\\e[2J\\e]0;x\\a\"]\n---\n");
        files.put("content/countries/esc\u001b[2J\u001b]0;pwned\u0007.md", "---\ntitle: x\n---\n");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = site.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getKey().endsWith("binary.md") ? f.getValue().getBytes(StandardCharsets.ISO_8859_1)
                    : f.getValue().getBytes(StandardCharsets.UTF_8));
        }
        try (RandomAccessFile f = new RandomAccessFile(site.resolve("content/countries/huge.md").toFile(), "rw")) {
            f.setLength(60L * 1024 * 1024);
        }
        Files.createDirectories(site.resolve("content/countries/dir.md"));
        Files.createSymbolicLink(site.resolve("content/countries/passwd.md"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(site.resolve("content/countries/loop"), site.resolve("content"));
        Files.createDirectories(site.resolve("templates/static"));
        Files.createSymbolicLink(site.resolve("templates/static/shadow.css"), Path.of("/etc/shadow"));
        Files.createSymbolicLink(site.resolve("templates/evil.ftlh"), Path.of("/etc/hostname"));
        return site;
    }

    @Test
    void everyHostileFileEndsWithAClearError() throws Exception {
        Path site = site();
        Path out = tmp.resolve("out");
        // The build cache is the one folder a build may write beside its content (docs/editing.md).
        Path cache = site.resolve(".briefkit-cache");
        Map<String, Long> before = snapshot(tmp, out, cache);
        // The run is killed after 120 s: a hang fails the test; how long a build takes is the benchmark's business.
        Jar.Result r = Jar.runWithHeap("512m", 120, "build", "--source", site.toString(), "--out", out.toString());
        assertEquals(1, r.code(), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(out), "nothing is published");
        assertFalse(Files.exists(tmp.resolve("pwned")) || Files.exists(tmp.resolve("pwned2")));
        assertEquals(before, snapshot(tmp, out, cache), "nothing outside the output folder and the build cache was written");
        List<String> mustBeNamed = List.of("bomb.md", "deep-yaml.md", "deep-map.md", "brackets.md", "links.md", "emphasis.md",
                "backticks.md", "quotes.md", "lists.md", "defs.md", "crossrefs.md", "entities.md", "java.md", "weird name ü.md",
                "-dash.md", "id-traversal.md", "binary.md", "huge.md", "passwd.md", "nul.md", "loop");
        List<String> missing = new ArrayList<>();
        for (String name : mustBeNamed) {
            if (!r.err().contains(name)) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, r.err());
        assertFalse(r.err().contains("root:x:0"), "no file outside the site was read into a message");
        assertTrue(r.err().chars().noneMatch(c -> c != '\n' && (c < 0x20 || c >= 0x7f && c <= 0x9f)),
                "no control character reaches the terminal");
        assertTrue(r.err().contains("ITR-9\u241b[2J\u241b]0;x\u2407") && r.err().contains("esc\u241b[2J"), "they are shown instead");
    }

    @Test
    void largeButLegitimateSitesBuildInASmallHeap() throws Exception {
        Path source = org.briefkit.testing.Corpus.write(tmp.resolve("corpus"), 2000, 7);
        Jar.Result r = Jar.runWithHeap("512m", 120, "build", "--source", source.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(tmp.resolve("o/talking-points/tp-2000/index.html")));
    }

    private static Map<String, Long> snapshot(Path root, Path except, Path alsoExcept) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (!p.startsWith(except) && !p.startsWith(alsoExcept) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(root.relativize(p).toString(), Files.size(p));
                }
            }
        }
        return files;
    }
}
