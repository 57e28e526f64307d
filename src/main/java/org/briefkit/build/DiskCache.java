package org.briefkit.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32C;
import org.briefkit.build.store.Digest;
import org.briefkit.build.store.StoreFile;
import org.briefkit.build.store.StoreInput;
import org.briefkit.config.SiteConfigParser;
import org.briefkit.diag.Diagnostics;
import org.briefkit.source.SiteSource;
import org.briefkit.source.SourceFile;
import org.briefkit.write.DirectoryOutput;
import org.briefkit.write.OutputSink;

/**
 * The build cache on disk ({@code .briefkit-cache/} beside the site by default): what {@code build}
 * and {@code check} parsed, kept between runs, so that a later run parses only the files that
 * changed. One run holds the folder's lock at a time; a run that finds it held, or a cache it
 * cannot read (missing, from another briefkit, cut short, damaged), builds everything and says so
 * in one line ({@link #notes()}), never fails for it. Every file is written beside its place and
 * renamed over it, so a reader never sees half of one. The folder holds its own {@code .gitignore}
 * and {@code CACHEDIR.TAG}, so git and backup tools leave it alone. Not thread-safe: one build at
 * a time.
 */
public final class DiskCache implements AutoCloseable {
    /** The cache folder's name in the site folder, unless {@code --cache} says otherwise. */
    public static final String FOLDER = ".briefkit-cache";
    /** Changes whenever what the cache holds, or how, changes. */
    private static final int FORMAT = 4;
    /** What was parsed (constants: the launcher reads their sizes for its heap estimate). */
    public static final String PARSED = "parsed.bin";
    /** The last successful render of {@code build} (whose pages are in its output) and of {@code check}. */
    public static final String BUILT = "render-build.bin";
    public static final String CHECKED = "render-check.bin";
    /** The output before the current one, kept to become the next one (see {@link DirectoryOutput#openOver}). */
    private static final String PREVIOUS = "previous-output";

    private final Path dir;
    private final FileChannel lockFile;
    private final FileLock lock;
    private final List<String> notes = new ArrayList<>();
    private final String stamp;
    private RenderState built;
    private DirectoryOutput output;
    private Map<String, Long> templates = Map.of();

    private DiskCache(Path dir, FileChannel lockFile, FileLock lock, String note) {
        this.dir = dir;
        this.lockFile = lockFile;
        this.lock = lock;
        this.stamp = stamp();
        if (note != null) {
            notes.add(note);
        }
    }

