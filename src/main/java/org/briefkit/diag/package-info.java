/**
 * Source positions and diagnostics: what every stage reports about bad input, and how it is printed.
 * The lowest package: it depends on nothing else in briefkit.
 */
package org.briefkit.diag;
