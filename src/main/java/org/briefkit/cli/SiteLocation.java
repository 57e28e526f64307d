package org.briefkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefkit.source.FileSource;
import org.briefkit.write.DirectoryOutput;
import picocli.CommandLine;

/** Resolves and checks the site and output folders given on the command line. */
final class SiteLocation {
    final Path source;
    final Path out;

    private SiteLocation(Path source, Path out) {
        this.source = source;
        this.out = out;
    }

    /** Checks the folders; a problem is a usage error (exit code 2). */
    static SiteLocation resolve(CommandLine cmd, Path sourceArg, Path outArg) {
        Path source = sourceArg.toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            throw new CommandLine.ParameterException(cmd, "the site folder " + source + " does not exist");
        }
        if (!Files.exists(source.resolve("site.yml")) && !Files.isDirectory(source.resolve("content"))) {
            throw new CommandLine.ParameterException(cmd, source + " is not a briefkit site: it has no site.yml and no content/ folder"
                    + " (use --source DIR to name the site folder)");
        }
        Path out = outArg == null ? source.resolve("site") : outArg.toAbsolutePath().normalize();
        if (outArg != null) {
            try {
                Path realSource = source.toRealPath();
                Path parent = out.getParent();
                Path realOut = Files.exists(out) ? out.toRealPath() : parent != null && Files.exists(parent)
                        ? parent.toRealPath().resolve(out.getFileName()) : out;
                if (realSource.startsWith(realOut)) {
                    throw new CommandLine.ParameterException(cmd, "the output folder " + out
                            + " contains the site folder; choose a folder beside or inside it, like " + source.resolve("site"));
                }
                for (String input : List.of("content", "templates")) {
                    if (realOut.startsWith(realSource.resolve(input))) {
                        throw new CommandLine.ParameterException(cmd, "the output folder " + out + " is inside " + input
                                + "/; choose another, like " + source.resolve("site"));
                    }
                }
            } catch (IOException e) {
                throw new CommandLine.ParameterException(cmd, "cannot resolve folders: " + e.getMessage());
            }
        }
        String blocked = blocked(out);
        if (blocked != null) {
            throw new CommandLine.ParameterException(cmd, blocked);
        }
        String problem = DirectoryOutput.problem(out);
        if (problem != null) {
            throw new CommandLine.ParameterException(cmd, problem);
        }
        return new SiteLocation(source, out);
    }

    /**
     * Why the output folder cannot be made, found before building: a file where one of the folders
     * it is in should be, or a folder this user may not write to. Null when nothing is in the way
     * (what the disk says while writing is reported by {@link FileSystemFailure}).
     */
    private static String blocked(Path out) {
        for (Path at = out.getParent(); at != null; at = at.getParent()) {
            if (Files.exists(at)) {
                if (!Files.isDirectory(at)) {
                    return at + " is a file, not a folder, so the output folder " + out
                            + " cannot be made in it; choose another folder (--out DIR)";
                }
                if (readOnly(at)) {
                    return at + " is on a read-only file system; choose a folder you can write to (--out DIR)";
                }
                if (!Files.isWritable(at)) {
                    return "permission denied: the output folder " + out + " would be made in " + at
                            + ", which you may not write to; choose another folder (--out DIR), or change its permissions";
                }
                return null;
            }
        }
        return null;
    }

    private static boolean readOnly(Path folder) {
        try {
            return Files.getFileStore(folder).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    /** Checks only the site folder (for commands without output). */
    static SiteLocation resolveSource(CommandLine cmd, Path sourceArg) {
        Path source = sourceArg.toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            throw new CommandLine.ParameterException(cmd, "the site folder " + source + " does not exist");
        }
        if (!Files.exists(source.resolve("site.yml")) && !Files.isDirectory(source.resolve("content"))) {
            throw new CommandLine.ParameterException(cmd, source + " is not a briefkit site: it has no site.yml and no content/ folder"
                    + " (use --source DIR to name the site folder)");
        }
        return new SiteLocation(source, null);
    }

    FileSource fileSource() throws IOException {
        return new FileSource(source, out == null ? List.of() : List.of(out));
    }

    /** The output folder as the user would name it: relative to the current folder when inside it. */
    String displayOut() {
        Path cwd = Path.of("").toAbsolutePath();
        return out.startsWith(cwd) && !out.equals(cwd) ? cwd.relativize(out) + "/" : out + "/";
    }
}
