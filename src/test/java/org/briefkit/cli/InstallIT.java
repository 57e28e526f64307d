package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.briefkit.testing.Jar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's install step on a machine that has never seen briefkit: {@code scripts/install} puts the
 * {@code briefkit} command, its man page and completion under a prefix, and then
 * {@code briefkit init demo && cd demo && briefkit build} and {@code briefkit check} pass.
 */
class InstallIT {
    @TempDir
    Path tmp;

    /** Exit code and output (standard output and error together) of one command. */
    private record Run(int code, String output) {
    }

    /** Runs {@code cmd} (a program found on this JVM's PATH: "sh -c" to search {@code env}'s). */
    private Run sh(Path cwd, Map<String, String> env, String... cmd) throws Exception {
        Path log = Files.createTempFile(tmp, "log", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), String.join(" ", cmd));
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void theInstallStepThenInitBuildAndCheck() throws Exception {
        Path prefix = tmp.resolve("prefix");
        Path home = Files.createDirectories(tmp.resolve("home"));
        String java = Path.of(System.getProperty("java.home"), "bin").toString();
        Map<String, String> machine = Map.of("HOME", home.toString(), "PATH", java + ":/usr/bin:/bin");
        Run install = sh(Path.of("").toAbsolutePath(), machine, "sh", "scripts/install", "--prefix", prefix.toString(),
                "--jar", Jar.packaged().toString());
        assertEquals(0, install.code(), install.output());
        assertTrue(install.output().contains("Installed briefkit "), install.output());
        assertTrue(install.output().contains(prefix.resolve("bin") + " is not on your PATH"), install.output());
        assertTrue(Files.readString(prefix.resolve("share/man/man1/briefkit.1")).contains(".SH EXIT STATUS"));
        assertTrue(Files.readString(prefix.resolve("share/bash-completion/completions/briefkit")).contains("complete -F _complete_briefkit"));

        Map<String, String> installed = Map.of("HOME", home.toString(), "PATH", prefix.resolve("bin") + ":" + java + ":/usr/bin:/bin");
        Path work = Files.createDirectories(tmp.resolve("work"));
        Run init = sh(work, installed, "sh", "-c", "briefkit init demo && cd demo && briefkit build");
        assertEquals(0, init.code(), init.output());
        assertTrue(init.output().contains("\n  briefkit serve --open\n"), "the command it suggests is the one on the PATH: " + init.output());
        assertTrue(init.output().contains("Built 6 entries"), init.output());
        Run check = sh(work.resolve("demo"), installed, "sh", "-c", "briefkit check");
        assertEquals(0, check.code(), check.output());
        assertTrue(Files.isRegularFile(work.resolve("demo/site/index.html")));
        assertTrue(Files.isRegularFile(work.resolve("demo/.briefkit/briefkit.jar")), "the workflow's briefkit");
        Run vendored = sh(work.resolve("demo"), installed, "sh", "-c", "java -jar .briefkit/briefkit.jar check --format github");
        assertEquals(0, vendored.code(), vendored.output());

        Run again = sh(work, installed, "sh", "-c", "briefkit new themes access --source demo");
        assertEquals(0, again.code(), again.output());
        assertEquals(List.of("Created content/themes/access.md, a draft: fill in its fields and text,",
                "and preview it (drafts included) with:", "  briefkit serve --drafts --source demo",
                "To publish it, remove the line 'draft: true'."), again.output().lines().toList());
    }
}
