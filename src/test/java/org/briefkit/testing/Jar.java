package org.briefkit.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code target/briefkit.jar} in its own JVM, as users run it. For integration tests. */
public final class Jar {
    private Jar() {
    }

    /** Exit code, standard output and error of one run. */
    public record Result(int code, String out, String err) {
    }

    public static Result run(String... args) throws IOException, InterruptedException {
        return runWithHeap(null, 120, args);
    }

    /** Runs with {@code -Xmx<heap>} (null: the JVM's default) and kills the run after {@code seconds}. */
    public static Result runWithHeap(String heap, int seconds, String... args) throws IOException, InterruptedException {
        return run(packaged(), heap, seconds, args);
    }

    /** The packaged jar; fails when it was not built. */
    public static Path packaged() {
        Path jar = Path.of("target", "briefkit.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: integration tests run after 'package' (./mvnw verify)");
        }
        return jar;
    }

    /** Runs {@code java -jar jar args}, with {@code -Xmx<heap>} unless null, killed after {@code seconds}. */
    public static Result run(Path jar, String heap, int seconds, String... args) throws IOException, InterruptedException {
        return run(jar, heap, Map.of(), seconds, args);
    }

    /** As {@link #run(Path, String, int, String...)}, with {@code env} added to the environment. */
    public static Result run(Path jar, String heap, Map<String, String> env, int seconds, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (heap != null) {
            cmd.add("-Xmx" + heap);
        }
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("briefkit-out", ".txt");
        Path err = Files.createTempFile("briefkit-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("briefkit did not finish within " + seconds + " s: " + String.join(" ", args));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
