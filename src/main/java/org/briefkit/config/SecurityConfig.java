package org.briefkit.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code security} settings of {@code site.yml}: what the browser is told to enforce on every
 * page (docs/security.md). Immutable.
 *
 * @param referrerPolicy  the page's referrer policy ({@code no-referrer} unless the site asks)
 * @param outsideLinkRel  the {@code rel} of links to other sites ({@code noopener noreferrer}; empty: none)
 * @param policyAdditions sources the site adds to the Content-Security-Policy, by directive, in order
 */
public record SecurityConfig(String referrerPolicy, String outsideLinkRel, Map<String, List<String>> policyAdditions) {
    /** The policy every page gets unless the site adds to it: nothing but the site's own files. */
    private static final Map<String, List<String>> BASE = base();

    public SecurityConfig {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        policyAdditions.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        policyAdditions = Collections.unmodifiableMap(copy);
    }

    public static SecurityConfig defaults() {
        return new SecurityConfig("no-referrer", "noopener noreferrer", Map.of());
    }

    private static Map<String, List<String>> base() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("default-src", List.of("'self'"));
        m.put("base-uri", List.of("'none'"));
        m.put("form-action", List.of("'self'"));
        m.put("object-src", List.of("'none'"));
        return Collections.unmodifiableMap(m);
    }

    /**
     * The Content-Security-Policy of every page: the site's own files only ({@code 'self'}, which
     * also matches {@code file:} URLs when the site is opened from disk), no inline script or style,
     * no plug-ins, no {@code <base>}, forms sent only to the site; then what {@code site.yml} adds,
     * and the hosts of {@code allowHosts} (over https) wherever files may come from.
     */
    public String contentSecurityPolicy(List<String> allowHosts) {
        Map<String, List<String>> policy = new LinkedHashMap<>();
        BASE.forEach((k, v) -> policy.put(k, new ArrayList<>(v)));
        policyAdditions.forEach((directive, sources) -> {
            List<String> list = policy.computeIfAbsent(directive,
                    d -> new ArrayList<>(isFetch(d) ? List.of("'self'") : List.of()));
            list.remove("'none'");
            for (String s : sources) {
                if (!list.contains(s)) {
                    list.add(s);
                }
            }
            if (list.isEmpty()) {
                list.add("'none'");
            }
        });
        policy.forEach((directive, sources) -> {
            if (isFetch(directive) && !sources.contains("'none'")) {
                for (String host : allowHosts) {
                    sources.add("https://" + host);
                }
            }
        });
        StringBuilder sb = new StringBuilder();
        policy.forEach((directive, sources) -> sb.append(sb.length() == 0 ? "" : "; ").append(directive).append(' ')
                .append(String.join(" ", sources)));
        return sb.toString();
    }

    /** Whether the policy lets inline code of a kind ({@code script-src} or {@code style-src}) run. */
    public boolean allowsInline(String directive) {
        List<String> sources = policyAdditions.containsKey(directive) ? policyAdditions.get(directive)
                : policyAdditions.getOrDefault("default-src", List.of());
        return sources.contains("'unsafe-inline'");
    }

    /** Whether a directive governs where files come from ({@code img-src}, …), as {@code default-src} does. */
    static boolean isFetch(String directive) {
        return directive.endsWith("-src") && !directive.equals("object-src");
    }
}
