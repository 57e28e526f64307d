/**
 * The content model: entries, IDs, references and bodies as parsed, before the site graph links them.
 * No I/O.
 */
package org.briefkit.model;
