package org.briefkit.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DirectoryOutput#openOver}: files kept from the current output are not written, changed
 * ones are replaced without touching the live site's (they may be the same file), files gone are
 * deleted, and the output replaced is kept to become the next one.
 */
class IncrementalOutputTest {
    @TempDir
    Path tmp;

    private static void write(OutputSink sink, String path, String text) throws IOException {
        sink.write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Object inode(Path p) throws IOException {
        return Files.getAttribute(p, "unix:ino");
    }

    /** The first build into {@code out} (the output it replaces kept in {@code previous}): one file, committed. */
    private static DirectoryOutput firstBuild(Path out, Path previous, String path, String text) throws IOException {
        DirectoryOutput first = DirectoryOutput.openOver(out, null, List.of(), previous, null, List.of());
        write(first, path, text);
        first.commit();
        return first;
    }

    /** One build over the last: writes {@code changed}, keeps the rest of {@code files}. */
    private record Build(DirectoryOutput out, Set<String> files) {
    }

    @Test
    void buildsOverTheOutputBeforeKeepOnlyWhatIsCurrent() throws IOException {
        Path out = tmp.resolve("site");
        Path previous = tmp.resolve("cache/previous-output");
        DirectoryOutput first = DirectoryOutput.openOver(out, null, List.of(), previous, null, List.of());
        write(first, "a/index.html", "a1");
        write(first, "b/index.html", "b1");
        write(first, "c/index.html", "c1");
        first.commit();
        assertNull(first.replacedToken(), "there was no output to keep");
        Set<String> files = Set.of("a/index.html", "b/index.html", "c/index.html");

        // Second build: the output before is missing, so kept files are hard links to the live ones.
        Object bBefore = inode(out.resolve("b/index.html"));
        DirectoryOutput second = DirectoryOutput.openOver(out, first.token(), files, previous, null, List.of());
        assertTrue(second.keep("b/index.html"));
        assertTrue(second.keep("c/index.html"));
        assertFalse(second.keep("d/index.html"), "a file the current output does not have cannot be kept");
        write(second, "a/index.html", "a2");
        assertEquals("a1", Files.readString(out.resolve("a/index.html")), "the live site is untouched until the swap");
        second.commit();
        assertEquals(first.token(), second.replacedToken());
        assertEquals("a2", Files.readString(out.resolve("a/index.html")));
        assertEquals(bBefore, inode(out.resolve("b/index.html")), "a kept file is the same file");
        assertEquals(first.token(), DirectoryOutput.token(previous), "the replaced output is kept aside");
        assertEquals(Set.of("a/index.html"), second.written());
        assertEquals(Set.of(), second.removed());

        // Third build: the output before is brought up to date and built into; c is gone.
        Object liveA = inode(out.resolve("a/index.html"));
        Set<String> stale = new HashSet<>(second.written());
        DirectoryOutput third = DirectoryOutput.openOver(out, second.token(), files, previous, second.replacedToken(), stale);
        assertTrue(third.keep("a/index.html"));
        write(third, "b/index.html", "b3");
        assertEquals("b1", Files.readString(out.resolve("b/index.html")), "replacing a file that is also live leaves the live one as it was");
        write(third, "new/index.html", "n3");
        third.commit();
        assertEquals(Set.of("c/index.html"), third.removed());
        assertFalse(Files.exists(out.resolve("c")), "a file neither written nor kept is gone, with its folder");
        assertEquals("a2", Files.readString(out.resolve("a/index.html")));
        assertEquals(liveA, inode(out.resolve("a/index.html")), "brought up to date with a link, then kept");
        assertEquals("b3", Files.readString(out.resolve("b/index.html")));
        assertEquals("n3", Files.readString(out.resolve("new/index.html")));
        assertEquals(second.token(), DirectoryOutput.token(previous));
        assertEquals("b1", Files.readString(previous.resolve("b/index.html")), "the output kept aside is the one replaced");
    }

    @Test
    void aKeptFileWrittenAfterAllIsReplacedNotWrittenThroughItsLink() throws IOException {
        Path out = tmp.resolve("site");
        Path previous = tmp.resolve("cache/previous-output");
        DirectoryOutput first = firstBuild(out, previous, "a/index.html", "a1");
        // The output before is missing: a kept file is a hard link to the live one.
        DirectoryOutput second = DirectoryOutput.openOver(out, first.token(), Set.of("a/index.html"), previous, null, List.of());
        assertTrue(second.keep("a/index.html"));
        // A group kept file by file, then made after all (one of its files could not be kept), writes it again.
        write(second, "a/index.html", "a2");
        assertEquals("a1", Files.readString(out.resolve("a/index.html")), "the live site is untouched until the swap");
        second.commit();
        assertEquals("a2", Files.readString(out.resolve("a/index.html")));
        assertEquals("a1", Files.readString(previous.resolve("a/index.html")), "the output replaced is as it was");
    }

    @Test
    void anUnchangedWriteIsKeptAndAFailedBuildLeavesTheSiteAsItWas() throws IOException {
        Path out = tmp.resolve("site");
        Path previous = tmp.resolve("cache/previous-output");
        DirectoryOutput first = firstBuild(out, previous, "x.css", "same");
        DirectoryOutput second = DirectoryOutput.openOver(out, first.token(), Set.of("x.css"), previous, null, List.of());
        write(second, "x.css", "same");
        second.commit();
        DirectoryOutput third = DirectoryOutput.openOver(out, second.token(), Set.of("x.css"), previous, second.replacedToken(),
                second.written());
        write(third, "x.css", "same");
        assertEquals(Set.of(), third.written(), "the same bytes again are not written");
        assertEquals(Set.of("x.css"), third.kept());
        write(third, "y.css", "new");
        third.abort();
        assertEquals("same", Files.readString(out.resolve("x.css")));
        assertFalse(Files.exists(out.resolve("y.css")));
        assertEquals(second.token(), DirectoryOutput.token(out));
        assertNotEquals(second.replacedToken(), DirectoryOutput.token(previous), "the folder a failed build wrote into is not trusted again");
    }

    @Test
    void anOutputTheCallerDoesNotKnowKeepsNothing() throws IOException {
        Path out = tmp.resolve("site");
        DirectoryOutput first = DirectoryOutput.open(out);
        write(first, "index.html", "one");
        first.commit();
        DirectoryOutput second = DirectoryOutput.openOver(out, "another token", Set.of("index.html"), tmp.resolve("prev"), null, List.of());
        assertFalse(second.keep("index.html"));
        assertNull(second.current("index.html"));
        write(second, "index.html", "two");
        second.commit();
        assertNull(second.replacedToken(), "an output whose files are unknown is deleted, not kept");
        assertFalse(Files.exists(tmp.resolve("prev")));
    }
}
