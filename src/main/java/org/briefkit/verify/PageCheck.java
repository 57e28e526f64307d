package org.briefkit.verify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.briefkit.config.AllowedHosts;

/**
 * Reads each page the build renders for everything the build checks and adds: what it would load
 * from other hosts, the inline code the Content-Security-Policy blocks, where the page's head
 * begins (where the policy goes), and the links to other sites without a {@code rel} (where one
 * goes). The page is read once in full (again with scripting off when it has a {@code noscript},
 * and as Chromium's preload scanner with a {@code <![CDATA[}, see {@link PrivacyGuard}); the places come from a second, slower reading
 * ({@link HtmlReader#readWithPlaces}), which stops once the head is found unless an outside link
 * needs its place (links in Markdown have their rel already). So what is added lands where a
 * browser reads it. Immutable and thread-safe.
 */
public final class PageCheck {
    /**
     * What one page holds: requests to other hosts, inline code the policy blocks, the offset where
     * the head's first child goes, and the offsets of the {@code >} of outside links without a rel.
     */
    public record Result(List<PrivacyGuard.Finding> findings, List<InlineCode.Found> inline, int headStart,
                         List<Integer> outsideLinks) {
    }

    private final PrivacyGuard guard;
    private final AllowedHosts sameSite;
    private final boolean scriptsAllowed;
    private final boolean stylesAllowed;

    /**
     * @param siteHost the host of the site's base URL (links to it are not outside), or null
     * @param scriptsAllowed whether the site's policy lets inline scripts run
     * @param stylesAllowed whether the site's policy lets inline styles apply
     */
    public PageCheck(PrivacyGuard guard, String siteHost, boolean scriptsAllowed, boolean stylesAllowed) {
        this.guard = guard;
        this.sameSite = new AllowedHosts(siteHost == null ? List.of() : List.of(siteHost));
        this.scriptsAllowed = scriptsAllowed;
        this.stylesAllowed = stylesAllowed;
    }

    public Result check(String html) {
        Set<PrivacyGuard.Finding> findings = new LinkedHashSet<>();
        HtmlReader.Visitor privacy = guard.visitor(findings);
        InlineCode inline = new InlineCode(scriptsAllowed, stylesAllowed);
        boolean[] noscript = {false};
        boolean[] bareLinks = {false};
        HtmlReader.read(html, true, new HtmlReader.Visitor() {
            @Override
            public void tag(HtmlReader.Tag t) {
                privacy.tag(t);
                inline.tag(t);
                noscript[0] |= t.name().equals("noscript");
                bareLinks[0] |= isBareOutsideLink(t);
            }

            @Override
            public void style(String css, int line) {
                privacy.style(css, line);
                inline.style(css, line);
            }

            @Override
            public void script(String code, int line) {
                inline.script(code, line);
            }
        });
        if (noscript[0]) {
            HtmlReader.read(html, false, new HtmlReader.Visitor() {
                @Override
                public void tag(HtmlReader.Tag t) {
                    privacy.tag(t);
                    bareLinks[0] |= isBareOutsideLink(t);
                }

                @Override
                public void style(String css, int line) {
                    privacy.style(css, line);
                }
            });
        }
        if (HtmlReader.hasCdata(html)) {
            HtmlReader.readAsPreloadScanner(html, true, privacy);
        }
        Places places = new Places(bareLinks[0]);
        // With scripting off, the links in a noscript have places too.
        HtmlReader.readWithPlaces(html, !noscript[0], places);
        return new Result(List.copyOf(findings), List.copyOf(inline.found()), places.headStart(), places.links);
    }

    /** Whether a tag is a link to another site without a rel. */
    private boolean isBareOutsideLink(HtmlReader.Tag t) {
        String name = t.name();
        if (!(name.equals("a") || name.equals("area")) || t.attr("rel") != null) {
            return false;
        }
        String href = t.attr("href");
        return href != null && sameSite.outsideHost(href) != null;
    }

    /** Where the head begins, and the outside links without a rel. */
    private final class Places implements HtmlReader.Visitor {
        private final boolean wantLinks;
        private final List<Integer> links = new ArrayList<>();
        private int doctype = -1;
        private int root = -1;
        private int head = -1;
        private int charset = -1;
        private boolean afterOpening;
        private boolean headKnown;

        Places(boolean wantLinks) {
            this.wantLinks = wantLinks;
        }

        @Override
        public void tag(HtmlReader.Tag t) {
            if (!headKnown) {
                if (afterOpening && t.name().equals("meta") && t.attr("charset") != null) {
                    // The charset stays first, as the page put it: browsers look for it in the first 1,024 bytes.
                    charset = t.end();
                }
                afterOpening = t.opensHead() || t.opensRoot();
                if (t.opensHead()) {
                    head = t.end();
                } else if (t.opensRoot()) {
                    root = t.end();
                }
                headKnown = !afterOpening;
            }
            if (wantLinks && isBareOutsideLink(t)) {
                links.add(t.end() - 1);
            }
        }

        @Override
        public void doctype(int end) {
            doctype = end;
        }

        @Override
        public boolean done() {
            return headKnown && !wantLinks;
        }

        int headStart() {
            return charset >= 0 ? charset : head >= 0 ? head : root >= 0 ? root : Math.max(doctype, 0);
        }
    }
}
