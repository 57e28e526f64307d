/**
 * The {@code briefkit} command line (picocli): thin drivers over the build pipeline, and the only
 * code that prints or chooses an exit code.
 */
package org.briefkit.cli;
