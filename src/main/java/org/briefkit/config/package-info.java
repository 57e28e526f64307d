/**
 * {@code site.yml} as typed, immutable records, and the default advocacy collections of SPEC.md.
 */
package org.briefkit.config;
