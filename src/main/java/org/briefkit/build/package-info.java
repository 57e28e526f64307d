/**
 * The build pipeline, from a {@link org.briefkit.source.SiteSource} to an
 * {@link org.briefkit.write.OutputSink}: the one place that orders the stages.
 */
package org.briefkit.build;
