package org.briefkit.graph;

/**
 * Writes the links in bodies: the markup that replaces the placeholder of each inline
 * {@code [[…]]} reference. The graph resolves references and gives each as a value; markup is the
 * business of {@code render}, whose {@code LinkHtml} the build gives to {@link GraphBuilder}.
 * Implementations must be thread-safe and deterministic: equal links must give equal strings, for
 * {@link ResolvedBodies} keeps a body whose links are equal to last time's.
 */
public interface LinkMarkup {
    /** The markup of a link to a resolved target. */
    String link(ResolvedLink link);

    /** The markup of a reference that resolved to nothing (a problem was reported): its text, plain. */
    String unresolved(String text);
}
