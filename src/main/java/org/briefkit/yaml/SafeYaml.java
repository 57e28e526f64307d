package org.briefkit.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Reads YAML safely into {@link YNode}s with positions.
 *
 * <p>SnakeYAML only <em>composes</em> the document (builds its node graph); it never constructs Java
 * objects, so a tag like {@code !!javax.script.ScriptEngineManager} cannot run anything: it is
 * reported as an error. Scalars keep their text (no YAML 1.1 guessing: {@code 8.40}, {@code 012},
 * {@code NO} stay as written). Duplicate keys, unknown tags, merge keys, too many aliases, too deep
 * nesting and too many nodes after alias expansion are errors. Thread-safe: every call uses its own
 * parser.
 */
public final class SafeYaml {
    private static final Set<String> ALLOWED_TAGS = Set.of(
            Tag.STR.getValue(), Tag.INT.getValue(), Tag.FLOAT.getValue(), Tag.BOOL.getValue(),
            Tag.NULL.getValue(), Tag.SEQ.getValue(), Tag.MAP.getValue(), Tag.TIMESTAMP.getValue());

    /** The outcome: a root value (null when the text is empty or broken) and the problems found. */
    public record Result(YNode root, List<Diagnostic> diagnostics) {
        public boolean ok() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    private SafeYaml() {
    }

    /** A loader per thread with the limits last asked for: making one per file was a third of YAML time. */
    private static final ThreadLocal<Loader> LOADER = new ThreadLocal<>();

    private record Loader(YamlLimits limits, Yaml yaml) {
    }

    /** A loader with {@code limits}. A {@code Yaml} may be used again, one document at a time. */
    private static Yaml yaml(YamlLimits limits) {
        Loader last = LOADER.get();
        if (last != null && last.limits().equals(limits)) {
            return last.yaml();
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit(Math.max(1, limits.maxCodePoints()));
        options.setAllowRecursiveKeys(false);
        options.setMergeOnCompose(false);
        options.setProcessComments(false);
        options.setWrappedToRootException(false);
        DumperOptions unused = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(unused), unused, options, new PlainWords());
        LOADER.set(new Loader(limits, yaml));
        return yaml;
    }

    /**
     * Parses {@code yaml}, which starts at 1-based line {@code firstLine} of {@code source}
     * (positions in messages are the file's).
     */
    public static Result parse(SourceText source, String yaml, int firstLine, YamlLimits limits) {
        List<Diagnostic> problems = new ArrayList<>();
        int lineOffset = firstLine - 1;
        if (yaml.codePointCount(0, yaml.length()) > limits.maxCodePoints()) {
            problems.add(source.error(firstLine, 1, "YAML is too large: more than " + limits.maxCodePoints()
                    + " characters"));
            return new Result(null, problems);
        }
        Node root;
        try {
            root = yaml(limits).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            problems.add(syntaxError(source, e, lineOffset));
            return new Result(null, problems);
        } catch (YAMLException e) {
            problems.add(source.error(firstLine, 1, limitMessage(e.getMessage())));
            return new Result(null, problems);
        } catch (StackOverflowError e) {
            problems.add(source.error(firstLine, 1, "YAML is nested too deeply"));
            return new Result(null, problems);
        }
        if (root == null) {
            return new Result(null, problems);
        }
        Converter converter = new Converter(source, lineOffset, limits, problems);
        YNode value = converter.convert(root, 0);
        return new Result(problems.stream().anyMatch(Diagnostic::isError) ? null : value, problems);
    }

    private static final class Converter {
        private final SourceText source;
        private final int lineOffset;
        private final YamlLimits limits;
        private final List<Diagnostic> problems;
        private final Map<Node, Boolean> onPath = new IdentityHashMap<>();
        private int nodes;
        private boolean budgetReported;
        private int topLine;
        private int topColumn;

        Converter(SourceText source, int lineOffset, YamlLimits limits, List<Diagnostic> problems) {
            this.source = source;
            this.lineOffset = lineOffset;
            this.limits = limits;
            this.problems = problems;
        }

