package org.briefkit.model;

/**
 * A place in a source file: 1-based line and column (0 when unknown). Immutable.
 */
public record Position(int line, int column) {
    /** The start of a file: where a problem of the whole file is reported. */
    public static final Position START = new Position(1, 1);
}