    /**
     * The cache in {@code dir}, made if missing and locked for this run; when another run holds it
     * or it cannot be made, a cache that keeps nothing, with a note saying so.
     */
    public static DiskCache open(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            Files.createDirectories(d);
            writeIfMissing(d.resolve(".gitignore"), "# briefkit's build cache: nothing here belongs in git.\n*\n");
            writeIfMissing(d.resolve("CACHEDIR.TAG"), "Signature: 8a477f597d28d172789f06886806bc55\n"
                    + "# This folder is briefkit's build cache; it can be deleted at any time.\n");
            channel = FileChannel.open(d.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return new DiskCache(null, null, null, "the build cache " + d + " is in use by another briefkit run; building without it");
            }
            return new DiskCache(d, channel, lock, null);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            return new DiskCache(null, null, null, "cannot use the build cache " + d + " (" + e.getMessage() + "); building without it");
        }
    }

    private static void writeIfMissing(Path file, String text) throws IOException {
        if (!Files.exists(file)) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    /** Says why the cache cannot be used: once per run (its files are usually unusable for the same reason). */
    private void note(String line) {
        if (notes.isEmpty()) {
            notes.add(line);
        }
    }

    /** One line about a cache that could not be used; empty when it was. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** Whether this run holds the cache (false: it builds without one). */
    public boolean usable() {
        return dir != null;
    }

    /**
     * Where {@code build} writes the site: an output that keeps the unchanged files of the current
     * one when the cache knows it, else a new folder swapped in as usual.
     */
    public DirectoryOutput output(Path out) throws IOException {
        Path o = out.toAbsolutePath().normalize();
        if (!usable()) {
            return DirectoryOutput.open(o);
        }
        built = readRender(BUILT);
        RenderState.OutputState last = built == null ? null : built.output();
        if (last == null || !last.folder().equals(o.toString())) {
            output = DirectoryOutput.openOver(o, null, List.of(), dir.resolve(PREVIOUS), null, List.of());
        } else {
            Set<String> stale = new HashSet<>(last.changed());
            stale.addAll(last.removed());
            output = DirectoryOutput.openOver(o, last.token(), last.files(), dir.resolve(PREVIOUS), last.previous(), stale);
        }
        return output;
    }

    /**
     * The cache for a build of {@code source} with {@code options} (into {@code sink}, or a check
     * when null): what can be reused, else nothing.
     */
    BuildCache load(SiteSource source, BuildOptions options, long startedNanos, OutputSink sink) {
        if (!usable()) {
            return BuildCache.fromDisk(ParsedFiles.empty(startedNanos));
        }
        BuildCache cache = BuildCache.fromDisk(readParsed(parseKey(source, options), startedNanos));
        RenderState last = sink == null ? readRender(CHECKED) : built;
        templates = templateSums(source);
        if (last != null && last.key() == renderKey(source, options, sink != null)) {
            Set<String> changed = new HashSet<>();
            templates.forEach((path, sum) -> {
                if (!sum.equals(last.templates().get(path))) {
                    changed.add(path);
                }
            });
            last.templates().keySet().stream().filter(p -> !templates.containsKey(p)).forEach(changed::add);
            cache.resume(last.prints(), last.pages(), changed, last.groups(), last.data(), last.search());
        }
        return cache;
    }

    private ParsedFiles readParsed(long key, long startedNanos) {
        if (!Files.exists(dir.resolve(PARSED))) {
            // The first build with this cache, or one whose cache was not restored (CI): its time is explained.
            note("no build cache in " + dir + " yet; this run does everything and keeps what it makes there for the next");
            return ParsedFiles.empty(startedNanos);
        }
        try {
            StoreInput in = StoreFile.read(dir.resolve(PARSED), stamp);
            return in.readFixedLong() == key ? ParsedFiles.read(in, startedNanos) : ParsedFiles.empty(startedNanos);
        } catch (StoreFile.Unreadable e) {
            note("the build cache " + dir.resolve(PARSED) + " cannot be used: " + e.getMessage() + "; building everything");
            return ParsedFiles.empty(startedNanos);
        }
    }

    private RenderState readRender(String name) {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            StoreInput in = StoreFile.read(file, stamp);
            RenderState state = RenderState.read(in);
            if (!in.atEnd()) {
                throw new StoreFile.Unreadable("it does not add up");
            }
            return state;
        } catch (StoreFile.Unreadable e) {
            note("the build cache " + file + " cannot be used: " + e.getMessage() + "; building everything");
            return null;
        }
    }

    /**
     * Keeps what {@code cache} holds for the next run: what was parsed, and when the build
     * succeeded ({@code published}: its output was swapped in, or the check passed) what was
     * rendered. A failure to write is a note, not an error of the build.
     */
    void save(BuildCache cache, SiteSource source, BuildOptions options, OutputSink sink, boolean published) {
        if (!usable() || cache.parsedFiles() == null) {
            return;
        }
        try {
            long parseKey = parseKey(source, options);
            StoreFile.write(dir.resolve(PARSED), stamp, out -> {
                out.writeFixedLong(parseKey);
                cache.parsedFiles().write(out);
            });
            if (!published || !cache.succeededOnce() || sink != null && sink != output) {
                return;
            }
            RenderState.OutputState o = null;
            if (sink != null) {
                Set<String> files = new TreeSet<>(output.written());
                files.addAll(output.kept());
                o = new RenderState.OutputState(output.folder().toString(), output.token(), files, new TreeSet<>(output.written()),
                        new TreeSet<>(output.removed()), output.replacedToken());
            }
            RenderState state = new RenderState(renderKey(source, options, sink != null), templates, cache.prints(), cache.pages(),
                    cache.groups(), cache.dataFiles(), cache.searchIndexes(), o);
            StoreFile.write(dir.resolve(sink == null ? CHECKED : BUILT), stamp, state::write);
        } catch (IOException | RuntimeException e) {
            notes.add("cannot write the build cache " + dir + " (" + e.getMessage() + "); the next build does everything");
        }
    }

    /** What every page depends on besides what it reads: site.yml, the options, whether pages link to site.zip. */
    private static long renderKey(SiteSource source, BuildOptions options, boolean writes) {
        return new Digest().add(parseKey(source, options)).add("render").add(options.drafts()).add(options.baseUrl())
                .add(options.zip() && writes).value();
    }

    /** The site's templates (not its static files) to their checksums. */
    private static Map<String, Long> templateSums(SiteSource source) {
        Map<String, Long> sums = new HashMap<>();
        for (SourceFile f : source.list("templates", new Diagnostics())) {
            if (!f.path().startsWith(PagePlanner.STATIC + "/")) {
                try {
                    sums.put(f.path(), ParsedFiles.checksum(source.read(f.path())));
                } catch (IOException e) {
                    sums.put(f.path(), 0L);
                }
            }
        }
        return sums;
    }

    /**
     * What parsing depends on besides each file: {@code site.yml} (collections, fields, languages,
     * raw HTML) and {@code --lenient} (outside images become links).
     */
    private static long parseKey(SiteSource source, BuildOptions options) {
        Digest d = new Digest().add("parse").add(options.lenient());
        try {
            d.add(source.exists(SiteConfigParser.FILE) ? new String(source.read(SiteConfigParser.FILE), StandardCharsets.ISO_8859_1) : null);
        } catch (IOException e) {
            d.add("unreadable " + e.getMessage());
        }
        return d.value();
    }

    /**
     * Which briefkit wrote a cache: its version and a checksum of its jar, so that any other build
     * of the code (a snapshot rebuilt, a theme changed) starts from nothing; the jar is
     * reproducible, so the same code gives the same stamp.
     */
    private static String stamp() {
        return "briefkit " + Version.get() + " cache " + FORMAT + " code " + codeChecksum();
    }

    private static String codeChecksum() {
        try {
            CodeSource code = DiskCache.class.getProtectionDomain().getCodeSource();
            Path jar = code == null ? null : Path.of(code.getLocation().toURI());
            if (jar == null || !Files.isRegularFile(jar)) {
                return "classes";
            }
            CRC32C crc = new CRC32C();
            byte[] buf = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(jar)) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    crc.update(buf, 0, n);
                }
            }
            return Long.toHexString(Files.size(jar)) + "-" + Long.toHexString(crc.getValue());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            // Closing the channel releases it too.
        }
        closeQuietly(lockFile);
    }

    private static void closeQuietly(FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // Nothing more to do: the lock goes with the process.
            }
        }
    }
}
