package org.briefkit.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefkit.testing.Cli;
import org.briefkit.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {
    @TempDir
    Path site;

    private void write(String path, String text) throws IOException {
        Path p = site.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void brokenLinksAndFragmentsAreReportedWithTheirLine() throws IOException {
        write("index.html", """
                <a href="a/index.html">ok</a> <a href="a/index.html#x">ok</a> <a href="#top">top</a>
                <a href="a/index.html#nope">bad fragment</a>
                <a href="b/index.html">missing</a> <img src="logo.png" alt="">
                <a href="a/">folder link</a> <a href="a">folder without slash</a>
                <a href="../outside.html">outside</a> <a href="https://example.org/">external</a> <a href="#here">self</a>
                <p id="here">x</p><link rel="canonical" href="https://example.org/">
                """);
        write("a/index.html", "<h2 id=\"x\">X</h2><link rel=\"stylesheet\" href=\"../style.css\">");
        write("style.css", "body { background: url('img/bg.png'); }");
        List<String> problems = LinkChecker.check(site, "site/").stream().map(Diagnostic::headline).toList();
        assertEquals(List.of(
                "site/index.html:2: error: missing fragment: a/index.html#nope (a/index.html has no element with id \"nope\") (<a href>)",
                "site/index.html:3: error: broken link: b/index.html (no file b/index.html) (<a href>)",
                "site/index.html:3: error: broken link: logo.png (no file logo.png) (<img src>)",
                "site/index.html:4: error: link to a folder without index.html: a (works on a web server, not from disk) (<a href>)",
                "site/index.html:5: error: link leads outside the site: ../outside.html (<a href>)",
                "site/style.css:1: error: broken link: img/bg.png (no file img/bg.png) (url())"), problems);
    }

    @Test
    void aLinkWhoseTargetExistsInAnotherCaseGetsADidYouMean() throws IOException {
        write("notes/a/index.html", "<a href=\"../My-Note/\">x</a> <a href=\"../../img/Map.PNG\">y</a> <a href=\"/Notes/b\">z</a>");
        write("notes/my-note/index.html", "");
        write("notes/b/index.html", "");
        write("img/map.png", "");
        List<String> problems = LinkChecker.check(site, "site/").stream().map(Diagnostic::headline).toList();
        assertEquals(List.of(
                "site/notes/a/index.html:1: error: broken link: ../My-Note/ (no file notes/My-Note/index.html); did you mean '../my-note/'? (<a href>)",
                "site/notes/a/index.html:1: error: broken link: ../../img/Map.PNG (no file img/Map.PNG); did you mean '../../img/map.png'? (<a href>)",
                "site/notes/a/index.html:1: error: broken link: /Notes/b (no file Notes/b); did you mean '/notes/b/'? (<a href>)"), problems);
    }

    @Test
    void cliReportsAndExitsWithOne() throws IOException {
        write("index.html", "<a href=\"gone.html\">x</a>");
        Cli.Run r = Cli.run("check", "--links", "--site", site.toString());
        assertEquals(1, r.code());
        assertEquals(site + "/index.html:1: error: broken link: gone.html (no file gone.html) (<a href>)\n"
                + "Link check failed: 1 problem\n", r.err());
        Files.writeString(site.resolve("gone.html"), "");
        assertEquals(0, Cli.run("check", "--links", "--site", site.toString()).code());
    }
}
