package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The second JVM's options; that the JVM accepts them, and the build runs with them, is LauncherIT's part. */
class LauncherTest {
    private static final Path JAR = Path.of("no-such-dir", "briefkit.jar");

    @Test
    void aHeapSizedToTheContentComesWithTheBatchCollector() {
        List<String> options = Launcher.jvmOptions(JAR, Optional.of(600L << 20));
        assertTrue(options.contains("-Xmx600m"), options::toString);
        assertTrue(options.containsAll(Launcher.BATCH_GC), options::toString);
    }

    @Test
    void javasOwnHeapKeepsJavasOwnCollector() {
        List<String> options = Launcher.jvmOptions(JAR, Optional.empty());
        assertFalse(options.stream().anyMatch(o -> o.startsWith("-Xmx") || Launcher.BATCH_GC.contains(o)), options::toString);
    }

    @Test
    void onlyOneOffBuildsAndChecksGetAnEstimatedHeap() {
        assertTrue(Launcher.heapFor(new String[] {"build", "--source", "no-such-site"}).isPresent());
        assertTrue(Launcher.heapFor(new String[] {"--verbose", "check"}).isPresent());
        assertFalse(Launcher.heapFor(new String[] {"serve"}).isPresent());
        assertFalse(Launcher.heapFor(new String[] {"--version"}).isPresent());
    }
}
