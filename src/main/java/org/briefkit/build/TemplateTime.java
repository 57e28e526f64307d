package org.briefkit.build;

/**
 * One template's share of a build: the time it took to render its pages (added up over the build's
 * threads) and how many pages it rendered.
 */
public record TemplateTime(String template, long millis, long pages) {
}
