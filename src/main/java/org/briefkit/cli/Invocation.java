package org.briefkit.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How the user runs briefkit, so that a command briefkit suggests ("preview it with …") can be
 * typed as it is printed: what the {@code briefkit} launcher scripts say in
 * {@value #COMMAND_VARIABLE} ({@code briefkit} when the PATH finds them under that name, else the
 * path they were run by, such as {@code scripts/briefkit}), else {@code java -jar} with the jar's
 * path. Stateless and thread-safe.
 */
final class Invocation {
    /** Set by the {@code briefkit} launcher scripts to the name they are called by. */
    static final String COMMAND_VARIABLE = "BRIEFKIT_COMMAND";

    private Invocation() {
    }

    /** The command that runs briefkit as the user started it: {@code briefkit} or {@code java -jar target/briefkit.jar}. */
    static String command() {
        String named = System.getenv(COMMAND_VARIABLE);
        if (named != null && !named.isBlank()) {
            return quoted(named);
        }
        Optional<Path> jar = Launcher.jar();
        if (jar.isEmpty()) {
            return "briefkit";
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path p = jar.get();
        return "java -jar " + quoted(p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString());
    }

    /**
     * {@code command() + " " + args}, with {@code --source DIR} added when the site is not the
     * current folder.
     */
    static String command(String args, Path site) {
        Path cwd = Path.of("").toAbsolutePath();
        String source = "";
        try {
            if (!Files.isSameFile(site, cwd)) {
                source = " --source " + quoted(site.startsWith(cwd) ? cwd.relativize(site).toString() : site.toString());
            }
        } catch (IOException e) {
            source = " --source " + quoted(site.toString());
        }
        return command() + " " + args + source;
    }

    /**
     * {@code s} as one word for the shell: as it is when it has only safe characters, else in
     * single quotes (sh) or, on Windows, double quotes (cmd).
     */
    static String quoted(String s) {
        if (s.matches("[A-Za-z0-9._/\\\\:@%+=,-]+")) {
            return s;
        }
        if (File.separatorChar == '\\') {
            return "\"" + s.replace("\"", "") + "\"";
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
