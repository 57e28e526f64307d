package org.briefkit.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a build into a temporary folder beside the output folder, then swaps it in: a failed
 * build leaves the previous site untouched, and readers never see a half-written site. This is the
 * only class that changes the output folder.
 *
 * <p>An existing output folder is only replaced when briefkit made it (it holds the
 * {@value #MARKER} file) or it is empty, so pointing {@code --out} at a folder of other files never
 * deletes them. Nothing outside the output folder and its temporary siblings is written; symbolic
 * links inside the old output are deleted, never followed. {@link #write} is thread-safe.
 */
public final class DirectoryOutput implements OutputSink {
    /** The file that marks a folder as briefkit's output. */
    public static final String MARKER = ".briefkit-output";

    private final Path out;
    private final Path staging;

    private DirectoryOutput(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    /** Why {@code out} may not be written, or null when it may. */
    public static String problem(Path out) {
        Path o = out.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(o)) {
            return "the output folder " + o + " is a symbolic link";
        }
        if (Files.exists(o) && !Files.isDirectory(o)) {
            return o + " exists and is not a folder";
        }
        if (Files.isDirectory(o) && !Files.exists(o.resolve(MARKER))) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(o)) {
                if (s.iterator().hasNext()) {
                    return "the output folder " + o + " holds files briefkit did not write; "
                            + "choose an empty or new folder (briefkit replaces the whole output folder)";
                }
            } catch (IOException e) {
                return "cannot read the output folder " + o + ": " + e.getMessage();
            }
        }
        return null;
    }

    /** Starts a build into a fresh temporary folder beside {@code out}. */
    public static DirectoryOutput open(Path out) throws IOException {
        Path o = out.toAbsolutePath().normalize();
        String problem = problem(o);
        if (problem != null) {
            throw new IOException(problem);
        }
        Path parent = o.getParent();
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + o.getFileName() + ".tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        Files.createDirectory(staging);
        return new DirectoryOutput(o, staging);
    }

    /** The temporary folders a build of {@code out} may leave beside it; never read as input. */
    public static boolean isStagingName(Path out, String name) {
        String base = "." + out.getFileName();
        return name.startsWith(base + ".tmp-") || name.startsWith(base + ".old-");
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        write(path, List.of(content));
    }

    @Override
    public void write(String path, List<byte[]> pieces) throws IOException {
        Path target = staging.resolve(path).normalize();
        if (!target.startsWith(staging) || path.isEmpty()) {
            throw new IOException("refusing to write outside the output folder: " + path);
        }
        Files.createDirectories(target.getParent());
        try (OutputStream os = Files.newOutputStream(target)) {
            for (byte[] piece : pieces) {
                os.write(piece);
            }
        }
    }

    @Override
    public void zip() throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (var walk = Files.walk(staging)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(staging.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
        write(SiteZip.NAME, SiteZip.build(files));
    }

    @Override
    public void commit() throws IOException {
        Files.write(staging.resolve(MARKER), new byte[0]);
        Path old = null;
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            String problem = problem(out);
            if (problem != null) {
                abort();
                throw new IOException(problem);
            }
            old = out.resolveSibling("." + out.getFileName() + ".old-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
            }
            abort();
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    @Override
    public void abort() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // Best effort: a left-over temporary folder is harmless and is never read as input.
        }
    }

    /** Deletes a folder tree without following symbolic links. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
