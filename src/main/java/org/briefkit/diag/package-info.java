/**
 * Source positions and diagnostics: what every stage reports about bad input, and how it is printed.
 * It depends on nothing else in briefkit but the text rules ({@code text}).
 */
package org.briefkit.diag;
