package org.briefkit.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.diag.Diagnostic;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private final List<Diagnostic> problems = new ArrayList<>();

    @Test
    void byteOrderMarkAndCrlfAreAccepted() {
        byte[] bytes = "\ufeff---\r\ntitle: x\r\n---\rbody\r\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("---\ntitle: x\n---\nbody\n", TextDecoder.decode("a.md", bytes, problems));
        assertTrue(problems.isEmpty());
    }

    @Test
    void invalidUtf8NamesLineColumnAndByteOffset() {
        byte[] latin1 = "---\ntitle: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        assertNull(TextDecoder.decode("a.md", latin1, problems));
        assertEquals(List.of("a.md:2:11: error: invalid UTF-8: byte 0xE9 at byte offset 14"),
                problems.stream().map(Diagnostic::headline).toList());
        assertEquals("save the file with UTF-8 encoding", problems.get(0).hint());
    }

    @Test
    void controlCharactersAreReplacedWithOneWarning() {
        String text = TextDecoder.decode("a.md", "a\u0001b\u0002\u0000".getBytes(StandardCharsets.UTF_8), problems);
        assertEquals("a\ufffdb\ufffd\ufffd", text);
        assertEquals(List.of("a.md:1:2: warning: control characters (3) replaced by \ufffd"),
                problems.stream().map(Diagnostic::headline).toList());
    }

    @Test
    void aFormFeedIsASpaceWithoutWarning() {
        String text = TextDecoder.decode("a.md", "One.\n\f\nTwo\fthree.\n".getBytes(StandardCharsets.UTF_8), problems);
        assertEquals("One.\n \nTwo three.\n", text);
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void theMarkersStayUnforgeableBesideAFormFeed() {
        String text = TextDecoder.decode("a.md", "\f\u0001\u0002\u0003\u0004\u000b".getBytes(StandardCharsets.UTF_8), problems);
        assertEquals(" \ufffd\ufffd\ufffd\ufffd\ufffd", text);
        assertEquals(List.of("a.md:1:2: warning: control characters (5) replaced by \ufffd"),
                problems.stream().map(Diagnostic::headline).toList());
    }
}
