package org.briefkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code briefkit init DIR}: a new toolkit site that builds at once and passes {@code check}: a
 * {@code site.yml} for the advocacy collections, one example entry per collection written to be
 * replaced, a README for editors, a {@code .gitignore}, and a GitHub Pages workflow that builds
 * with {@code .briefkit/briefkit.jar}, a copy of the jar that made the site (there are no releases
 * to download, and the same binary builds the site everywhere). The files are resources under
 * {@value #STARTER}, listed in its {@code files.txt}.
 */
@Command(name = "init", description = "Start a new toolkit site in a new or empty folder, with example entries to replace.",
        mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {
    static final String STARTER = "/org/briefkit/starter/";
    /** Where the workflow finds briefkit in the new site. */
    static final String VENDORED_JAR = ".briefkit/briefkit.jar";

    @Parameters(index = "0", paramLabel = "DIR", description = "The new site's folder (new, or empty).")
    Path dir;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && (!Files.isDirectory(target) || !empty(target))) {
            throw new CommandLine.ParameterException(spec.commandLine(), target + (Files.isDirectory(target)
                    ? " is not empty; choose a new or empty folder" : " is a file; choose a new or empty folder"));
        }
        Files.createDirectories(target);
        for (String name : list()) {
            Path file = target.resolve(installedName(name));
            Files.createDirectories(file.getParent());
            try (InputStream in = InitCommand.class.getResourceAsStream(STARTER + name)) {
                Files.copy(in, file);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Optional<Path> jar = Launcher.jar();
        if (jar.isPresent()) {
            Path vendored = target.resolve(VENDORED_JAR);
            Files.createDirectories(vendored.getParent());
            Files.copy(jar.get(), vendored, StandardCopyOption.REPLACE_EXISTING);
        } else {
            spec.commandLine().getErr().println("note: copy briefkit.jar to " + target.resolve(VENDORED_JAR)
                    + " for the publishing workflow");
        }
        out.println("Created a toolkit site in " + Invocation.quoted(shown(target)) + ": site.yml, an example entry per collection"
                + " (content/), README.md for editors, .gitignore and a GitHub Pages workflow.");
        out.println("Preview it, and replace the examples with your own entries:");
        out.println("  cd " + Invocation.quoted(shown(target)));
        out.println("  " + Invocation.command() + " serve --open");
        out.flush();
        return Main.EXIT_OK;
    }

    /** The starter's files, as listed in its files.txt. */
    static List<String> list() throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream(STARTER + "files.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /**
     * A starter file's name in the site: the jar keeps {@code .gitignore} and {@code .github/} without
     * their dot, because build tools leave version-control files out of jars.
     */
    static String installedName(String name) {
        return name.equals("gitignore") || name.startsWith("github/") ? "." + name : name;
    }

    private static boolean empty(Path folder) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            return !s.iterator().hasNext();
        }
    }

    /** The folder as the user would name it: relative to the current folder when inside it. */
    private static String shown(Path folder) {
        Path cwd = Path.of("").toAbsolutePath();
        return folder.startsWith(cwd) && !folder.equals(cwd) ? cwd.relativize(folder).toString() : folder.toString();
    }
}
