package org.briefkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The class-data sharing archive beside the jar ({@code briefkit.jsa}): the classes a build loads,
 * already parsed and verified, so the second JVM starts about a quarter of a second sooner (measured
 * in docs/performance.md). It is made when the jar is packaged, by {@link #main}: a build of a
 * training site lists the classes it loads ({@code -XX:DumpLoadedClassList}), then the JVM dumps a
 * static archive of them ({@code -Xshare:dump}). A static archive, unlike one written at a run's
 * exit, also holds the Java 5 classes of picocli and the JDK's generated lambda-form classes, which
 * the build otherwise loads and verifies at every start.
 *
 * <p>A truncated archive crashes the JVM when it maps it, so the archive is used only when its size
 * is the one recorded beside it ({@code briefkit.jsa.size}) when it was made; the JVM itself refuses
 * an archive made for another jar or another JVM, and its warnings are switched off, so the build
 * then simply starts without it.
 */
final class ClassArchive {
    private ClassArchive() {
    }

    // of(), sizeFile() and options() run in the launcher's first JVM, so they join strings with
    // concat(): the first "+" of a JVM bootstraps a call site (see Launcher).

    /** The archive of {@code jar}: the same name ending in {@code .jsa}. */
    static Path of(Path jar) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()).concat(".jsa"));
    }

    private static Path sizeFile(Path archive) {
        return archive.resolveSibling(archive.getFileName().toString().concat(".size"));
    }

    /** The JVM options that use the archive of {@code jar}, when it is there and whole. */
    static List<String> options(Path jar) {
        Path archive = of(jar);
        try {
            long expected = Long.parseLong(Files.readString(sizeFile(archive), StandardCharsets.US_ASCII).strip());
            if (Files.size(archive) != expected) {
                return List.of();
            }
        } catch (IOException | NumberFormatException e) {
            return List.of();
        }
        return List.of("-XX:SharedArchiveFile=".concat(archive.toString()), "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /**
     * Makes the archive of a jar: {@code ClassArchive JAR TRAINING_SITE WORK_DIR}. Run at package time.
     * When the JVM cannot make one (no base archive, an unusual JVM), it says so and leaves none:
     * the launcher works without it.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path site = Path.of(args[1]).toAbsolutePath();
        Path work = Path.of(args[2]).toAbsolutePath();
        Path archive = of(jar);
        Path partial = archive.resolveSibling(archive.getFileName() + ".part");
        Path classList = work.resolve("classes.lst");
        Files.deleteIfExists(archive);
        Files.deleteIfExists(sizeFile(archive));
        Files.deleteIfExists(partial);
        Files.deleteIfExists(classList);
        Files.createDirectories(work);
        Path log = work.resolve("archive.log");
        Files.deleteIfExists(log);
        boolean made = run(Launcher.command(jar, List.of("-XX:DumpLoadedClassList=" + classList),
                        List.of("build", "-q", "--source", site.toString(), "--out", work.resolve("site").toString())), log)
                && Files.isRegularFile(classList)
                && run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:dump",
                        "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + partial, "-cp", jar.toString()), log);
        Optional<Long> size = Files.isRegularFile(partial) ? Optional.of(Files.size(partial)) : Optional.empty();
        if (!made || size.isEmpty() || size.get() == 0) {
            Files.deleteIfExists(partial);
            System.out.println("briefkit: no class-data archive made (see " + log + "); builds start without it");
            return;
        }
        Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(sizeFile(archive), size.get() + "\n", StandardCharsets.US_ASCII);
        System.out.println("briefkit: class-data archive " + archive.getFileName() + " (" + size.get() / 1024 + " KB)");
    }

    /** Runs {@code cmd}, its output appended to {@code log}; whether it ended well within five minutes. */
    private static boolean run(List<String> cmd, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }
}
