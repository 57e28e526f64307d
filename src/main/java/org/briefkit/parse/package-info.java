/**
 * Parsing content files: UTF-8 decoding, front matter split and bound with positions, Markdown
 * rendered once by a shared flexmark parser into HTML plus the references it found. Pure: no disk.
 */
package org.briefkit.parse;
