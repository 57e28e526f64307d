package org.briefkit.config;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The typed contents of {@code site.yml}. Immutable.
 *
 * @param title          the site's title in the default language
 * @param titles         the site's title in other languages (language code to title)
 * @param baseUrl        absolute URL the site is published at, ending in "/", or "" when unknown
 * @param languages      language codes, the default first
 * @param allowRawHtml   whether raw HTML in Markdown is passed through (escaped otherwise)
 * @param collections    the collections by name, in declaration order
 * @param linkStyle      how internal links are written
 * @param allowHosts     hosts pages may embed resources from (none by default)
 * @param params         free-form values passed to templates as {@code site.params}
 * @param declared       whether {@code site.yml} declared its own collections
 * @param defaultLanguageInFolder whether the default language also gets its own folder ({@code /en/})
 * @param strictLayouts  whether a {@code layout} without a template is an error (else a warning, and
 *                       the collection's template is used)
 *                       instead of the site root
 * @param security       what browsers are told to enforce: Content-Security-Policy, referrer policy,
 *                       the {@code rel} of outside links
 */
public record SiteConfig(String title, Map<String, String> titles, String baseUrl, List<String> languages, boolean allowRawHtml,
                         Map<String, CollectionConfig> collections, LinkStyle linkStyle,
                         List<String> allowHosts, Map<String, Object> params, boolean declared,
                         boolean defaultLanguageInFolder, boolean strictLayouts, SecurityConfig security) {

    /** How internal links are written. */
    public enum LinkStyle {
        /** {@code proposals/ru-8.4/index.html}: works from {@code file://} and every server. */
        FILE,
        /** {@code proposals/ru-8.4/}: prettier, needs a web server that serves index.html. */
        DIRECTORY
    }

    public SiteConfig {
        languages = List.copyOf(languages);
        titles = Map.copyOf(titles);
        collections = Collections.unmodifiableMap(new LinkedHashMap<>(collections));
        allowHosts = List.copyOf(allowHosts);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A configuration with the default security settings. */
    public SiteConfig(String title, Map<String, String> titles, String baseUrl, List<String> languages, boolean allowRawHtml,
                      Map<String, CollectionConfig> collections, LinkStyle linkStyle, List<String> allowHosts,
                      Map<String, Object> params, boolean declared, boolean defaultLanguageInFolder, boolean strictLayouts) {
        this(title, titles, baseUrl, languages, allowRawHtml, collections, linkStyle, allowHosts, params, declared,
                defaultLanguageInFolder, strictLayouts, SecurityConfig.defaults());
    }

    public static SiteConfig defaults() {
        return new SiteConfig("briefkit site", Map.of(), "", List.of("en"), false, DefaultCollections.all(),
                LinkStyle.FILE, List.of(), Map.of(), false, false, false);
    }

    /** The same configuration with another base URL (already normalised: absolute, ending in "/"). */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, titles, url, languages, allowRawHtml, collections, linkStyle, allowHosts, params, declared,
                defaultLanguageInFolder, strictLayouts, security);
    }

    /** The host of the base URL, lower case (links to it are not outside links); null without a base URL. */
    public String host() {
        if (baseUrl.isEmpty()) {
            return null;
        }
        String host = URI.create(baseUrl).getHost();
        return host == null ? null : host.toLowerCase(Locale.ROOT);
    }

    /** The Content-Security-Policy of every page. */
    public String contentSecurityPolicy() {
        return security.contentSecurityPolicy(allowHosts);
    }

    /** The site's title in a language (the default language's when it has none of its own). */
    public String title(String lang) {
        return titles.getOrDefault(lang, title);
    }

    public String defaultLanguage() {
        return languages.get(0);
    }

    /** The folder of a language's pages: "" for the default language (unless configured otherwise), else "fr/". */
    public String languageFolder(String lang) {
        return lang.equals(defaultLanguage()) && !defaultLanguageInFolder ? "" : lang + "/";
    }

    public boolean multilingual() {
        return languages.size() > 1;
    }

    public CollectionConfig collection(String name) {
        return collections.get(name);
    }
}
