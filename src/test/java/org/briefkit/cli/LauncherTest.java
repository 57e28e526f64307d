package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.briefkit.build.DiskCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** A build with a cache holds its files too: twice their size is added, unless --no-cache. */
    @Test
    void theBuildCacheAddsToTheHeap(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("content"));
        Files.write(site.resolve("content/a.md"), new byte[1000]);
        long without = Launcher.heapFor(new String[] {"build", "--source", site.toString()}).orElseThrow();
        Path cache = Files.createDirectories(site.resolve(DiskCache.FOLDER));
        Files.write(cache.resolve(DiskCache.PARSED), new byte[3000]);
        Files.write(cache.resolve(DiskCache.BUILT), new byte[500]);
        Files.write(cache.resolve(DiskCache.CHECKED), new byte[200]);
        assertEquals(without + 2 * 3500, Launcher.heapFor(new String[] {"build", "--source", site.toString()}).orElseThrow());
        assertEquals(without + 2 * 3200, Launcher.heapFor(new String[] {"check", "--source=" + site}).orElseThrow());
        assertEquals(without, Launcher.heapFor(new String[] {"build", "--no-cache", "--source", site.toString()}).orElseThrow());
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.write(other.resolve(DiskCache.PARSED), new byte[100]);
        assertEquals(without + 2 * 100, Launcher.heapFor(new String[] {"build", "--cache", other.toString(), "--source", site.toString()})
                .orElseThrow());
    }
}
