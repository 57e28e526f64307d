package org.briefkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.briefkit.build.DiskCache;

/**
 * The jar's entry point. {@code java -jar briefkit.jar} cannot choose JVM options, and the JVM's
 * defaults suit a long-running server, not a build that lasts seconds: most of a small build's CPU
 * went into the optimising JIT compiler (measured in docs/performance.md). So, when started
 * plainly from the jar, this starts the build in a second JVM with the options that measured
 * best (the quick JIT compiler only, and the {@link ClassArchive} made at package time when it is
 * there and whole), passes the terminal through, and exits with its code.
 *
 * <p>It runs {@link Main} in this JVM instead when the JVM was given options (the caller chose
 * them, e.g. {@code -Xmx512m}), when not started from a jar, or when {@code BRIEFKIT_NO_RELAUNCH}
 * is set. The second JVM ends when this one does, however this one ends.
 */
public final class Launcher {
    static final String LAUNCHED = "briefkit.launched";
    /**
     * The quick JIT compiler only; and compile huge methods too: the HTML parser's tokenizer
     * ({@code Tokenizer.stateLoop}, which the privacy check runs over every page) is one method of
     * over 8,000 bytecodes, which the JVM would otherwise leave interpreted, 3 to 5 times slower.
     */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:-DontCompileHugeMethods");

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Optional<Path> jar = jar();
        if (System.getProperty(LAUNCHED) != null) {
            exitWithParent();
            Main.main(Locales.args(args));
            return;
        }
        if (jar.isEmpty() || System.getenv("BRIEFKIT_NO_RELAUNCH") != null || hasJvmOptions()) {
            Main.main(args);
            return;
        }
        Optional<Long> heap = heapFor(args);
        String written = Locales.argsOption(args);
        int code = run(command(jar.get(), withArgs(jvmOptions(jar.get(), heap), written), List.of(args)));
        if (code == Main.EXIT_OUT_OF_MEMORY && heap.isPresent()) {
            System.err.println("note: this site needed more memory than briefkit estimated (" + (heap.get() >> 20)
                    + " MB); building it again with Java's default limit");
            code = run(command(jar.get(), withArgs(jvmOptions(jar.get(), Optional.empty()), written), List.of(args)));
        }
        System.exit(code);
    }

    /**
     * The class-data archive of {@code jar} when it is whole, huge pages when asking helps, and the
     * heap limit when there is one, with {@link #BATCH_GC}.
     */
    static List<String> jvmOptions(Path jar, Optional<Long> heap) {
        List<String> options = new ArrayList<>(ClassArchive.options(jar));
        if (hugePagesOnRequest()) {
            options.add(HUGE_PAGES);
        }
        if (heap.isPresent()) {
            options.add("-Xmx".concat(Long.toString(heap.get() >> 20)).concat("m"));
            options.add("-D" + Main.HEAP_ESTIMATED + "=true");
            options.addAll(BATCH_GC);
        }
        return options;
    }

    /** {@code options} and the option that hands the arguments over as written ({@link Locales}), when there is one. */
    private static List<String> withArgs(List<String> options, String written) {
        if (written == null) {
            return options;
        }
        List<String> all = new ArrayList<>(options);
        all.add(written);
        return all;
    }

    /**
     * For a one-off build with a heap sized to the content: the parallel collector. A build is a batch
     * job, where throughput counts and pauses do not, and G1's write barriers made every reference
     * store of the (quick-compiled) code dearer, while its concurrent marking ran again and again over a
     * graph that lives the whole build. Interleaved runs on this project's 2-core machine: 10k
     * 16.2–18.6 s against 18.3–22.1 s, 1k 3.4–3.7 s against 3.8–4.0 s, a third less peak memory at
     * 1k and a seventh less at 10k (docs/performance.md). The preview keeps G1: its heap is large and
     * long-lived, and a full collection would stall an edit.
     */
    static final List<String> BATCH_GC = List.of("-XX:+UseParallelGC");

    static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";

    /**
     * Whether Linux gives transparent huge pages to memory that asks for them (the kernel's default
     * setting, {@code madvise}). The heap then takes page faults per 2 MB instead of per 4 KB: on
     * this project's 2-core virtual machine the own site builds in 1.11 s instead of 1.27 s, and a
     * tenth less CPU (docs/performance.md). Where they are always on the JVM gets them anyway, and
     * where they are off the option would only print a warning.
     */
    static boolean hugePagesOnRequest() {
        try {
            return Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"), StandardCharsets.US_ASCII).contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The command that runs briefkit {@code args} from {@code jar} in a second JVM: {@link #OPTIONS}, then {@code jvmOptions}. */
    static List<String> command(Path jar, List<String> jvmOptions, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(OPTIONS);
        cmd.addAll(jvmOptions);
        cmd.add("-D" + LAUNCHED + "=1");
        cmd.add("-cp");
        cmd.add(jar.toString());
        cmd.add(Launcher.class.getName());
        cmd.addAll(args);
        return cmd;
    }

    /**
     * Runs the second JVM with this one's terminal; its exit code. Ctrl-C and SIGTERM are passed on
     * (a terminal sends Ctrl-C to both JVMs; SIGTERM to this one is sent on as SIGTERM), and this
     * one waits for the second to end, so that a stopped preview ends with its own code and words.
     */
    private static int run(List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        Locales.utf8(pb.environment());
        Process child = pb.start();
        Thread stop = new StopChild(child);
        if (Signals.onStop(stop)) {
            return child.waitFor();
        }
        Runtime.getRuntime().addShutdownHook(stop);
        int code = child.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // This JVM is stopping (a signal): the hook is stopping the second one.
        }
        return code;
    }

    /** At this JVM's exit, ends the second one (a class, not a lambda: the first lambda of a JVM costs ~20 ms). */
    private static final class StopChild extends Thread {
        private final Process child;

        StopChild(Process child) {
            this.child = child;
        }

        @Override
        public void run() {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * The heap a one-off {@code build} or {@code check} gets: {@value #HEAP_BASE_MB} MB and
     * {@value #HEAP_PER_CONTENT_BYTE} bytes per byte of Markdown and YAML under {@code content/}, at
     * most {@value #HEAP_SHARE_OF_MEMORY_PERCENT}% of the machine's memory. Without a limit the JVM
     * takes a quarter of the machine, and the garbage collector lets garbage pile up to it: 2.5 GB at
     * 10,000 entries, where 500 MB is enough and no slower (docs/performance.md). A build that needs more
     * is run again without the limit. With the build cache, twice the size of its files is added
     * ({@link #HEAP_PER_CACHE_BYTE}). {@code BRIEFKIT_HEAP} (e.g. {@code 2g}) replaces the estimate.
     * Empty for other commands (the preview keeps every page).
     */
    static Optional<Long> heapFor(String[] args) {
        String command = null;
        Path source = Path.of(".");
        Path cache = null;
        boolean noCache = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--source") && i + 1 < args.length) {
                source = pathOr(args[++i], source);
            } else if (a.startsWith("--source=")) {
                source = pathOr(a.substring("--source=".length()), source);
            } else if (a.equals("--cache") && i + 1 < args.length) {
                cache = pathOr(args[++i], cache);
            } else if (a.startsWith("--cache=")) {
                cache = pathOr(a.substring("--cache=".length()), cache);
            } else if (a.equals("--no-cache")) {
                noCache = true;
            } else if (command == null && !a.startsWith("-")) {
                command = a;
            }
        }
        if (!"build".equals(command) && !"check".equals(command)) {
            return Optional.empty();
        }
        String chosen = System.getenv("BRIEFKIT_HEAP");
        if (chosen != null && chosen.matches("\\d{1,7}[mMgG]")) {
            long n = Long.parseLong(chosen.substring(0, chosen.length() - 1));
            return Optional.of(Character.toLowerCase(chosen.charAt(chosen.length() - 1)) == 'g' ? n << 30 : n << 20);
        }
        long content = contentBytes(source.resolve("content"));
        long held = noCache ? 0 : cacheBytes(cache != null ? cache : source.resolve(DiskCache.FOLDER), command);
        long heap = (HEAP_BASE_MB << 20) + HEAP_PER_CONTENT_BYTE * content + HEAP_PER_CACHE_BYTE * held;
        long machine = machineMemory();
        if (machine > 0) {
            heap = Math.min(heap, machine / 100 * HEAP_SHARE_OF_MEMORY_PERCENT);
        }
        return Optional.of(heap);
    }

    /** {@code name} as a path, or {@code fallback} when this JVM cannot name it (a non-ASCII name under the C locale). */
    private static Path pathOr(String name, Path fallback) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            return fallback;
        }
    }

    static final long HEAP_BASE_MB = 192;
    static final long HEAP_PER_CONTENT_BYTE = 7;
    static final long HEAP_SHARE_OF_MEMORY_PERCENT = 75;

    /**
     * What a run with the build cache holds besides what one without it does: the bytes of
     * {@code parsed.bin} (its records are written back as read) and the decoded state of the last
     * render. Twice the files' size covers both: a title edit at 10,000 entries ran out of the 562 MB
     * the content alone gave (74 MB and 6.6 MB of cache) and took 12 s in 700 MB.
     */
    static final long HEAP_PER_CACHE_BYTE = 2;

    /** The sizes of the cache files {@code command} reads in {@code dir} (0 for those missing). */
    static long cacheBytes(Path dir, String command) {
        return size(dir.resolve(DiskCache.PARSED)) + size(dir.resolve("build".equals(command) ? DiskCache.BUILT : DiskCache.CHECKED));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long contentBytes(Path content) {
        long[] total = {0};
        try {
            Files.walkFileTree(content, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    total[0] += attrs.size();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a site that cannot be read: the build will say why
        }
        return total[0];
    }

    /**
     * The machine's memory (or the container's), from this JVM's default heap limit, which is a
     * quarter of it: asking the management beans would load them, 70 ms of every start.
     */
    private static long machineMemory() {
        return Runtime.getRuntime().maxMemory() * 4;
    }

    /** The jar this class was loaded from, if any. */
    static Optional<Path> jar() {
        try {
            var source = Launcher.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** Whether this JVM was started with options before {@code -jar} (then they are the caller's choice). */
    private static boolean hasJvmOptions() {
        Optional<String[]> arguments = commandLine();
        if (arguments.isEmpty()) {
            return true;
        }
        for (String a : arguments.get()) {
            if (a.equals("-jar")) {
                return false;
            }
            if (a.startsWith("-")) {
                return true;
            }
        }
        return true;
    }

    /**
     * This JVM's arguments, without the program: on Linux read from {@code /proc} (asking
     * {@link ProcessHandle} takes ~20 ms of a start), elsewhere from {@link ProcessHandle}.
     */
    private static Optional<String[]> commandLine() {
        try {
            String[] all = new String(Files.readAllBytes(Path.of("/proc/self/cmdline")), StandardCharsets.UTF_8).split("\0");
            return all.length == 0 ? Optional.empty() : Optional.of(Arrays.copyOfRange(all, 1, all.length));
        } catch (IOException e) {
            return ProcessHandle.current().info().arguments();
        }
    }

    /** In the second JVM: end when the first one ends, even if it was killed without warning. */
    private static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(3)));
    }
}
