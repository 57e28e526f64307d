package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

class FileSystemFailureTest {
    @Test
    void eachFailureIsWordedWithItsPathAndWhatToDo() {
        assertEquals("permission denied: /srv/www; change its permissions, or choose another folder (--out DIR for the output)",
                FileSystemFailure.describe(new AccessDeniedException("/srv/www/.site.tmp-1f2e3d")));
        assertEquals("/mnt/usb is on a read-only file system; choose a folder you can write to (--out DIR)",
                FileSystemFailure.describe(new FileSystemException("/mnt/usb/.site.tmp-ab12", null, "Read-only file system")));
        assertEquals("cannot write proposals/ru-8.4/index.html: the disk is full; free some space and run the command again",
                FileSystemFailure.describe(new RuntimeException(new UncheckedIOException("cannot write proposals/ru-8.4/index.html",
                        new IOException("No space left on device")))));
        assertEquals("the path is too long: /tmp/aaa; choose a folder with a shorter path (--out DIR)",
                FileSystemFailure.describe(new FileSystemException("/tmp/aaa", null, "File name too long")));
    }

    @Test
    void otherExceptionsAreBugs() {
        assertNull(FileSystemFailure.find(new IllegalStateException("x", new NullPointerException())));
    }
}
