package org.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefkit.model.Body;
import org.briefkit.model.InlineRef;
import org.briefkit.source.FileSource;
import org.briefkit.source.SourceFile;
import org.briefkit.source.ThemeSource;
import org.briefkit.write.MemoryOutput;
import org.junit.jupiter.api.Test;

/** Bodies kept deflated (for large sites under a small heap) give the same site as plain ones. */
class PackedBodiesTest {
    @Test
    void theRepositorySiteBuiltWithPackedBodiesIsByteIdentical() throws java.io.IOException {
        FileSource source = new FileSource(Path.of("").toAbsolutePath(), List.of());
        BuildOptions options = new BuildOptions(false, false, 2, null);
        MemoryOutput plain = new MemoryOutput();
        MemoryOutput packed = new MemoryOutput();
        assertTrue(new SiteBuilder(source, ThemeSource.builtIn(), options, BuildListener.NONE).build(plain).ok());
        assertTrue(new SiteBuilder(source, ThemeSource.builtIn(), options, BuildListener.NONE).alwaysPackBodies().build(packed).ok());
        Map<String, byte[]> a = plain.files();
        Map<String, byte[]> b = packed.files();
        assertEquals(a.keySet(), b.keySet());
        assertTrue(a.size() > 100, "the site has its pages");
        a.forEach((path, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8), new String(b.get(path), StandardCharsets.UTF_8), path));
    }

    @Test
    void aPackedBodyReadsAsItsHtmlAndEqualsThePlainOne() {
        String html = "<p id=\"p_1\">Proposal \u0002" + "0\u0003 by Россия — 中文 ¶ " + "text ".repeat(300) + "</p>\n";
        Body plain = new Body(html, List.of(new InlineRef(0, "ru-8.4", null, null, 1, 1)), List.of(new Body.Heading(2, "h", "H")), "H");
        Body packed = plain.packed();
        assertTrue(packed.isPacked());
        assertFalse(plain.isPacked());
        assertEquals(html, packed.html());
        assertEquals(plain, packed);
        assertEquals(plain.hashCode(), packed.hashCode());
        assertEquals(plain.html(new String[] {"<a href=\"x\">x</a>"}), packed.html(new String[] {"<a href=\"x\">x</a>"}));
        assertEquals(packed, packed.packed(), "packing twice changes nothing");
        assertNotEquals(plain, new Body(html + " ", plain.refs(), plain.headings(), "H"));
        Body small = new Body("<p>short</p>", List.of(), List.of(), null);
        assertFalse(small.packed().isPacked(), "short bodies stay plain");
    }

    @Test
    void bodiesArePackedOnlyWhenTheContentIsLargeForTheHeap() {
        List<SourceFile> tenThousand = List.of(new SourceFile("content/a.md", 57L << 20));
        List<SourceFile> hundredThousand = List.of(new SourceFile("content/a.md", 555L << 20));
        assertFalse(Parsing.packBodies(tenThousand, (192L + 7 * 57) << 20), "the launcher's estimate never packs");
        assertFalse(Parsing.packBodies(hundredThousand, (192L + 7 * 555) << 20));
        assertTrue(Parsing.packBodies(hundredThousand, 2048L << 20), "100,000 entries under 2 GB");
        assertFalse(Parsing.packBodies(tenThousand, 2048L << 20));
        assertTrue(Parsing.packBodies(tenThousand, 400L << 20), "10,000 entries under 400 MB");
    }
}
