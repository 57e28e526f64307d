/**
 * Rendering with Freemarker: a sandboxed engine, view objects over the site graph (documented in
 * docs/templates.md), and the plan of pages. Produces bytes; writing them is the write package's job.
 */
package org.briefkit.render;
