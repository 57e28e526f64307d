package org.briefkit.build.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void valuesOfEveryTypeReadBackEqualAndOthersAreRefused() {
        Object v = java.util.Map.of("a", List.of("x", true, false, 7L, 3, new java.math.BigDecimal("1.50")), "n",
                java.util.Collections.singletonMap("k", null));
        StoreOutput out = new StoreOutput(16);
        EntryCodec.writeValue(v, out);
        assertEquals(v, EntryCodec.readValue(new StoreInput(out.toByteArray())));
        assertThrows(IllegalArgumentException.class, () -> EntryCodec.writeValue(java.time.LocalDate.of(2012, 12, 3), out));
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
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));
        assertEquals("it is cut short", assertThrows(StoreFile.Unreadable.class, () -> StoreFile.read(file, "v1")).getMessage());
        Files.writeString(file, "not a cache");
        assertEquals("it is not a briefkit cache file", assertThrows(StoreFile.Unreadable.class, () -> StoreFile.read(file, "v1")).getMessage());
        // A damaged payload that passes the checksum still ends in Unreadable, never in an out-of-range read.
        assertThrows(StoreFile.Unreadable.class, () -> new StoreInput(new byte[] {(byte) 0x7F}).readString());
    }
}
