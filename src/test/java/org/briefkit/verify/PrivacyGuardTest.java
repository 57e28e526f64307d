package org.briefkit.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.Test;

class PrivacyGuardTest {
    private final PrivacyGuard guard = new PrivacyGuard(List.of("media.example.org", "*.cdn.example"));

    private List<String> urls(String html) {
        return guard.checkHtml(html).stream().map(f -> f.what() + " " + f.url()).toList();
    }

    @Test
    void everyWayToEmbedFromAnotherHostIsFound() {
        String html = """
                <link rel="stylesheet" href="https://fonts.example/css">
                <link rel="preconnect" href="//tracker.example">
                <link rel="icon" href="HTTPS://icons.example/i.png">
                <script src="https://cdn.example/app.js"></script>
                <img src="http://img.example/a.png" srcset="b.png 1x, https://img2.example/b.png 2x">
                <iframe src="https://video.example/embed"></iframe>
                <video poster="https://p.example/p.jpg"><source src="https://v.example/v.mp4"></video>
                <audio src="https://a.example/a.mp3"></audio>
                <object data="https://o.example/x.swf"></object>
                <svg><image href="https://s.example/s.png"/></svg>
                <a href="https://ok.example/" ping="https://ping.example/p">fine</a>
                <p style="background:url('https://bg.example/bg.png')">x</p>
                <style>@import "https://imp.example/x.css"; body{background:url(//bg2.example/y.png)}</style>
                <img src="https&#x3a;//entity.example/e.png">
                <IMG class=x SRC=https://upper.example/u.png>
                <img src="/local.png" src="https://second.example/ignored-like-browsers-do.png">
                """;
        assertEquals(List.of(
                "<link href> https://fonts.example/css", "<link href> //tracker.example", "<link href> HTTPS://icons.example/i.png",
                "<script src> https://cdn.example/app.js", "<img src> http://img.example/a.png",
                "<img srcset> https://img2.example/b.png", "<iframe src> https://video.example/embed",
                "<video poster> https://p.example/p.jpg", "<source src> https://v.example/v.mp4",
                "<audio src> https://a.example/a.mp3", "<object data> https://o.example/x.swf",
                "<image href> https://s.example/s.png", "<a ping> https://ping.example/p",
                "url() in style attribute https://bg.example/bg.png", "url() in <style> //bg2.example/y.png",
                "string in <style> https://imp.example/x.css", "<img src> https://entity.example/e.png",
                "<img src> https://upper.example/u.png"), urls(html));
    }

    /**
     * Tag names are ASCII case-insensitive, as in browsers: any case of a known name is that element,
     * and a name with a non-ASCII letter that upper-cases like an ASCII one (the long s, the Kelvin
     * sign) is another element, so what follows it is not skipped as script or style.
     */
    @Test
    void tagNamesMatchAsBrowsersMatchThem() {
        assertEquals(List.of("<script src> https://a.example/", "<img src> https://b.example/", "<img src> https://c.example/",
                "<img src> https://d.example/", "<iframe src> https://e.example/"),
                urls("<ScRiPt src=https://a.example/></script><\u017Fcript><img src=https://b.example/>"
                        + "<\u017Ftyle><img src=https://c.example/><LINK><ImG src=https://d.example/><IFRAME SRC=https://e.example/>"
                        + "<\u212Aeygen><custom-element src=https://f.example/>"));
    }

