/**
 * Front matter values with positions ({@link org.briefkit.yaml.YNode}s): safe YAML (SnakeYAML composes,
 * briefkit converts, nothing in a document can create a Java object), used for front matter and
 * {@code site.yml}; TOML and JSON front matter read by Jackson into the same nodes; dates.
 */
package org.briefkit.yaml;