        YNode convert(Node node, int depth) {
            int line = node.getStartMark().getLine() + 1 + lineOffset;
            int column = node.getStartMark().getColumn() + 1;
            if (++nodes > limits.maxNodes()) {
                if (!budgetReported) {
                    budgetReported = true;
                    problems.add(source.error(topLine > 0 ? topLine : line, topLine > 0 ? topColumn : column,
                            "YAML expands to more than " + limits.maxNodes() + " values (too many aliases?)"));
                }
                return null;
            }
            if (depth > limits.maxDepth()) {
                problems.add(source.error(line, column, "YAML is nested more than " + limits.maxDepth() + " levels deep"));
                return null;
            }
            String tag = node.getTag().getValue();
            if (!ALLOWED_TAGS.contains(tag)) {
                problems.add(source.error(line, column, "YAML tag '" + shortTag(tag) + "' is not allowed")
                        .withHint("front matter holds plain text, lists and maps; remove the tag"));
                return null;
            }
            if (onPath.put(node, Boolean.TRUE) != null) {
                problems.add(source.error(line, column, "YAML alias refers to itself"));
                return null;
            }
            try {
                if (node instanceof ScalarNode scalar) {
                    boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
                    return new YScalar(scalar.getValue(), plain, line, column);
                }
                if (node instanceof SequenceNode seq) {
                    List<YNode> items = new ArrayList<>(seq.getValue().size());
                    for (Node child : seq.getValue()) {
                        YNode item = convert(child, depth + 1);
                        if (item == null) {
                            return null;
                        }
                        items.add(item);
                    }
                    return new YList(items, line, column);
                }
                MappingNode map = (MappingNode) node;
                Map<String, YMap.Field> fields = new LinkedHashMap<>();
                for (NodeTuple tuple : map.getValue()) {
                    Node keyNode = tuple.getKeyNode();
                    int keyLine = keyNode.getStartMark().getLine() + 1 + lineOffset;
                    int keyColumn = keyNode.getStartMark().getColumn() + 1;
                    if (keyNode.getTag().equals(Tag.MERGE)) {
                        problems.add(source.error(keyLine, keyColumn, "YAML merge keys ('<<') are not supported")
                                .withHint("write the fields out"));
                        return null;
                    }
                    if (!(keyNode instanceof ScalarNode keyScalar)) {
                        problems.add(source.error(keyLine, keyColumn, "a key must be plain text, not a list or map"));
                        return null;
                    }
                    String key = keyScalar.getValue();
                    YMap.Field first = fields.get(key);
                    if (first != null) {
                        problems.add(source.error(keyLine, keyColumn, "duplicate key '" + key + "' (first set on line "
                                + first.keyLine() + ")").withHint("remove one of them"));
                        continue;
                    }
                    if (depth == 0) {
                        topLine = keyLine;
                        topColumn = keyColumn;
                    }
                    YNode value = convert(tuple.getValueNode(), depth + 1);
                    if (value == null) {
                        return null;
                    }
                    fields.put(key, new YMap.Field(key, keyLine, keyColumn, value));
                }
                return new YMap(fields, line, column);
            } finally {
                onPath.remove(node);
            }
        }
    }

    private static String shortTag(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    private static Diagnostic syntaxError(SourceText source, MarkedYAMLException e, int lineOffset) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String message;
        String hint = "";
        if (problem.contains("(TAB)") || problem.contains("\t")) {
            message = "tab character in YAML";
            hint = "YAML is indented with spaces only; replace the tab with spaces";
        } else if (problem.contains("mapping values are not allowed")) {
            message = "unexpected ':' in a value";
            hint = "put a value that contains ': ' in quotes, e.g. title: \"Russia: New Article 8.4\"";
        } else if (problem.contains("could not find expected ':'")) {
            message = "expected 'name: value'";
            hint = "each line of front matter is 'name: value'; check the line above for a missing ':' or quote";
        } else if (problem.startsWith("expected <block end>") && problem.contains("'<scalar>'")) {
            message = "unexpected text after a quoted value";
            hint = "a value that starts with a quote must end with it; put the whole value in the other kind of quotes, "
                    + "e.g. title: '\"Sending party pays\" would raise costs'";
        } else if (problem.contains("found undefined alias")) {
            message = "unknown YAML alias" + problem.substring(problem.indexOf("alias") + 5);
        } else if (problem.contains("expected ',' or ']'") && e.getContextMark() != null) {
            return source.error(e.getContextMark().getLine() + 1 + lineOffset, e.getContextMark().getColumn() + 1,
                    "a list opened with '[' is not closed").withHint("add the closing ']'");
        } else if (problem.contains("expected ',' or '}'") && e.getContextMark() != null) {
            return source.error(e.getContextMark().getLine() + 1 + lineOffset, e.getContextMark().getColumn() + 1,
                    "a map opened with '{' is not closed").withHint("add the closing '}'");
        } else if (context.contains("quoted scalar")) {
            message = "a quoted value is not closed";
            hint = "add the closing quote";
        } else if (problem.startsWith("Global tag is not allowed: ")) {
            message = "YAML tag '" + shortTag(problem.substring("Global tag is not allowed: ".length()).strip()) + "' is not allowed";
            hint = "front matter holds plain text, lists and maps; remove the tag";
        } else if (problem.contains("found duplicate anchor")) {
            message = "duplicate YAML anchor";
        } else {
            message = "invalid YAML: " + (problem.isEmpty() ? e.getMessage() : problem)
                    + (context.isEmpty() ? "" : " (" + context + ")");
        }
        return source.error(line, column, message).withHint(hint);
    }

    private static String limitMessage(String raw) {
        String message = raw == null ? "" : raw;
        if (message.contains("aliases")) {
            return "YAML has too many aliases (*name)";
        }
        if (message.contains("Nesting Depth")) {
            return "YAML is nested too deeply";
        }
        if (message.contains("code points")) {
            return "YAML is too large";
        }
        return "invalid YAML: " + message;
    }
}
