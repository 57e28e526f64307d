package org.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every page's head starts with the site's policies; outside links get the site's rel. */
class PagePolicyTest {
    private static final String POLICY = "default-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'";

    /** The http-equiv or name and the content of the first two elements of the head, after a charset. */
    private static List<String> firstInHead(Document page) {
        List<String> out = new ArrayList<>();
        for (Element e : page.head().children()) {
            if (e.hasAttr("charset")) {
                continue;
            }
            out.add((e.hasAttr("http-equiv") ? e.attr("http-equiv") : e.attr("name")) + ": " + e.attr("content"));
            if (out.size() == 2) {
                break;
            }
        }
        return out;
    }

    @Test
    void everyPageOfTheThemeStartsItsHeadWithThePolicies() {
        TestSite.Built b = TestSite.of("""
                -- content/pages/a.md --
                ---
                title: A
                ---
                [EFF](https://www.eff.org/) and [ours](https://example.org/wcit/x/) and [local](../b/) and <mailto:a@b.example>.
                -- content/pages/b.md --
                ---
                title: B
                ---
                B.
                -- site.yml --
                title: T
                baseUrl: https://example.org/wcit/
                """).build();
        assertTrue(b.ok(), b.all().toString());
        for (String page : List.of("index.html", "404.html", "pages/a/index.html", "search/index.html", "pages/index.html")) {
            assertEquals(List.of("Content-Security-Policy: " + POLICY, "referrer: no-referrer"), firstInHead(b.page(page)), page);
        }
        Document a = b.page("pages/a/index.html");
        assertEquals("noopener noreferrer", a.selectFirst("a[href=https://www.eff.org/]").attr("rel"));
        assertEquals("", a.selectFirst("a[href=https://example.org/wcit/x/]").attr("rel"), "the site's own host is not outside");
        assertEquals("", a.selectFirst("a:containsOwn(local)").attr("rel"));
    }

    @Test
    void templatesOfTheSiteGetThemWhereverTheirHeadIs() {
        String body = "<p><a href=\"https://other.example/\">out</a> <a href=\"https://x.example/\" rel=\"me\">me</a></p>";
        for (String template : List.of(
                "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body>" + body + "</body></html>",
                "<!DOCTYPE html>\n<html lang=\"en\">\n<title>x</title>\n" + body,
                "<!DOCTYPE html><title>x</title>" + body,
                "<!-- <head> -->\n<html><head data-x=\">\"><meta charset=\"utf-8\"><title>x</title>" + body)) {
            TestSite.Built b = TestSite.of("""
                    -- content/pages/a.md --
                    ---
                    title: A
                    ---
                    """).put("templates/entry.ftlh", template).build();
            assertTrue(b.ok(), b.all().toString());
            Document page = b.page("pages/a/index.html");
            assertEquals(List.of("Content-Security-Policy: " + POLICY, "referrer: no-referrer"), firstInHead(page), template);
            assertEquals("noopener noreferrer", page.selectFirst("a[href=https://other.example/]").attr("rel"), template);
            assertEquals("me", page.selectFirst("a[href=https://x.example/]").attr("rel"), "a rel of the template's own stays");
            assertTrue(b.text("pages/a/index.html").contains("<a href=\"https://other.example/\" rel=\"noopener noreferrer\">out</a>"));
        }
    }

    @Test
    void aSiteChoosesItsReferrerPolicyAndRelAndAddsToThePolicyByName() {
        TestSite.Built b = TestSite.of("""
                -- site.yml --
                title: T
                allowHosts: [media.example.org]
                security:
                  referrerPolicy: strict-origin
                  outsideLinkRel: noopener
                  contentSecurityPolicy:
                    img-src: ["data:", self]
                    style-src: ["'unsafe-inline'"]
                -- content/pages/a.md --
                ---
                title: A
                ---
                [EFF](https://www.eff.org/)
                """).build();
        assertTrue(b.ok(), b.all().toString());
        assertEquals(List.of("Content-Security-Policy: default-src 'self' https://media.example.org; base-uri 'none'; "
                + "form-action 'self'; object-src 'none'; img-src 'self' data: https://media.example.org; "
                + "style-src 'self' 'unsafe-inline' https://media.example.org", "referrer: strict-origin"),
                firstInHead(b.page("pages/a/index.html")));
        assertEquals("noopener", b.page("pages/a/index.html").selectFirst("a[href=https://www.eff.org/]").attr("rel"));
        assertEquals(List.of(
                "site.yml:4:19: warning: referrerPolicy strict-origin: sites that readers go to from a page learn the site's "
                        + "address (not the page's)",
                "site.yml:5:19: warning: outsideLinkRel without noreferrer: links to other sites do not ask the browser to keep "
                        + "the page's address from them (the referrer policy still applies)",
                "site.yml:7:15: warning: the Content-Security-Policy is loosened: img-src allows data:: images from any URL "
                        + "with that scheme",
                "site.yml:7:24: warning: the Content-Security-Policy is loosened: img-src allows 'self': images from the site itself",
                "site.yml:8:17: warning: the Content-Security-Policy is loosened: style-src allows 'unsafe-inline': style "
                        + "attributes and <style> elements apply"), b.warnings());
    }

    @Test
    void thePolicyCannotBeReplacedOnlyAddedToByName() {
        TestSite.Built b = TestSite.of("""
                -- site.yml --
                title: T
                security:
                  contentSecurityPolicy: "default-src *"
                -- content/pages/a.md --
                ---
                title: A
                ---
                """).build();
        assertEquals(List.of("site.yml:3:26: error: 'contentSecurityPolicy' must be a map of directives to the sources each adds"),
                b.errors());
        TestSite.Built c = TestSite.of("""
                -- site.yml --
                title: T
                security:
                  contentSecurityPolicy:
                    script-scr: [self]
                    img-src: ["https://a.example; script-src *", "'nonce-abc'"]
                    report-uri: [https://r.example/]
                  referrerPolicy: unsafe
                -- content/pages/a.md --
                ---
                title: A
                ---
                """).build();
        assertEquals(List.of(
                "site.yml:4:5: error: 'script-scr' is not a directive a site can add to; did you mean 'script-src'?",
                "site.yml:5:15: error: 'https://a.example; script-src *' is not a Content-Security-Policy source",
                "site.yml:5:50: error: 'nonce-abc' is not a Content-Security-Policy source",
                "site.yml:6:5: error: 'report-uri' is not a directive a site can add to",
                "site.yml:7:19: error: 'unsafe' is not a referrer policy"), c.errors());
    }
}
