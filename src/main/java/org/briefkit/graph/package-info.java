/**
 * The immutable site graph: entries indexed by ID and collection, references resolved, backlinks
 * computed, inline references resolved to links. Answers "what refers to this entry". No markup:
 * the HTML of a link is written by {@code render} through {@link org.briefkit.graph.LinkMarkup}.
 */
package org.briefkit.graph;
