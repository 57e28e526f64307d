package org.briefkit.yaml;

/**
 * A YAML value as the editor wrote it, with its position in the file (1-based line and column).
 * Scalars keep their text: {@code 8.40} stays "8.40" and {@code NO} stays "NO"; the schema that reads
 * a field decides its type. Immutable.
 */
public sealed interface YNode permits YScalar, YList, YMap {
    int line();

    int column();

    /** What the value is, for messages: "text", "a list", "a map". */
    String kind();
}
