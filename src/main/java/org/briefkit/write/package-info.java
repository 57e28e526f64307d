/**
 * The only code that touches the output: a folder written beside the old one and swapped in on
 * success ({@link org.briefkit.write.DirectoryOutput}), or memory ({@link org.briefkit.write.MemoryOutput}).
 */
package org.briefkit.write;
