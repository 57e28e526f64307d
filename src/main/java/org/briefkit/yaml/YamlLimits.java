package org.briefkit.yaml;

/**
 * Bounds that keep hostile YAML from exhausting memory or time.
 *
 * @param maxCodePoints  size of one YAML document
 * @param maxDepth       nesting of lists and maps
 * @param maxAliases     aliases ({@code *name}) in one document
 * @param maxNodes       values after aliases are expanded (stops "billion laughs")
 */
public record YamlLimits(int maxCodePoints, int maxDepth, int maxAliases, int maxNodes) {
    public static final YamlLimits DEFAULT = new YamlLimits(1_000_000, 40, 50, 20_000);
}
