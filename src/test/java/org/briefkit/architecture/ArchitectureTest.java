package org.briefkit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout docs/architecture.md promises holds in the code: imports point one way (a package
 * uses only those above it in the table), every package is in the table and has a package-info,
 * and no main source file outgrows 500 lines.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/briefkit");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z.]+)` \\|", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import org\\.briefkit\\.([a-z.]+)\\.[A-Z]", Pattern.MULTILINE);

    private static List<String> layers() throws IOException {
        List<String> out = new ArrayList<>();
        Matcher m = ROW.matcher(Files.readString(Path.of("docs/architecture.md")));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The layer of a package: itself, or the package in the table it is a part of ({@code outputs.search} → outputs). */
    private static String layer(String pkg, List<String> layers) {
        String p = pkg;
        while (!layers.contains(p) && p.contains(".")) {
            p = p.substring(0, p.lastIndexOf('.'));
        }
        return p;
    }

    @Test
    void importsPointOneWay() throws IOException {
        List<String> layers = layers();
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
            String from = layer(pkg, layers);
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                String to = layer(m.group(1), layers);
                if (!to.equals(from) && layers.indexOf(to) > layers.indexOf(from)) {
                    wrong.add(MAIN.relativize(file) + " imports " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), wrong, "a package may use only those above it in docs/architecture.md");
    }

    @Test
    void everyPackageIsInTheTableAndDescribed() throws IOException {
        List<String> layers = layers();
        TreeSet<String> missing = new TreeSet<>();
        for (Path file : sources()) {
            Path dir = file.getParent();
            String pkg = MAIN.relativize(dir).toString().replace('/', '.');
            if (!layers.contains(layer(pkg, layers))) {
                missing.add(pkg + " is not in docs/architecture.md");
            }
            if (!Files.exists(dir.resolve("package-info.java"))) {
                missing.add(pkg + " has no package-info.java");
            }
        }
        assertEquals(new TreeSet<>(), missing);
    }

    @Test
    void noMainSourceFileIsOver500Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path file : sources()) {
            long lines = Files.readAllLines(file).size();
            if (lines > 500) {
                tooLong.add(MAIN.relativize(file) + ": " + lines + " lines");
            }
        }
        assertTrue(tooLong.isEmpty(), tooLong.toString());
    }
}
