package org.briefkit.model;

/**
 * A cross-reference in a Markdown body: {@code [[target]]}, {@code [[target|text]]} or
 * {@code [[target#anchor]]}. {@code text} and {@code anchor} are null when not given. {@code index}
 * numbers the references of one body in order; the body's HTML holds a placeholder per index.
 */
public record InlineRef(int index, String target, String anchor, String text, int line, int column) {
}
