package org.briefkit.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Diagnostics;

/**
 * A site folder on disk. Nothing outside it is read: a symbolic link whose target lies outside the
 * folder is reported and skipped, as are links that loop. Folders in {@code excluded} (the output
 * folder and its temporary siblings) are never listed. Thread-safe.
 */
public final class FileSource implements SiteSource {
    private final Path root;
    private final Path realRoot;
    private final List<Path> excluded;

    public FileSource(Path root, List<Path> excluded) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
        List<Path> ex = new ArrayList<>();
        for (Path p : excluded) {
            ex.add(p.toAbsolutePath().normalize());
        }
        this.excluded = List.copyOf(ex);
    }

    public Path root() {
        return root;
    }

    @Override
    public List<SourceFile> list(String folder, Diagnostics diagnostics) {
        Path dir = root.resolve(folder);
        List<SourceFile> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 64, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    if (!d.equals(dir) && SiteSource.isIgnoredName(d.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    for (Path ex : excluded) {
                        if (d.startsWith(ex)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                    }
                    if (!d.toRealPath().startsWith(realRoot)) {
                        diagnostics.add(outside(d));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    if (SiteSource.isIgnoredName(f.getFileName().toString())) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (Files.isSymbolicLink(f) && !f.toRealPath().startsWith(realRoot)) {
                        diagnostics.add(outside(f));
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        out.add(new SourceFile(relative(f), attrs.size()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        diagnostics.add(Diagnostic.error(relative(f), 0, 0, "symbolic link loops back to a parent folder; skipped"));
                    } else if (Files.isSymbolicLink(f)) {
                        diagnostics.add(Diagnostic.error(relative(f), 0, 0, "broken symbolic link; skipped"));
                    } else {
                        diagnostics.add(Diagnostic.error(relative(f), 0, 0, "cannot read: " + describe(e))
                                .withHint("check its permissions"));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(folder, 0, 0, "cannot read folder: " + describe(e)));
        }
        out.sort(Comparator.comparing(SourceFile::path));
        return out;
    }

    @Override
    public boolean exists(String path) {
        Path p = root.resolve(path).normalize();
        try {
            return p.startsWith(root) && Files.isRegularFile(p) && p.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public SourceFile stat(String path) {
        for (String part : path.split("/")) {
            if (SiteSource.isIgnoredName(part)) {
                return null;
            }
        }
        if (!exists(path)) {
            return null;
        }
        try {
            return new SourceFile(path, Files.size(root.resolve(path)));
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public byte[] read(String path) throws IOException {
        Path p;
        try {
            p = root.resolve(path).normalize();
        } catch (InvalidPathException e) {
            // Under the C locale Java reads names as ASCII and cannot open a name it listed with "ü".
            throw new IOException("its name cannot be read in this system's character set (" + System.getProperty("sun.jnu.encoding")
                    + "); run briefkit with a UTF-8 locale, e.g. LC_ALL=C.UTF-8", e);
        }
        if (!p.startsWith(root) || !p.toRealPath().startsWith(realRoot)) {
            throw new NoSuchFileException(path, null, "outside the site folder");
        }
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p)) {
            throw new NoSuchFileException(path);
        }
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            // The exception's message is only the path; the build's message already names the file.
            throw new IOException(describe(e), e);
        }
    }

    private Diagnostic outside(Path p) {
        String target;
        try {
            target = p.toRealPath().toString();
        } catch (IOException e) {
            target = "?";
        }
        return Diagnostic.error(relative(p), 0, 0, "symbolic link leads outside the site folder (to " + target + "); skipped")
                .withHint("briefkit reads only files inside the site folder; copy the file in instead");
    }

    private String relative(Path p) {
        return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** Why a file or folder could not be read, in words ("permission denied"). */
    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it no longer exists";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
