package org.briefkit.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;

/**
 * Reads TOML front matter (between {@code +++} lines, as Hugo reads it) into {@link YNode}s with
 * Jackson's TOML reader (TOML 1.0), under YAML's limits of size and nesting. Dates and date-times
 * are unquoted scalars that {@link Dates} reads. Jackson gives no positions for values, so
 * {@link TomlPositions} finds where each key and value is; a syntax error is one diagnostic at
 * Jackson's line and column. Thread-safe: each call has its own parser, and the factories are
 * immutable.
 */
public final class SafeToml {
    private static final Map<YamlLimits, TomlFactory> FACTORIES = new ConcurrentHashMap<>();

    private SafeToml() {
    }

    /**
     * Parses {@code toml}, which starts at 1-based line {@code firstLine} of {@code source} (positions
     * in messages are the file's).
     */
    public static SafeYaml.Result parse(SourceText source, String toml, int firstLine, YamlLimits limits) {
        List<Diagnostic> problems = new ArrayList<>();
        if (toml.codePointCount(0, toml.length()) > limits.maxCodePoints()) {
            problems.add(source.error(firstLine, 1, "TOML is too large: more than " + limits.maxCodePoints() + " characters"));
            return new SafeYaml.Result(null, problems);
        }
        TomlFactory factory = FACTORIES.computeIfAbsent(limits, l -> TomlFactory.builder()
                .enable(TomlReadFeature.PARSE_JAVA_TIME).streamReadConstraints(SafeJson.constraints(l)).build());
        int start = source.offsetOfLine(firstLine);
        int end = start + toml.length();
        YNode root;
        // Jackson reads the whole document when the parser is made, so a document it refuses is never scanned.
        try (JsonParser parser = factory.createParser(toml)) {
            TomlPositions where = TomlPositions.of(source.text(), start, end, limits.maxDepth());
            parser.nextToken();
            root = new JacksonReader(source, locator(where), start, limits, problems).read(parser);
        } catch (StreamConstraintsException e) {
            problems.add(source.error(firstLine, 1, SafeJson.limitMessage(e, limits)));
            return new SafeYaml.Result(null, problems);
        } catch (JsonProcessingException e) {
            problems.add(syntaxError(source, firstLine, () -> TomlPositions.of(source.text(), start, end, limits.maxDepth()), e));
            return new SafeYaml.Result(null, problems);
        } catch (IOException e) {
            problems.add(source.error(firstLine, 1, "invalid TOML: " + e.getMessage()));
            return new SafeYaml.Result(null, problems);
        }
        return new SafeYaml.Result(problems.stream().anyMatch(Diagnostic::isError) ? null : root, problems);
    }

    private static JacksonReader.Locator locator(TomlPositions where) {
        return new JacksonReader.Locator() {
            @Override
            public int key(List<Object> path, JsonParser parser) {
                return where.keyAt(path);
            }

            @Override
            public int value(List<Object> path, JsonParser parser) {
                return where.valueAt(path);
            }
        };
    }

    /** The error Jackson found, with a friendlier message for the usual mistakes. */
    private static Diagnostic syntaxError(SourceText source, int firstLine, Supplier<TomlPositions> positions,
                                         JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null || at.getLineNr() < 1 ? firstLine : firstLine + at.getLineNr() - 1;
        int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
        String problem = String.valueOf(e.getOriginalMessage());
        String text = source.line(line);
        TomlPositions where = problem.equals("Duplicate key") ? positions.get() : null;
        if (where != null && where.duplicate() >= 0) {
            List<Object> path = where.duplicatePath();
            int first = where.keyAt(path);
            return source.errorAt(where.duplicate(), "duplicate key '" + path.get(path.size() - 1) + "' (first set on line "
                    + source.lineOf(first) + ")").withHint("remove one of them");
        }
        if (problem.equals("Unknown token")) {
            int equals = text.indexOf('=');
            if (equals < 0 && text.indexOf(':') > 0) {
                return source.error(line, column, "expected 'name = value'")
                        .withHint("TOML front matter (between '+++' lines) is written name = value; 'name: value' is YAML, "
                                + "between '---' lines");
            }
            if (equals >= 0 && column > equals + 1) {
                return source.error(line, column, "invalid TOML value")
                        .withHint("text is in quotes in TOML: title = \"…\"; numbers, true, false and dates are not");
            }
        }
        if (problem.equals("Newline not permitted here")) {
            return source.error(line, column, "a quoted value is not closed")
                    .withHint("add the closing quote; text of several lines goes between \"\"\" and \"\"\"");
        }
        String message = problem.isEmpty() ? "syntax error" : Character.toLowerCase(problem.charAt(0)) + problem.substring(1);
        return source.error(line, column, "invalid TOML: " + message);
    }
}
