package org.briefkit.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a build into a temporary folder beside the output folder, then swaps it in: a failed
 * build leaves the previous site untouched, and readers never see a half-written site. This is the
 * only class that changes the output folder.
 *
 * <p>A build that knows the current output ({@link #openOver}) keeps its unchanged files without
 * writing them: the new folder is the output before the current one (kept aside, in the build
 * cache) brought up to date with hard links to the files that changed since, or else a new folder
 * of hard links. A file is never changed in place (it may be linked from the live site): it is
 * replaced. The output replaced is kept aside in turn for the next build.
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
    /** Keeping files: the staging folder already holds the current output's files ({@code present}). */
    private final boolean over;
    /** Keeping files: hard links to the current output's files are made on demand. */
    private final boolean linking;
    /** The current output's files, when they are known (keeping files). */
    private final Set<String> present;
    /** Where the replaced output is kept for the next build; null: it is deleted. */
    private final Path previousHome;
    private final String token = Long.toHexString(ThreadLocalRandom.current().nextLong() | 1L << 62);
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    private String replacedToken;

    private DirectoryOutput(Path out, Path staging) {
        this(out, staging, false, false, Set.of(), null);
    }

    private DirectoryOutput(Path out, Path staging, boolean over, boolean linking, Set<String> present, Path previousHome) {
        this.out = out;
        this.staging = staging;
        this.over = over;
        this.linking = linking;
        this.present = present;
        this.previousHome = previousHome;
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

    /**
     * Starts a build of {@code out} that keeps the files of the current output when its marker
     * holds {@code liveToken} ({@code liveFiles} its files). The output before it, kept at
     * {@code previous} when its marker holds {@code previousToken}, differs from it in
     * {@code stale} paths: it is brought up to date and becomes the new folder; otherwise a new
     * folder of hard links is made as files are {@linkplain #keep kept}. The output this build
     * replaces is then kept at {@code previous}. When the current output is not the one expected,
     * nothing is kept (every file must be written) and it is deleted as usual.
     */
    public static DirectoryOutput openOver(Path out, String liveToken, Collection<String> liveFiles, Path previous, String previousToken,
                                           Collection<String> stale) throws IOException {
        Path o = out.toAbsolutePath().normalize();
        Path prev = previous.toAbsolutePath().normalize();
        boolean live = liveToken != null && liveToken.equals(token(o));
        boolean usable = live && previousToken != null && previousToken.equals(token(prev));
        if (!usable) {
            deleteTree(prev);
        }
        if (!live) {
            // Its files are not known, so it could not be brought up to date later: deleted as usual.
            return open(o);
        }
        if (!usable) {
            DirectoryOutput plain = open(o);
            return new DirectoryOutput(plain.out, plain.staging, false, true, new HashSet<>(liveFiles), prev);
        }
        Files.delete(prev.resolve(MARKER));
        Set<String> files = new HashSet<>(liveFiles);
        for (String path : stale) {
            Path target = inside(prev, path);
            Files.deleteIfExists(target);
            if (files.contains(path)) {
                Files.createDirectories(target.getParent());
                Files.createLink(target, inside(o, path));
            }
        }
        return new DirectoryOutput(o, prev, true, false, files, prev);
    }

    /** The token in the marker of the output folder {@code dir} ("" for one without; null when there is none). */
    public static String token(Path dir) {
        try {
            return Files.readString(dir.resolve(MARKER), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return null;
        }
    }

    /** The output folder this build replaces. */
    public Path folder() {
        return out;
    }

    /** The token this build writes into its marker. */
    public String token() {
        return token;
    }

    /** Files written by this build (kept files are not among them). */
    public Set<String> written() {
        return Collections.unmodifiableSet(written);
    }

    /** Files of the current output that this build neither wrote nor kept: gone from the new one. */
    public Set<String> removed() {
        Set<String> gone = new HashSet<>(present);
        gone.removeAll(written);
        gone.removeAll(kept);
        return gone;
    }

    /** Files kept from the current output without being written. */
    public Set<String> kept() {
        return Collections.unmodifiableSet(kept);
    }

    /** After {@link #commit}: the token of the output it replaced and kept aside, or null when none was kept. */
    public String replacedToken() {
        return replacedToken;
    }

    @Override
    public boolean keep(String path) {
        if (over) {
            if (!present.contains(path)) {
                return false;
            }
            kept.add(path);
            return true;
        }
        if (!linking) {
            return false;
        }
        try {
            Path target = inside(staging, path);
            Files.createDirectories(target.getParent());
            Files.createLink(target, inside(out, path));
            kept.add(path);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public byte[] current(String path) {
        if (!over && !linking || !present.contains(path)) {
            return null;
        }
        try {
            return Files.readAllBytes(inside(out, path));
        } catch (IOException e) {
            return null;
        }
    }

    private static Path inside(Path root, String path) throws IOException {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || path.isEmpty() || target.equals(root)) {
            throw new IOException("refusing to write outside the output folder: " + path);
        }
        return target;
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
        Path target = inside(staging, path);
        if (over && present.contains(path) && pieces.size() == 1 && same(target, pieces.get(0))) {
            kept.add(path);
            return;
        }
        if (over && present.contains(path) || linking && kept.contains(path)) {
            // It may be a hard link to the live site's file (or the output before): replace it, never write into it.
            Files.deleteIfExists(target);
        }
        written.add(path);
        Files.createDirectories(target.getParent());
        try (OutputStream os = Files.newOutputStream(target)) {
            for (byte[] piece : pieces) {
                os.write(piece);
            }
        }
    }

    @Override
    public void zip() throws IOException {
        dropUntouched();
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

    private static boolean same(Path file, byte[] content) {
        try {
            return Files.size(file) == content.length && Arrays.equals(Files.readAllBytes(file), content);
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes the current output's files that this build neither wrote nor kept (with folders left empty). */
    private void dropUntouched() throws IOException {
        if (!over) {
            return;
        }
        for (String path : present) {
            if (!written.contains(path) && !kept.contains(path)) {
                Path gone = inside(staging, path);
                Files.deleteIfExists(gone);
                for (Path dir = gone.getParent(); !dir.equals(staging) && isEmpty(dir); dir = dir.getParent()) {
                    Files.delete(dir);
                }
            }
        }
    }

    @Override
    public void commit() throws IOException {
        dropUntouched();
        Files.write(staging.resolve(MARKER), token.getBytes(StandardCharsets.UTF_8));
        Path old = null;
        String oldToken = null;
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            String problem = problem(out);
            if (problem != null) {
                abort();
                throw new IOException(problem);
            }
            oldToken = token(out);
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
        if (old != null && previousHome != null && oldToken != null && !oldToken.isEmpty()) {
            try {
                Files.createDirectories(previousHome.getParent());
                deleteTree(previousHome);
                Files.move(old, previousHome, StandardCopyOption.ATOMIC_MOVE);
                replacedToken = oldToken;
                return;
            } catch (IOException e) {
                // Another file system: not kept; the next build makes hard links instead.
            }
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
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
