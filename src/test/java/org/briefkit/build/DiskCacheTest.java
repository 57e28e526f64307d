package org.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.briefkit.diag.Diagnostic;
import org.briefkit.source.FileSource;
import org.briefkit.source.ThemeSource;
import org.briefkit.testing.Corpus;
import org.briefkit.write.DirectoryOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each input of a build invalidates in the build cache on disk, and nothing more: files
 * parsed again and pages rendered again after each kind of change, with the output equal to a
 * build without the cache every time.
 */
class DiskCacheTest {
    @TempDir
    Path tmp;

    /** Files the build parsed (not taken from the cache), pages it rendered, pages it has, the cache's notes. */
    private record Run(int parsed, int rendered, int pages, List<String> notes) {
    }

    private int aged;
    private List<Diagnostic> lastWarnings = List.of();

    /**
     * Gives files written in the last minute a time an hour ago, each a second later than the last:
     * a file changed within 2 s of a build is read again to compare its checksum (and counted in
     * the parse stage), which would blur the counts here.
     */
    private void age(Path site) throws Exception {
        long now = System.currentTimeMillis();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                if (Files.getLastModifiedTime(p).toMillis() > now - 60_000) {
                    Files.setLastModifiedTime(p, FileTime.fromMillis(now - 3_600_000 + 1000L * aged++));
                }
            }
        }
    }

    private Run build(Path site, BuildOptions options) throws Exception {
        age(site);
        Path out = tmp.resolve("out");
        AtomicInteger parsed = new AtomicInteger(-1);
        BuildListener listener = new BuildListener() {
            @Override
            public void stage(String name, int total) {
                if (name.equals("parse")) {
                    parsed.set(total);
                }
            }
        };
        Run run;
        List<Diagnostic> warm;
        try (DiskCache cache = DiskCache.open(site.resolve(DiskCache.FOLDER))) {
            SiteBuilder builder = new SiteBuilder(new FileSource(site, List.of(out)), ThemeSource.builtIn(), options, listener)
                    .withDiskCache(cache);
            BuildResult r = builder.build(cache.output(out));
            assertTrue(r.ok(), r.diagnostics().toString());
            run = new Run(parsed.get(), builder.renderedPages(), r.pages(), cache.notes());
            warm = r.diagnostics();
            lastWarnings = warm;
        }
        Path cold = tmp.resolve("cold");
        BuildResult r = new SiteBuilder(new FileSource(site, List.of(cold)), ThemeSource.builtIn(), options, BuildListener.NONE)
                .build(DirectoryOutput.open(cold));
        assertTrue(r.ok(), r.diagnostics().toString());
        // Problems of pages kept from the cache (privacy findings, inline code) are reported again.
        assertEquals(r.diagnostics(), warm);
        DiskCacheIT.assertSameFiles(DiskCacheIT.files(cold), DiskCacheIT.files(out), "with the cache");
        return run;
    }

    @Test
    void eachInputInvalidatesWhatItAffects() throws Exception {
        Path site = Corpus.write(tmp.resolve("site"), 20, 11);
        // Raw HTML with inline style: a warning of every page that shows it, kept with the page.
        Files.writeString(site.resolve("site.yml"), Files.readString(site.resolve("site.yml")) + "allowRawHtml: true\n");
        Path styled = site.resolve("content/talking-points/TP-0007.md");
        Files.writeString(styled, Files.readString(styled) + "\n<span style=\"color: red\">Red words.</span>\n");
        BuildOptions plain = BuildOptions.defaults();
        Run first = build(site, plain);
        assertTrue(lastWarnings.stream().anyMatch(d -> d.message().contains("Content-Security-Policy")), lastWarnings.toString());
        int files = first.parsed();
        int pages = first.pages();
        assertTrue(files > 40 && pages > 40, first.toString());
        assertEquals(List.of("no build cache in " + site.toAbsolutePath().normalize().resolve(DiskCache.FOLDER)
                + " yet; this run does everything and keeps what it makes there for the next"), first.notes());

        assertEquals(new Run(0, 0, pages, List.of()), build(site, plain), "nothing changed");

        Path point = site.resolve("content/talking-points/TP-0003.md");
        Files.writeString(point, Files.readString(point) + "\nAn added sentence.\n");
        Run body = build(site, plain);
        assertEquals(1, body.parsed(), "the edited file alone is parsed");
        assertTrue(body.rendered() > 0 && body.rendered() < pages / 4, "the pages that show its body: " + body);

        // Options of rendering: nothing parsed, every page rendered; back again the same.
        for (BuildOptions o : List.of(plain.withBaseUrl("https://elsewhere.example/w/"), plain, plain.withDrafts(true), plain)) {
            assertEquals(new Run(0, pages, pages, List.of()), build(site, o), o.toString());
        }
        // --lenient changes what parsing makes (images from other hosts): everything again.
        Run lenient = build(site, plain.withLenient(true));
        assertEquals(files, lenient.parsed());
        assertEquals(pages, lenient.rendered());
        build(site, plain);

        // A template of talking points: their pages alone; a static file: no page.
        Files.createDirectories(site.resolve("templates/talking-points"));
        Files.writeString(site.resolve("templates/talking-points/entry.ftlh"), "<#import \"../layout.ftlh\" as layout>"
                + "<@layout.base title=entry.title><h1>${entry.title}</h1></@layout.base>");
        Run template = build(site, plain);
        assertEquals(0, template.parsed());
        assertEquals(20, template.rendered(), "the 20 talking points' pages");
        Files.createDirectories(site.resolve("templates/static"));
        Files.writeString(site.resolve("templates/static/extra.css"), "p { margin: 0; }\n");
        assertEquals(new Run(0, 0, pages, List.of()), build(site, plain), "a static file");
        assertTrue(Files.exists(tmp.resolve("out/extra.css")));

        // site.yml (here the languages): everything.
        Files.writeString(site.resolve("site.yml"), Files.readString(site.resolve("site.yml")).replace("languages: [en]", "languages: [en, fr]"));
        Run languages = build(site, plain);
        assertEquals(files, languages.parsed());
        assertEquals(languages.pages(), languages.rendered());
        assertTrue(languages.pages() > pages, "pages of the French tree");
    }
}
