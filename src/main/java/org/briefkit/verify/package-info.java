/**
 * Checks of built HTML: the privacy guard (nothing a page or stylesheet makes the browser load
 * from another host), run on every page of every build, and the link checker
 * ({@code check --links}), run on a built folder; and the check of the links written in Markdown
 * to paths of the site, run on every build before pages are rendered. Reads; writes nothing.
 */
package org.briefkit.verify;
