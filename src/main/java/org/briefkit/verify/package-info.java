/**
 * Checks of built HTML: the privacy guard (nothing a page or stylesheet makes the browser load
 * from another host), run on every page of every build, and the link checker
 * ({@code check --links}), run on a built folder. Reads pages; writes nothing.
 */
package org.briefkit.verify;
