package org.briefkit.model;

/** A reference value in front matter: the text written and where (1-based line and column). */
public record Ref(String target, int line, int column) {
}
