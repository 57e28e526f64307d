/**
 * The generated files beside the pages: Atom feeds, the data files ({@code data/*.json}), the
 * sitemaps and the client-side search index, each made from a finished site graph and handed to
 * the build as bytes; writing them is the write package's job.
 */
package org.briefkit.outputs;
