package org.briefkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Optional<Path> jar = jar();
        if (System.getProperty(LAUNCHED) != null) {
            exitWithParent();
            Main.main(args);
            return;
        }
        if (jar.isEmpty() || System.getenv("BRIEFKIT_NO_RELAUNCH") != null || hasJvmOptions()) {
            Main.main(args);
            return;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(OPTIONS);
        cmd.addAll(ClassArchive.options(jar.get()));
        cmd.add("-D" + LAUNCHED + "=1");
        cmd.add("-cp");
        cmd.add(jar.get().toString());
        cmd.add(Launcher.class.getName());
        cmd.addAll(List.of(args));
        Process child = new ProcessBuilder(cmd).inheritIO().start();
        Thread stop = new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        Runtime.getRuntime().addShutdownHook(stop);
        int code = child.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        System.exit(code);
    }

    /** The jar this class was loaded from, if any. */
    private static Optional<Path> jar() {
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
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
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

    /** In the second JVM: end when the first one ends, even if it was killed without warning. */
    private static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(3)));
    }
}
