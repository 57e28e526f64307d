package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.briefkit.testing.Cli;
import org.briefkit.testing.Folder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each mistake of issue 20, made by hand in a copy of this repository's site (the WCIT-12 toolkit)
 * and built with the real command line: the exit code, the file, line and column, the message, the
 * suggestion, and the published site/ left byte for byte as it was. Positions are found in the
 * files as they are, so the test follows edits to the toolkit's text.
 */
class RepoSiteMistakesTest {
    @TempDir
    static Path shared;
    private static Path built;
    private static Map<String, byte[]> published;

    private static final String TP = "content/talking-points/tp-cyber-arab-states-3-3.md";
    private static final String TP_FR = "content/talking-points/tp-expression-article-19.fr.md";
    private static final String TEMPLATE = "templates/talking-points/entry.ftlh";

    /** The repository's site, built once; each case starts from a copy of it and its site/. */
    @BeforeAll
    static void buildTheRepositorysSite() throws IOException {
        built = shared.resolve("wcit");
        Folder.copy(Path.of("site.yml"), built.resolve("site.yml"));
        Folder.copy(Path.of("content"), built.resolve("content"));
        Folder.copy(Path.of("templates"), built.resolve("templates"));
        Cli.Run r = Cli.run("build", "-q", "--source", built.toString());
        assertEquals(0, r.code(), r.err());
        published = Folder.snapshot(built.resolve("site"));
    }

    /** One mistake: the file it is made in, how, and what briefkit must say (line found by {@code at} in the changed file). */
    record Mistake(String name, String file, UnaryOperator<String> change, String at, String message, String suggestion) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                new Mistake("a misspelt field", TP, t -> t.replaceFirst("(?m)^summary:", "sumary:"), "sumary:",
                        "unknown field 'sumary' in talking-points; did you mean 'summary'?", "summary"),
                new Mistake("a singular for a plural", TP, t -> t.replaceFirst("(?m)^proposals:", "proposal:"), "proposal:",
                        "unknown field 'proposal' in talking-points; did you mean 'proposals'?", "proposals"),
                new Mistake("a misspelt field in a translation", TP_FR, t -> t.replaceFirst("(?m)^summary:", "sumary:"), "sumary:",
                        "unknown field 'sumary' in talking-points; did you mean 'summary'?", "summary"),
                new Mistake("a theme by a word of its ID", TP, t -> t.replaceFirst("(?m)^theme: .*$", "theme: privacy"), "privacy",
                        "unknown theme 'privacy' in 'theme'; did you mean 'cybersecurity-privacy'?", "cybersecurity-privacy"),
                new Mistake("a country by its name", TP, t -> t.replaceFirst("(?m)^countries: .*$", "countries: [Russia]"), "Russia",
                        "unknown country 'Russia' in 'countries'; did you mean 'RU'?", "RU"),
                new Mistake("a stance that is not one", TP, t -> t.replaceFirst("(?m)^stance: .*$", "stance: against"), "against",
                        "'stance' must be one of oppose, support, amend, context, not 'against'", ""),
                new Mistake("front matter without its opening line", TP, t -> t.substring(t.indexOf('\n') + 1), "title:",
                        "front matter without its opening '---': the file starts with 'title:'", ""),
                new Mistake("a misspelt field in a template", TEMPLATE, t -> t.replaceFirst("\\$\\{entry\\.summary}", "\\${entry.sumary}"),
                        "entry.sumary", "'entry.sumary' is missing: no such variable or field, or its value is empty;"
                                + " did you mean 'entry.summary'?", "entry.summary"),
                // Freemarker hands a missing value to a function as null; nobr must not print "null".
                new Mistake("a misspelt field given to a function", TEMPLATE, t -> t.replaceFirst("\\$\\{nobr\\(entry\\.title\\)}", "\\${nobr(entry.titel)}"),
                        "entry.titel", "nobr(text) was given a value that is missing", ""),
                new Mistake("a misspelt template", TEMPLATE, t -> t.replace("\"../layout.ftlh\"", "\"../layuot.ftlh\""), "<#import",
                        "template 'layuot.ftlh' not found; did you mean 'layout.ftlh'?", "layout.ftlh"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsNamedWhereItIsAndNothingIsPublished(Mistake m) throws IOException {
        Path site = shared.resolve(m.name().replace(' ', '-'));
        Folder.copy(built, site);
        Path file = site.resolve(m.file());
        String changed = m.change().apply(Files.readString(file));
        Files.writeString(file, changed);
        int line = lineOf(changed, m.at());
        int column = changed.lines().toList().get(line - 1).indexOf(m.at()) + 1;

        Cli.Run r = Cli.run("build", "--source", site.toString(), "--format", "json");
        assertEquals(1, r.code(), r.out() + r.err());
        JsonNode problems = new ObjectMapper().readTree(r.out()).get("diagnostics");
        assertEquals(1, problems.size(), problems.toString());
        JsonNode d = problems.get(0);
        assertEquals(m.file(), d.get("file").asText());
        assertEquals(line, d.get("line").asInt(), d.toString());
        if (!m.file().startsWith("templates/")) {
            assertEquals(column, d.get("column").asInt(), d.toString());
        }
        assertTrue(d.get("message").asText().startsWith(m.message()), d.toString());
        assertEquals(m.suggestion(), d.get("suggestion").asText());
        assertFalse(d.get("message").asText().matches(".*[A-Za-z]+@[0-9a-f]{6,}.*"), "no Java object names: " + d);
        assertTrue(Folder.same(published, Folder.snapshot(site.resolve("site"))), "site/ is left as it was");

        Cli.Run text = Cli.run("check", "--source", site.toString());
        assertTrue(text.err().startsWith(m.file() + ":" + line + ":"), text.err());
        assertFalse(text.err().contains("\tat "), text.err());
    }

    private static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("'" + needle + "' is not in the changed file");
    }
}