    /**
     * The issue's walks past the old tag scanner, each checked in Chromium to load the image, and
     * what else browsers read differently from a naive scanner: a {@code select} keeps its images
     * (customizable select), a {@code noscript} is text with scripting on, an {@code iframe srcdoc}
     * is a document, CSS escapes spell {@code url(}, and so on.
     */
    @Test
    void pagesAreReadAsBrowsersReadThem() {
        String img = "<img src=\"https://t.example/%s\">";
        List<String> cases = List.of(
                "<!-->" + img + "-->", "<!--->" + img + "-->", "<!-- a --!>" + img + " -->",
                "<svg><title>" + img + "</title></svg>", "<svg><style>" + img + "</style></svg>",
                "<math><mtext>" + img + "</mtext></math>", "<svg><desc>" + img + "</desc></svg>",
                "<math><annotation-xml encoding=\"text/html\">" + img + "</annotation-xml></math>",
                "<svg><foreignObject>" + img + "</foreignObject></svg>", "<svg><p>" + img + "</svg>",
                "<select>" + img + "</select>", "<table>" + img + "</table>", "<template>" + img + "</template>",
                "<noscript><p title=\"</noscript>" + img + "\"></noscript>", "<noscript>" + img + "</noscript>", "<!----!>" + img + "-->",
                "<! bogus -->" + img, "<?x -->" + img, "<iframe srcdoc='" + img.replace("\"", "&quot;") + "'></iframe>",
                "<p>x</p><body background=\"https://t.example/%s\">",
                "<meta http-equiv=refresh content=\"0; https://t.example/%s\">",
                "<meta http-equiv=Refresh content=\"5;URL='https://t.example/%s'\">",
                "<div style=\"background:u\\72l(https://t.example/%s)\">a</div>",
                "<style>p{background:url(http\\:\\/\\/t.example/%s)}</style>",
                "<style>p{background-image:image-set(\"https://t.example/%s\" 1x)}</style>",
                "<svg><rect fill=\"url(https://t.example/%s#p)\"/></svg>",
                "<svg><style>rect{mask:url(https://t.example/%s#m)}</style></svg>",
                "<table><tr><td background=\"https://t.example/%s\">x</td></tr></table>",
                "<img src=\"&#x1f;https://t.example/%s\">", "<img src=\"http:t.example/%s\">",
                "<svg><script href=\"https://t.example/%s\"></script></svg>",
                "<svg><image xlink:href=\"https://t.example/%s\"/></svg>",
                "<link rel=modulepreload href=\"https://t.example/%s\">", "<link rel=\"alternate stylesheet\" href=\"https://t.example/%s\">",
                "<link rel=preload as=image imagesrcset=\"https://t.example/%s 1x\" href=a.png>",
                "<img src=a.png attributionsrc=\"https://t.example/%s\">", "<div style=\"--x:url(https://t.example/%s)\">a</div>",
                "<img srcset=\"https://t.example/%s,1x\">", "<xmp></xmp>" + img, "<textarea></textarea>" + img,
                "<title>x</title>" + img, "<noembed></noembed>" + img, "<base href=\"https://t.example/%s/\">",
                "<link rel=prefetch href=\"https://t.example/%s\">", "<link rel=preload as=image href=\"https://t.example/%s\">",
                "<link rel=preconnect href=\"https://t.example/%s\">", "<link rel=dns-prefetch href=\"//t.example/%s\">",
                "<link rel=\"canonical prefetch\" href=\"https://t.example/%s\">",
                // Chromium's preload scanner reads <![CDATA[ as a bogus comment, even in SVG.
                "<svg><![CDATA[<p>" + img + "]]></svg>", "<svg><![CDATA[<svg><p><video poster=\"https://t.example/%s\">]]></svg>");
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String html = cases.get(i).formatted("case" + i);
            String url = "t.example/case" + i;
            if (guard.checkHtml(html).stream().noneMatch(f -> f.url().contains(url))) {
                missed.add(html);
            }
        }
        assertEquals(List.of(), missed);
    }

    @Test
    void linksRelativeUrlsDataAndAllowedHostsAreFine() {
        assertEquals(List.of(), urls("""
                <a href="https://example.org/">link</a><link rel="canonical" href="https://example.org/x/">
                <link rel="stylesheet" href="../style.css"><img src="data:image/png;base64,AA==">
                <img src="https://media.example.org/a.png"><img src="https://x.cdn.example/a.png">
                <script>var u = "<img src='https://in-script.example/'>";</script>
                <!-- <img src="https://comment.example/"> -->
                <textarea><img src="https://textarea.example/"></textarea>
                <noembed><img src="https://noembed.example/"></noembed><xmp><img src="https://xmp.example/"></xmp>
                <link rel="alternate" hreflang="fr" href="https://example.org/fr/"><link rel="license" href="https://x.example/l">
                <svg><a href="https://svg-link.example/"><text>x</text></a></svg>
                <meta http-equiv="refresh" content="30"><p title="url(https://title.example/)">x</p>
                """));
    }

    @Test
    void linesArePageLines() {
        assertEquals(3, guard.checkHtml("<p>\n</p>\n<img src=https://x.example/a>").get(0).line());
        assertEquals(2, guard.checkCss("a{}\nb{background:url(https://x.example/a)}").get(0).line());
        // Lines are counted when a finding asks for one: several findings, a style element and a
        // style attribute, on lines far apart, each get their own line.
        String page = "<p>\n".repeat(4) + "<img src=https://a.example/>\n\n<style>\n\np{background:url(https://b.example/)}</style>"
                + "\n".repeat(10) + "<p style=\"background:url(//c.example/)\"><img\nsrc=https://d.example/>";
        // A tag's line is the line where it ends (the parser's position then).
        assertEquals(List.of("https://a.example/@5", "https://b.example/@9", "//c.example/@19", "https://d.example/@20"),
                guard.checkHtml(page).stream().map(f -> f.url() + "@" + f.line()).toList());
    }

    @Test
    void aBuildFailsWhenContentEmbedsFromAnotherHost() {
        TestSite.Built b = TestSite.of("""
                -- site.yml --
                title: T
                allowRawHtml: true
                -- content/pages/map.md --
                ---
                title: Map
                ---
                A map:

                ![Dubai](https://maps.example/dubai.png)
                -- content/pages/ok.md --
                ---
                title: OK
                ---
                [A link is fine](https://example.org/) and <img src="https://media.example.org/x.png" alt="">
                """).build();
        assertEquals(List.of(
                "content/pages/map.md:6:10: error: pages/map/index.html would load https://maps.example/dubai.png from "
                        + "another host (<img src>, line N of the page)",
                "content/pages/ok.md:4:54: error: pages/ok/index.html would load https://media.example.org/x.png from "
                        + "another host (<img src>, line N of the page)"),
                b.errors().stream().map(e -> e.replaceAll("line \\d+ of the page", "line N of the page")).toList());
        assertTrue(b.out().files().isEmpty());
    }

    @Test
    void markdownFieldsPassTheSameGuardAsBodies() {
        // Front-matter text rendered as Markdown (a block field of a collection without a schema):
        // the abrupt comment and the SVG title hide an image from a tag scanner, not from a browser.
        TestSite.Built b = TestSite.of("""
                -- site.yml --
                title: T
                allowRawHtml: true
                collections:
                  activities: {}
                -- content/activities/a.md --
                ---
                title: A
                overview: |
                  Intro.

                  <!--><img src="https://t.example/x.gif">-->

                  <svg><title><img src="https://u.example/y.gif"></title></svg>

                  <script>document.title = "ran"</script>
                ---
                Body.
                """).build();
        assertEquals(List.of(
                "content/activities/a.md:6:18: error: activities/a/index.html would load https://t.example/x.gif from "
                        + "another host (<img src>, line N of the page)",
                "content/activities/a.md:8:25: error: activities/a/index.html would load https://u.example/y.gif from "
                        + "another host (<img src>, line N of the page)"),
                b.errors().stream().map(e -> e.replaceAll("line \\d+ of the page", "line N of the page")).toList());
        assertTrue(b.all().stream().anyMatch(d -> d.startsWith("content/activities/a.md:10:3: warning:")
                && d.contains("the Content-Security-Policy blocks the inline <script>")), b.all().toString());
    }

    @Test
    void allowedHostsPass() {
        TestSite.Built b = TestSite.of("""
                -- site.yml --
                title: T
                allowHosts: [maps.example]
                -- content/pages/map.md --
                ---
                title: Map
                ---
                ![Dubai](https://maps.example/dubai.png)
                """).build();
        assertTrue(b.ok(), b.all().toString());
    }

    @Test
    void templatesAndStylesheetsAreCheckedToo() {
        TestSite.Built b = TestSite.of("""
                -- content/pages/a.md --
                ---
                title: A
                ---
                -- templates/static/extra.css --
                @import url("https://fonts.example/font.css");
                """).put("templates/404.ftlh", "<link rel=\"stylesheet\" href=\"https://cdn.example/x.css\">").build();
        assertEquals(List.of(
                "templates/404.ftlh: error: 404.html would load https://cdn.example/x.css from another host (<link href>, line 1 of the page)",
                "templates/static/extra.css:1: error: the stylesheet would load https://fonts.example/font.css from another host (url() in stylesheet)"),
                b.errors());
    }
}
