package org.briefkit.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;

/**
 * Reads JSON front matter (an object at the very top of a file, as Hugo reads it) into {@link YNode}s
 * with the position of every key and value, with Jackson's streaming parser: strict JSON (no
 * comments, no comma after the last item), duplicate keys refused as in YAML, and YAML's limits of size and
 * nesting. A syntax error is one diagnostic at Jackson's line and column. Thread-safe: each call has
 * its own parser, and the factories are immutable.
 */
public final class SafeJson {
    private static final Map<YamlLimits, JsonFactory> FACTORIES = new ConcurrentHashMap<>();

    private SafeJson() {
    }

    /** A factory that stops reading at the limits; Jackson counts the outermost object as one level. */
    static StreamReadConstraints constraints(YamlLimits limits) {
        return StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth() + 1)
                .maxDocumentLength(limits.maxCodePoints()).build();
    }

    /**
     * Parses {@code json}, which starts at character {@code offset} of {@code source} (positions in
     * messages are the file's).
     */
    public static SafeYaml.Result parse(SourceText source, String json, int offset, YamlLimits limits) {
        List<Diagnostic> problems = new ArrayList<>();
        int firstLine = source.lineOf(offset);
        if (json.codePointCount(0, json.length()) > limits.maxCodePoints()) {
            problems.add(source.error(firstLine, 1, "JSON is too large: more than " + limits.maxCodePoints() + " characters"));
            return new SafeYaml.Result(null, problems);
        }
        JsonFactory factory = FACTORIES.computeIfAbsent(limits,
                l -> JsonFactory.builder().streamReadConstraints(constraints(l)).build());
        JacksonReader.Locator where = new JacksonReader.Locator() {
            @Override
            public int key(List<Object> path, JsonParser parser) {
                return offset + (int) parser.currentTokenLocation().getCharOffset();
            }

            @Override
            public int value(List<Object> path, JsonParser parser) {
                return offset + (int) parser.currentTokenLocation().getCharOffset();
            }
        };
        YNode root;
        try (JsonParser parser = factory.createParser(json)) {
            parser.nextToken();
            root = new JacksonReader(source, where, offset, limits, problems).read(parser);
        } catch (StreamConstraintsException e) {
            problems.add(source.error(firstLine, 1, limitMessage(e, limits)));
            return new SafeYaml.Result(null, problems);
        } catch (JsonProcessingException e) {
            problems.add(syntaxError(source, offset, e));
            return new SafeYaml.Result(null, problems);
        } catch (IOException e) {
            problems.add(source.error(firstLine, 1, "invalid JSON: " + e.getMessage()));
            return new SafeYaml.Result(null, problems);
        }
        return new SafeYaml.Result(problems.stream().anyMatch(Diagnostic::isError) ? null : root, problems);
    }

    /** The message for a limit Jackson stopped at (its own names the setting, not the content). */
    static String limitMessage(StreamConstraintsException e, YamlLimits limits) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) {
            return "front matter is nested more than " + limits.maxDepth() + " levels deep";
        }
        if (m.contains("document length")) {
            return "front matter is too large: more than " + limits.maxCodePoints() + " characters";
        }
        return "front matter is too large: " + m.replaceAll(" \\(from `.*", "");
    }

    private static Diagnostic syntaxError(SourceText source, int offset, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int position = offset + (at == null ? 0 : (int) Math.max(0, at.getCharOffset()));
        String original = String.valueOf(e.getOriginalMessage());
        String problem = original.lines().findFirst().orElse("").replaceAll(" \\(for (Array|Object) starting at .*", "")
                .replaceAll(" \\(code \\d+\\)", "");
        String hint = "";
        if (problem.contains("('}'): was expecting double-quote")) {
            hint = "JSON has no comma after the last field";
        } else if (problem.contains("was expecting double-quote to start field name")) {
            hint = "names are in double quotes in JSON: {\"title\": \"…\"}";
        } else if (problem.startsWith("Unrecognized token")) {
            hint = "text is in double quotes in JSON: \"title\": \"…\"";
        } else if (problem.contains("end-of-input")) {
            hint = "a string, list or object is not closed";
        }
        return source.errorAt(position, "invalid JSON: " + problem).withHint(hint);
    }
}
