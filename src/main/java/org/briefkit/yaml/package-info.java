/**
 * Safe YAML: SnakeYAML composes, briefkit converts to position-carrying {@link org.briefkit.yaml.YNode}s,
 * and nothing in a document can create a Java object. Used for front matter and {@code site.yml}.
 */
package org.briefkit.yaml;
