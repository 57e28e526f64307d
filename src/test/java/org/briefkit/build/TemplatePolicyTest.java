package org.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.Test;

/** Templates may not need inline code; content's inline code is published blocked, with a warning. */
class TemplatePolicyTest {
    private static final String PAGE = """
            -- content/pages/a.md --
            ---
            title: A
            ---
            Text.
            """;

    @Test
    void inlineCodeInATemplateFailsTheBuildAtItsPlace() {
        TestSite.Built b = TestSite.of(PAGE).put("templates/entry.ftlh", """
                <!DOCTYPE html>
                <#-- <script>not code: a Freemarker comment</script> <p style="x"> -->
                <html lang="en"><head><title>${entry.title}</title>
                <script>document.title = "x";</script>
                <script src="${root}ok.js"></script><script type="application/ld+json">{"@type": "Article"}</script>
                <style>p { color: red }</style>
                </head><body><p>
                <button type="button" onclick="go()">Go</button> <a href="  JavaScript:go()">go</a>
                <span style="color: red">red</span> <svg><a xlink:href="javascript:x()"><text>t</text></a></svg>
                </p></body></html>
                """).build();
        assertEquals(List.of(
                "templates/entry.ftlh:4:1: error: the page's Content-Security-Policy blocks this inline <script>",
                "templates/entry.ftlh:6:1: error: the page's Content-Security-Policy blocks this <style> element",
                "templates/entry.ftlh:8:23: error: the page's Content-Security-Policy blocks this event handler attribute "
                        + "onclick on <button>",
                "templates/entry.ftlh:8:61: error: the page's Content-Security-Policy blocks this javascript: URL in <a href>",
                "templates/entry.ftlh:9:7: error: the page's Content-Security-Policy blocks this style attribute on <span>",
                "templates/entry.ftlh:9:57: error: the page's Content-Security-Policy blocks this javascript: URL in <a xlink:href>"),
                b.errors());
    }

    @Test
    void aSiteThatAllowsInlineScriptsSaysSo() {
        TestSite.Built b = TestSite.of(PAGE + """
                -- site.yml --
                title: T
                security:
                  contentSecurityPolicy:
                    script-src: ["'unsafe-inline'"]
                """).put("templates/entry.ftlh", "<!DOCTYPE html><title>x</title><script>go()</script><p style=\"x\">x</p>").build();
        assertEquals(List.of("templates/entry.ftlh:1:56: error: the page's Content-Security-Policy blocks this style attribute on <p>"),
                b.errors());
        assertTrue(b.warnings().get(0).contains("script-src allows 'unsafe-inline': inline scripts, event handlers and "
                + "javascript: links run, also any in raw HTML in content"), b.warnings().toString());
    }

    @Test
    void inlineScriptInContentIsPublishedBlockedWithAWarning() {
        TestSite.Built b = TestSite.of("""
                -- site.yml --
                title: T
                allowRawHtml: true
                -- content/pages/a.md --
                ---
                title: A
                ---
                A paragraph.

                <script>document.body.dataset.ran = "yes";</script>

                <p onclick="go()">Click</p>
                """).build();
        assertTrue(b.ok(), b.all().toString());
        assertEquals(List.of(
                "content/pages/a.md:6:1: warning: pages/a/index.html: the Content-Security-Policy blocks the inline <script> "
                        + "(line N of the page)",
                "content/pages/a.md:8:4: warning: pages/a/index.html: the Content-Security-Policy blocks the event handler "
                        + "attribute onclick on <p> (line N of the page)"),
                b.warnings().stream().map(w -> w.replaceAll("line \\d+ of the page", "line N of the page")).toList());
        assertTrue(b.text("pages/a/index.html").contains("<script>document.body.dataset.ran"), "published, for the policy to block");
    }
}
