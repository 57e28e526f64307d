package org.briefkit.build;

import java.util.List;
import org.briefkit.config.SiteConfig;
import org.briefkit.text.Html;
import org.briefkit.verify.PageCheck;

/**
 * What every page is given for the browser to enforce: the site's Content-Security-Policy and
 * referrer policy as {@code <meta>} elements, first in the head (after the charset), so that they
 * govern everything after them and work from disk and on any host; and the site's {@code rel}
 * ({@code noopener noreferrer}) on links to other sites that have none. The places are those the
 * HTML parser found ({@link PageCheck}), so a template need not write anything. Immutable and
 * thread-safe.
 */
final class PagePolicy {
    private final String meta;
    private final String rel;

    PagePolicy(SiteConfig config) {
        this.meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + Html.escape(config.contentSecurityPolicy())
                + "\"><meta name=\"referrer\" content=\"" + Html.escape(config.security().referrerPolicy()) + "\">";
        String r = config.security().outsideLinkRel();
        this.rel = r.isEmpty() ? null : " rel=\"" + Html.escape(r) + "\"";
    }

    /** The two meta elements every page starts its head with. */
    String meta() {
        return meta;
    }

    /** {@code html} with the policy at {@code headStart} and the rel before each of {@code links} (offsets of {@code >}). */
    String apply(String html, PageCheck.Result page) {
        List<Integer> links = rel == null ? List.of() : page.outsideLinks();
        StringBuilder sb = new StringBuilder(html.length() + meta.length() + links.size() * (rel == null ? 0 : rel.length()));
        int at = 0;
        boolean metaDone = false;
        for (int link : links) {
            if (!metaDone && page.headStart() <= link) {
                sb.append(html, at, page.headStart()).append(meta);
                at = page.headStart();
                metaDone = true;
            }
            sb.append(html, at, link).append(rel);
            at = link;
        }
        if (!metaDone) {
            sb.append(html, at, page.headStart()).append(meta);
            at = page.headStart();
        }
        return sb.append(html, at, html.length()).toString();
    }
}
