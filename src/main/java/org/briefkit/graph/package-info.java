/**
 * The immutable site graph: entries indexed by ID and collection, references resolved, backlinks
 * computed, inline references turned into links. Answers "what refers to this entry".
 */
package org.briefkit.graph;
