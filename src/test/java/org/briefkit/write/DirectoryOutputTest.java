package org.briefkit.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryOutputTest {
    @TempDir
    Path tmp;

    private static void write(OutputSink sink, String path, String text) throws IOException {
        sink.write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private long siblings() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.count();
        }
    }

    @Test
    void commitSwapsTheNewSiteIn() throws IOException {
        Path out = tmp.resolve("site");
        DirectoryOutput first = DirectoryOutput.open(out);
        write(first, "index.html", "one");
        write(first, "a/b/index.html", "ab");
        assertFalse(Files.exists(out), "nothing is visible before commit");
        first.commit();
        assertEquals("one", Files.readString(out.resolve("index.html")));
        assertTrue(Files.exists(out.resolve(DirectoryOutput.MARKER)));

        DirectoryOutput second = DirectoryOutput.open(out);
        write(second, "index.html", "two");
        second.commit();
        assertEquals("two", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("a/b/index.html")), "files of the old build are gone");
        assertEquals(1, siblings(), "no temporary folders are left");
    }

    @Test
    void abortLeavesThePreviousSiteUntouched() throws IOException {
        Path out = tmp.resolve("site");
        DirectoryOutput first = DirectoryOutput.open(out);
        write(first, "index.html", "good");
        first.commit();
        DirectoryOutput failed = DirectoryOutput.open(out);
        write(failed, "index.html", "half");
        failed.abort();
        assertEquals("good", Files.readString(out.resolve("index.html")));
        assertEquals(1, siblings());
    }

    @Test
    void aFolderOfOtherFilesIsNeverReplaced() throws IOException {
        Path out = tmp.resolve("documents");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.docx"), "precious");
        assertNotNull(DirectoryOutput.problem(out));
        assertThrows(IOException.class, () -> DirectoryOutput.open(out));
        assertEquals("precious", Files.readString(out.resolve("thesis.docx")));
        assertNull(DirectoryOutput.problem(tmp.resolve("new")));
        Files.createDirectories(tmp.resolve("empty"));
        assertNull(DirectoryOutput.problem(tmp.resolve("empty")));
    }

    @Test
    void pathsCannotEscapeTheOutput() throws IOException {
        DirectoryOutput o = DirectoryOutput.open(tmp.resolve("site"));
        assertThrows(IOException.class, () -> write(o, "../evil.html", "x"));
        assertThrows(IOException.class, () -> write(o, "a/../../evil.html", "x"));
        o.abort();
        assertFalse(Files.exists(tmp.resolve("evil.html")));
    }

    @Test
    void symlinksInTheOldOutputAreRemovedNotFollowed() throws IOException {
        Path out = tmp.resolve("site");
        Path keep = Files.createDirectories(tmp.resolve("keep"));
        Files.writeString(keep.resolve("file.txt"), "keep me");
        DirectoryOutput first = DirectoryOutput.open(out);
        write(first, "index.html", "one");
        first.commit();
        Files.createSymbolicLink(out.resolve("link"), keep);
        DirectoryOutput second = DirectoryOutput.open(out);
        write(second, "index.html", "two");
        second.commit();
        assertEquals("keep me", Files.readString(keep.resolve("file.txt")));
    }
}
