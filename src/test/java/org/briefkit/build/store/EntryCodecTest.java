package org.briefkit.build.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefkit.config.SiteConfig;
import org.briefkit.config.SiteConfigParser;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;
import org.briefkit.model.Entry;
import org.briefkit.parse.EntryParser;
import org.briefkit.parse.MarkdownRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every entry of the repository's own site, packed and not, reads back equal to what was written. */
class EntryCodecTest {
    @TempDir
    Path tmp;

    private static List<EntryParser.Result> parseRepositorySite(boolean pack) throws Exception {
        SiteConfig config = SiteConfigParser.parse(new SourceText("site.yml", Files.readString(Path.of("site.yml")))).config();
        EntryParser parser = new EntryParser(config, new MarkdownRenderer(config.allowRawHtml(), null), pack);
        List<EntryParser.Result> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".md")).sorted()::iterator) {
                out.add(parser.parse(p.toString().replace('\\', '/'), Files.readAllBytes(p)));
            }
        }
        return out;
    }

    @Test
    void entriesAndProblemsReadBackEqual() throws Exception {
        for (boolean pack : new boolean[] {false, true}) {
            List<EntryParser.Result> parsed = parseRepositorySite(pack);
            assertTrue(parsed.size() > 30, "the repository's site has its entries");
            Path file = tmp.resolve("entries-" + pack + ".bin");
            StoreFile.write(file, "test stamp", out -> {
                out.writeInt(parsed.size());
                for (EntryParser.Result r : parsed) {
                    EntryCodec.write(r.entry(), out);
                    out.writeInt(r.diagnostics().size());
                    r.diagnostics().forEach(d -> EntryCodec.write(d, out));
                }
                out.writeString("fields, then a problem of every kind");
                EntryCodec.write(new Diagnostic(org.briefkit.diag.Severity.WARNING, "content/x.md", 3, 4, "m", "h", "line", true), out);
            });
            StoreInput in = StoreFile.read(file, "test stamp");
            assertEquals(parsed.size(), in.readInt());
            for (EntryParser.Result r : parsed) {
                Entry back = EntryCodec.read(in);
                assertEquals(r.entry(), back, r.entry().path());
                assertEquals(r.entry().body().isPacked(), back.body().isPacked(), r.entry().path());
                List<Diagnostic> problems = new ArrayList<>();
                for (int k = in.readInt(); k > 0; k--) {
                    problems.add(EntryCodec.readDiagnostic(in));
                }
                assertEquals(r.diagnostics(), problems);
            }
            assertEquals("fields, then a problem of every kind", in.readString());
            assertEquals(new Diagnostic(org.briefkit.diag.Severity.WARNING, "content/x.md", 3, 4, "m", "h", "line", true),
                    EntryCodec.readDiagnostic(in));
            assertTrue(in.atEnd());
        }
    }

    /**
     * What the repository's site does not have: a Markdown field with a reference and a heading,
     * links to paths of the site (inline and reference-style), a table, TOML front matter, and the
     * degraded warning of an outside image with --lenient; packed and not.
     */
    @Test
    void newerPartsOfEntriesReadBackEqual() throws Exception {
        SiteConfig config = SiteConfigParser.parse(new SourceText("site.yml", """
                title: T
                collections:
                  notes:
                    fields: {overview: markdown}
                  guides: {}
                """)).config();
        String longText = "Words to make the body long enough to be packed. ".repeat(20);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/notes/a.md", "---\ntitle: A\noverview: |\n  ## Steps\n\n  See [[b]] and [map](/img/map.png).\n---\n"
                + "# A\n\nSee [B](../b/) and [the guide][g], ![x](https://other.example/x.png).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                + longText + "\n\n[g]: /guides/g/\n");
        files.put("content/notes/b.md", "+++\ntitle = \"B\"\nweight = 2\n+++\nText with [[a#overview-steps]].\n");
        files.put("content/guides/g.md", "---\ntitle: G\nwalk_through: |\n  one\n\n  two [A](/notes/a/)\n---\nbody\n");
        for (boolean pack : new boolean[] {false, true}) {
            EntryParser parser = new EntryParser(config, new MarkdownRenderer(false, new org.briefkit.config.AllowedHosts(List.of())), pack);
            List<EntryParser.Result> parsed = new ArrayList<>();
            files.forEach((path, text) -> parsed.add(parser.parse(path, text.getBytes(StandardCharsets.UTF_8))));
            Entry a = parsed.get(0).entry();
            assertTrue(a.body().links().size() >= 2 && !a.markdown().isEmpty() && !a.markdown().get("overview").links().isEmpty(),
                    "the fixture has links in the body and in a Markdown field");
            assertTrue(parsed.get(0).diagnostics().stream().anyMatch(Diagnostic::degraded), "the outside image is a degraded warning");
            assertTrue(parsed.get(2).entry().markdown().containsKey("walk_through"), "an undeclared block field is Markdown");
            Path file = tmp.resolve("new-" + pack + ".bin");
            StoreFile.write(file, "s", out -> {
                for (EntryParser.Result r : parsed) {
                    EntryCodec.write(r.entry(), out);
                    r.diagnostics().forEach(d -> EntryCodec.write(d, out));
                }
            });
            StoreInput in = StoreFile.read(file, "s");
            for (EntryParser.Result r : parsed) {
                Entry back = EntryCodec.read(in);
                assertEquals(r.entry(), back, r.entry().path());
                assertEquals(r.entry().body().links(), back.body().links());
                assertEquals(r.entry().positions(), back.positions());
                for (Diagnostic d : r.diagnostics()) {
                    assertEquals(d, EntryCodec.readDiagnostic(in));
                }
            }
            assertTrue(in.atEnd());
        }
    }

    @Test
    void valuesOfEveryTypeReadBackEqualAndOthersAreRefused() {
        Object v = Map.of("a", List.of("x", true, false, 7L, 3, new BigDecimal("1.50")), "n",
                Collections.singletonMap("k", null));
        StoreOutput out = new StoreOutput(16);
        EntryCodec.writeValue(v, out);
        assertEquals(v, EntryCodec.readValue(new StoreInput(out.toByteArray())));
        assertThrows(IllegalArgumentException.class, () -> EntryCodec.writeValue(LocalDate.of(2012, 12, 3), out));
    }

    @Test
    void damagedTruncatedAndForeignFilesAreRefusedWithAReason() throws Exception {
        Path file = tmp.resolve("f.bin");
        StoreFile.write(file, "v1", out -> out.writeString("payload of some length, to damage in the middle"));
        assertEquals("payload of some length, to damage in the middle", StoreFile.read(file, "v1").readString());
        assertEquals("it was made by v1", assertThrows(StoreFile.Unreadable.class, () -> StoreFile.read(file, "v2")).getMessage());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);
        assertEquals("it is damaged", assertThrows(StoreFile.Unreadable.class, () -> StoreFile.read(file, "v1")).getMessage());
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 5));
        assertEquals("it is cut short", assertThrows(StoreFile.Unreadable.class, () -> StoreFile.read(file, "v1")).getMessage());
        Files.writeString(file, "not a cache");
        assertEquals("it is not a briefkit cache file", assertThrows(StoreFile.Unreadable.class, () -> StoreFile.read(file, "v1")).getMessage());
        // A damaged payload that passes the checksum still ends in Unreadable, never in an out-of-range read.
        assertThrows(StoreFile.Unreadable.class, () -> new StoreInput(new byte[] {(byte) 0x7F}).readString());
    }
}
