package org.briefkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A failure of the file system (a folder that is a file, no permission, a read-only or full disk,
 * a path too long) in one line that names the path and what to do. Such a failure is the
 * machine's, not a bug: the command ends with exit code 2, and the previous site is left as it was
 * (the build writes beside it). Stateless and thread-safe.
 */
final class FileSystemFailure {
    private FileSystemFailure() {
    }

    /** The file-system failure that {@code e} is or wraps, or null when it is none (a bug). */
    static Throwable find(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof IOException || c instanceof InvalidPathException) {
                return c;
            }
        }
        return null;
    }

    /**
     * The failure in words, e.g. "cannot write /srv/site: /srv is on a read-only file system; choose
     * another output folder with --out DIR". {@code context} is what was being done ("cannot write
     * site/proposals/ru-8.4/index.html"), from the exception that wrapped it, or null.
     */
    static String describe(Throwable e) {
        Throwable io = find(e);
        String context = null;
        for (Throwable c = e; c != null && c != io; c = c.getCause()) {
            if (c instanceof UncheckedIOException && c.getMessage() != null && !c.getMessage().startsWith("java.")) {
                context = c.getMessage();
            }
        }
        String what = words(io);
        return context == null ? what : context + ": " + what;
    }

    private static String words(Throwable io) {
        if (io instanceof InvalidPathException p) {
            return "a file name cannot be read in this system's character set (" + System.getProperty("sun.jnu.encoding")
                    + "): " + p.getInput() + "; run briefkit with a UTF-8 locale, e.g. LC_ALL=C.UTF-8";
        }
        String path = io instanceof FileSystemException f && f.getFile() != null ? shown(f.getFile()) : "";
        String reason = reason(io).toLowerCase(Locale.ROOT);
        if (io instanceof FileAlreadyExistsException || io instanceof NotDirectoryException || reason.contains("not a directory")) {
            return file(path) + " is a file, not a folder; choose another folder (--out DIR), or move the file away";
        }
        if (reason.contains("read-only file system")) {
            return (path.isEmpty() ? "the output folder" : path) + " is on a read-only file system; choose a folder you can write to (--out DIR)";
        }
        if (reason.contains("no space left") || reason.contains("disk quota") || reason.contains("not enough space")) {
            return "the disk is full" + (path.isEmpty() ? "" : " (writing " + path + ")")
                    + "; free some space and run the command again";
        }
        if (reason.contains("name too long") || reason.contains("filename or extension is too long")) {
            return "the path is too long" + (path.isEmpty() ? "" : ": " + path) + "; choose a folder with a shorter path (--out DIR)";
        }
        if (io instanceof AccessDeniedException || reason.contains("permission denied") || reason.contains("operation not permitted")
                || reason.contains("access is denied")) {
            return "permission denied" + (path.isEmpty() ? "" : ": " + path)
                    + "; change its permissions, or choose another folder (--out DIR for the output)";
        }
        if (io instanceof NoSuchFileException) {
            return path + " does not exist (was it moved or deleted while briefkit ran?)";
        }
        return (path.isEmpty() ? "" : path + ": ") + (reason.isEmpty() ? "file system error" : reason(io));
    }

    private static final Pattern STAGING = Pattern.compile("\\.[^/\\\\]+\\.(tmp|old)-[0-9a-f]+");

    /**
     * A path as the user knows it: the temporary folder a build writes beside the output folder
     * ({@code .site.tmp-1f2e…}) is named by the folder it is in, which the user chose.
     */
    private static String shown(String path) {
        Path p = Path.of(path);
        for (Path at = p; at != null && at.getFileName() != null; at = at.getParent()) {
            if (STAGING.matcher(at.getFileName().toString()).matches()) {
                return at.getParent() == null ? path : at.getParent().toString();
            }
        }
        return path;
    }

    /** The first of {@code path} and the folders it is in that is a file (the one in the way), else {@code path}. */
    static String file(String path) {
        for (Path at = Path.of(path); at != null; at = at.getParent()) {
            if (Files.exists(at) && !Files.isDirectory(at)) {
                return at.toString();
            }
        }
        return path;
    }

    private static String reason(Throwable io) {
        if (io instanceof FileSystemException f) {
            return f.getReason() == null ? "" : f.getReason();
        }
        return io.getMessage() == null ? "" : io.getMessage();
    }
}
