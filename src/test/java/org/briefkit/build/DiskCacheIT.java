package org.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.briefkit.testing.Corpus;
import org.briefkit.testing.Jar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache on disk gives exactly the site a build without it gives: random sequences of
 * edits (bodies, fields, references, renames, deletions, new files, translations, templates, static
 * files, site.yml, options), each followed by a build with the cache and one without, both in new
 * processes of the packaged jar, compared byte for byte with the problems they report. A damaged
 * cache, one from another briefkit, and two runs at once each give the right site too.
 */
class DiskCacheIT {
    @TempDir
    Path tmp;

    /** Problems as JSON (the same for both builds), and every file of the output. */
    private record Built(int code, String problems, Map<String, String> files) {
    }

    private static Built build(Path site, Path out, List<String> options, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("build", "--format", "json", "--source", site.toString(), "--out", out.toString()));
        args.addAll(options);
        args.addAll(List.of(more));
        Jar.Result r = Jar.run(args.toArray(String[]::new));
        assertTrue(r.code() <= 1, r.out() + r.err());
        return new Built(r.code(), r.out(), r.code() == 0 ? files(out) : Map.of());
    }

    /** Every file under {@code dir} but the output marker (whose token differs by build), as text. */
    static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!rel.equals(".briefkit-output")) {
                    out.put(rel, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return out;
    }

    private static void assertSame(Built cold, Built warm, String step) {
        assertEquals(cold.code(), warm.code(), step);
        assertEquals(cold.problems(), warm.problems(), step);
        assertSameFiles(cold.files(), warm.files(), step);
    }

    /** The same files with the same bytes; a failure names the files that differ, not their text. */
    static void assertSameFiles(Map<String, String> expected, Map<String, String> actual, String what) {
        List<String> differ = new ArrayList<>();
        expected.forEach((path, bytes) -> {
            if (!bytes.equals(actual.get(path))) {
                differ.add(actual.containsKey(path) ? path : path + " (missing)");
            }
        });
        actual.keySet().stream().filter(p -> !expected.containsKey(p)).forEach(p -> differ.add(p + " (extra)"));
        assertEquals(List.of(), differ, what + ": files that differ from a build without the cache");
    }

    @Test
    void randomEditSequencesGiveTheSiteABuildWithoutTheCacheGives() throws Exception {
        Path site = Corpus.write(tmp.resolve("site"), 30, 7);
        Path out = tmp.resolve("out");
        Path fresh = tmp.resolve("fresh");
        Random random = new Random(2026_12);
        List<String> options = List.of();
        assertEquals(0, build(site, out, options).code());
        int steps = Integer.getInteger("briefkit.cacheSteps", 36);
        for (int step = 0; step < steps; step++) {
            String what = edit(site, random, step);
            if (random.nextInt(8) == 0) {
                List<List<String>> choices = List.of(List.of(), List.of("--drafts"), List.of("--base-url", "https://elsewhere.example/w/"),
                        List.of("--lenient"), List.of("--zip"));
                options = choices.get(random.nextInt(choices.size()));
                what += " " + options;
            }
            Built warm = build(site, out, options);
            Built cold = build(site, fresh, options, "--no-cache");
            assertSame(cold, warm, "step " + step + ": " + what);
        }
        assertTrue(Files.exists(site.resolve(".briefkit-cache/parsed.bin")));
        assertTrue(Files.readString(site.resolve(".briefkit-cache/.gitignore")).contains("*"));
    }

    /** One random edit of the site; returns what it did. */
    private static String edit(Path site, Random random, int step) throws Exception {
        List<Path> content;
        try (Stream<Path> walk = Files.walk(site.resolve("content"))) {
            content = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Path file = content.get(random.nextInt(content.size()));
        String name = site.relativize(file).toString();
        String text = Files.readString(file);
        switch (random.nextInt(18)) {
            case 0 -> Files.writeString(file, text.replaceFirst("(?m)^title: .*$", "title: Edited title " + step));
            case 1 -> Files.writeString(file, text + "\nAn added sentence " + step + ".\n");
            case 2 -> Files.writeString(file, text.replaceFirst("(?m)^weight: .*$", "weight: " + random.nextInt(20)));
            case 3 -> {
                String id = String.format("TP-9%03d", step);
                Files.writeString(site.resolve("content/talking-points/" + id + ".md"), "---\ntitle: New point " + step
                        + "\ntheme: privacy\nproposals: [P-1.0]\ncountries: [CAA]\n---\nSee [[P-2.0]] and [[TP-0002]].\n");
                return "new " + id;
            }
            case 4 -> {
                if (name.contains("talking-points")) {
                    Files.delete(file);
                    return "deleted " + name;
                }
                Files.writeString(file, text.replace("\n---\n", "\nsummary: changed " + step + "\n---\n"));
            }
            case 5 -> {
                if (name.contains("talking-points")) {
                    Files.move(file, file.resolveSibling(file.getFileName().toString().replace(".md", "-r" + step + ".md")));
                    return "renamed " + name;
                }
                Files.writeString(file, text + "\n## A heading " + step + "\n");
            }
            case 6 -> Files.writeString(file, text.replaceFirst("\n---\n", "\ndraft: " + (step % 2 == 0) + "\n---\n"));
            case 7 -> Files.writeString(file, text.replaceFirst("proposals: \\[[^]]*]", "proposals: [P-" + (1 + random.nextInt(3)) + ".0]"));
            case 8 -> {
                Files.createDirectories(site.resolve("templates/themes"));
                Files.writeString(site.resolve("templates/themes/entry.ftlh"), "<#import \"../layout.ftlh\" as layout>"
                        + "<@layout.base title=entry.title><h1>${entry.title}</h1><p>v" + step + "</p><ul>"
                        + "<#list entry.referrers(\"talking-points\") as t><li>${t.title}</li></#list></ul></@layout.base>");
                return "template";
            }
            case 9 -> {
                Files.createDirectories(site.resolve("templates/static"));
                Files.writeString(site.resolve("templates/static/extra.css"), "p { margin: " + step + "px; }\n");
                return "static file";
            }
            case 10 -> {
                boolean french = random.nextBoolean();
                Files.writeString(site.resolve("site.yml"), "title: Generated briefing edited " + step
                        + "\nbaseUrl: https://corpus.example/\nlanguages: [en" + (french ? ", fr" : "") + "]\n");
                return "site.yml, languages " + (french ? "en, fr" : "en");
            }
            case 11 -> Files.writeString(file, text.replaceFirst("\\[\\[[^]]*]]", "[[P-1.0]]"));
            case 12 -> {
                if (name.contains("talking-points") && !name.contains(".fr.")) {
                    Files.writeString(file.resolveSibling(file.getFileName().toString().replace(".md", ".fr.md")),
                            "---\ntitle: Point traduit " + step + "\n---\nUn texte traduit, voir [[P-1.0]].\n");
                    return "translated " + name;
                }
                Files.writeString(file, text.replaceFirst("(?s)(\n---\n.*?)\\b(\\w{4,})\\b", "$1$2ed" + step));
            }
            case 13 -> {
                Files.createDirectories(site.resolve("templates/i18n"));
                Files.writeString(site.resolve("templates/i18n/en.properties"), "home=Start " + step + "\n");
                return "messages";
            }
            case 14 -> Files.writeString(file, text.replaceFirst("(?m)^summary: .*$", "summary: See [[missing-" + step + "]]."));
            // Links in Markdown to pages of the site: written per page once all pages are known.
            case 15 -> Files.writeString(file, text + "\nSee [the point](/talking-points/tp-" + String.format("%04d", 1 + random.nextInt(12))
                    + "/) and [a file](/favicon.svg).\n");
            case 16 -> Files.writeString(file, text + "\nSee [the proposal](../../proposals/p-" + (1 + random.nextInt(3)) + ".0/).\n");
            default -> Files.writeString(file, text + "Closing words " + step + ".\n");
        }
        return "edited " + name;
    }

    @Test
    void aDamagedCacheOrOneFromAnotherBriefkitGivesTheRightSiteAndOneNote() throws Exception {
        Path site = Corpus.write(tmp.resolve("site"), 12, 3);
        Path out = tmp.resolve("out");
        assertEquals(0, Jar.run("build", "--source", site.toString(), "--out", out.toString()).code());
        Path cache = site.resolve(".briefkit-cache");
        for (String damage : List.of("flip", "cut", "stamp", "missing")) {
            for (String name : damage.equals("missing") ? List.<String>of() : List.of("parsed.bin", "render-build.bin")) {
                byte[] bytes = Files.readAllBytes(cache.resolve(name));
                switch (damage) {
                    case "flip" -> bytes[bytes.length * 2 / 3] ^= 0x11;
                    case "cut" -> bytes = Arrays.copyOf(bytes, bytes.length / 2);
                    default -> {
                        String head = new String(bytes, 0, 64, StandardCharsets.ISO_8859_1);
                        int at = head.indexOf(" cache ");
                        bytes[at + 7] = (byte) '0';
                    }
                }
                Files.write(cache.resolve(name), bytes);
            }
            if (damage.equals("missing")) {
                try (Stream<Path> walk = Files.walk(cache)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Path file = site.resolve("content/talking-points/TP-0003.md");
            Files.writeString(file, Files.readString(file) + "\nA sentence after the " + damage + ".\n");
            Jar.Result r = Jar.run("build", "--source", site.toString(), "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            List<String> notes = r.err().lines().filter(l -> l.startsWith("note: ")).toList();
            assertEquals(1, notes.size(), damage + ": " + r.err());
            assertTrue(notes.get(0).contains(damage.equals("missing") ? "no build cache in " : "cannot be used: it "), notes.get(0));
            assertEquals(1, r.err().lines().count(), "one line, nothing else: " + r.err());
            Jar.Result fresh = Jar.run("build", "--no-cache", "--source", site.toString(), "--out", tmp.resolve("fresh-" + damage).toString());
            assertEquals(0, fresh.code(), fresh.err());
            assertSameFiles(files(tmp.resolve("fresh-" + damage)), files(out), damage);
            // The next run uses the cache again, without a note.
            Jar.Result again = Jar.run("build", "--source", site.toString(), "--out", out.toString());
            assertEquals("", again.err(), damage);
        }
    }

    @Test
    void unchangedFilesAreKeptFromTheLastOutputAndChangedOnesReplaced() throws Exception {
        Path site = Corpus.write(tmp.resolve("site"), 12, 5);
        Path out = tmp.resolve("out");
        for (int round = 0; round < 3; round++) {
            Path file = site.resolve("content/talking-points/TP-0004.md");
            Files.writeString(file, Files.readString(file) + "\nRound " + round + " of edits.\n");
            Object keptBefore = inode(out.resolve("talking-points/tp-0005/index.html"));
            Object editedBefore = inode(out.resolve("talking-points/tp-0004/index.html"));
            Jar.Result r = Jar.run("build", "--source", site.toString(), "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(Files.readString(out.resolve("talking-points/tp-0004/index.html")).contains("Round " + round + " of edits."));
            if (round > 0) {
                assertEquals(keptBefore, inode(out.resolve("talking-points/tp-0005/index.html")), "an unchanged page is kept, round " + round);
                assertNotEquals(editedBefore, inode(out.resolve("talking-points/tp-0004/index.html")), "the edited page is new");
            }
        }
        // The page of a deleted entry is gone from the output, as from a build without the cache.
        Files.delete(site.resolve("content/talking-points/TP-0006.md"));
        assertEquals(0, Jar.run("build", "--source", site.toString(), "--out", out.toString()).code());
        assertFalse(Files.exists(out.resolve("talking-points/tp-0006")));
        assertEquals(0, Jar.run("build", "--no-cache", "--source", site.toString(), "--out", tmp.resolve("fresh").toString()).code());
        assertSameFiles(files(tmp.resolve("fresh")), files(out), "after a deletion");
    }

    private static Object inode(Path p) throws Exception {
        return Files.exists(p) ? Files.getAttribute(p, "unix:ino") : null;
    }

    @Test
    void twoRunsAtOnceOnOneCacheBothBuildTheSite() throws Exception {
        Path site = Corpus.write(tmp.resolve("site"), 20, 9);
        assertEquals(0, Jar.run("build", "--source", site.toString(), "--out", tmp.resolve("a").toString()).code());
        Files.writeString(site.resolve("content/talking-points/TP-0002.md"), "---\ntitle: Changed\ntheme: privacy\n---\nNew text.\n");
        CompletableFuture<Jar.Result> one = CompletableFuture.supplyAsync(() -> run(site, tmp.resolve("a")));
        CompletableFuture<Jar.Result> two = CompletableFuture.supplyAsync(() -> run(site, tmp.resolve("b")));
        assertEquals(0, one.get().code(), one.get().err());
        assertEquals(0, two.get().code(), two.get().err());
        Jar.Result after = Jar.run("build", "--source", site.toString(), "--out", tmp.resolve("a").toString());
        assertEquals(0, after.code(), after.err());
        assertEquals(0, Jar.run("build", "--no-cache", "--source", site.toString(), "--out", tmp.resolve("fresh").toString()).code());
        assertSameFiles(files(tmp.resolve("fresh")), files(tmp.resolve("a")), "a");
        assertSameFiles(files(tmp.resolve("fresh")), files(tmp.resolve("b")), "b");
    }

    private static Jar.Result run(Path site, Path out) {
        try {
            return Jar.run("build", "--source", site.toString(), "--out", out.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
