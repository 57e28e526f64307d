package org.briefkit.build;

/**
 * One template's share of a build: the time it took to render its pages (added up over the build's
 * threads), how many pages it rendered and how many characters they hold.
 */
public record TemplateTime(String template, long millis, long pages, long chars) {
}
