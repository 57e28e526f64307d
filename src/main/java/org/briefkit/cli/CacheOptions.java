package org.briefkit.cli;

import java.nio.file.Path;
import java.util.List;
import org.briefkit.build.DiskCache;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The build cache options of {@code build} and {@code check}. */
final class CacheOptions {
    @Option(names = "--cache", paramLabel = "DIR",
            description = "The build cache folder (default: " + DiskCache.FOLDER + "/ in the site folder): what was parsed and "
                    + "rendered is kept there, so the next run does only what changed.")
    Path cache;

    @Option(names = "--no-cache", description = "Build everything, and neither read nor write the build cache.")
    boolean noCache;

    /**
     * The cache to use for a site in {@code source} (locked until closed), or null with
     * {@code --no-cache}; a folder inside {@code content/} or {@code templates/} is a usage error.
     */
    DiskCache open(CommandLine cmd, Path source) {
        if (noCache) {
            return null;
        }
        Path dir = cache == null ? source.resolve(DiskCache.FOLDER) : cache.toAbsolutePath().normalize();
        for (String input : List.of("content", "templates")) {
            if (dir.startsWith(source.resolve(input))) {
                throw new CommandLine.ParameterException(cmd, "the build cache " + dir + " is inside " + input
                        + "/; choose another, like " + source.resolve(DiskCache.FOLDER));
            }
        }
        return DiskCache.open(dir);
    }
}
