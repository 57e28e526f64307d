package org.briefkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.briefkit.build.BuildListener;
import org.briefkit.build.BuildOptions;
import org.briefkit.build.BuildResult;
import org.briefkit.build.SiteBuilder;
import org.briefkit.config.SiteConfigParser;
import org.briefkit.graph.GraphBuilder;
import org.briefkit.graph.SiteEntry;
import org.briefkit.graph.SiteGraph;
import org.briefkit.model.Entry;
import org.briefkit.parse.EntryParser;
import org.briefkit.parse.MarkdownRenderer;
import org.briefkit.render.LinkHtml;
import org.briefkit.source.FileSource;
import org.briefkit.source.SourceFile;
import org.briefkit.source.ThemeSource;
import org.briefkit.write.MemoryOutput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The repository's WCIT-12 toolkit: complete, cross-linked, and built without a single warning. */
class WcitContentTest {
    private static SiteGraph graph;
    private static MemoryOutput out;
    private static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        FileSource source = new FileSource(Path.of("").toAbsolutePath(), List.of());
        out = new MemoryOutput();
        result = new SiteBuilder(source, ThemeSource.builtIn(), BuildOptions.defaults(), BuildListener.NONE).build(out);
        var config = SiteConfigParser.parse(new String(source.read("site.yml"))).config();
        EntryParser parser = new EntryParser(config, new MarkdownRenderer(false));
        List<Entry> entries = new ArrayList<>();
        for (SourceFile f : source.list("content", new org.briefkit.diag.Diagnostics())) {
            Entry e = parser.parse(f.path(), source.read(f.path())).entry();
            if (e.lang().equals(config.defaultLanguage())) {
                entries.add(e);
            }
        }
        graph = new GraphBuilder(config, false, new LinkHtml()).build(entries, List.of()).graph();
    }

    @Test
    void buildsWithoutErrorsOrWarnings() {
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void theSeedProposalsArticlesAndThemesAreEntries() {
        for (String id : List.of("RU-8.4", "ARB-3.3", "RU-8.8", "ETNO-SPP")) {
            assertNotNull(graph.get("proposals", id), id);
        }
        for (String id : List.of("ITR-3", "ITR-6", "ITR-8", "UDHR-19", "ICCPR-19")) {
            assertNotNull(graph.get("articles", id), id);
        }
        assertEquals(List.of("itu-venue", "free-expression", "cybersecurity-privacy", "interconnection"),
                graph.collection("themes").stream().map(SiteEntry::id).toList());
        for (String id : List.of("RU", "ARB", "ETNO", "AE", "RCC")) {
            assertNotNull(graph.get("countries", id), id);
        }
        assertEquals("sector-member", graph.get("countries", "ETNO").entry().fields().get("kind"));
    }

    @Test
    void theQuotedWordingIsCarriedOverExactly() {
        assertEquals("except in cases where international telecommunication services are used for the purpose of "
                + "interfering in the internal affairs or undermining the sovereignty, national security, territorial "
                + "integrity and public safety of other States, or to divulge information of a sensitive nature.",
                graph.get("proposals", "RU-8.4").entry().fields().get("text"));
        assertEquals("ensure that operating agencies duly identify the subscriber when providing international "
                + "telecommunication services", graph.get("proposals", "RU-8.8").entry().fields().get("text"));
        assertEquals(List.of("ARB"), graph.get("proposals", "ARB-3.3").refs().get("proposers").stream().map(SiteEntry::id).toList());
        assertEquals(List.of("ETNO"), graph.get("proposals", "ETNO-SPP").refs().get("proposers").stream().map(SiteEntry::id).toList());
    }

    @Test
    void everyTalkingPointIsCompleteAndAnswersSomething() {
        List<SiteEntry> points = graph.collection("talking-points");
        assertEquals(13, points.size(), "every point of the briefing is its own entry");
        for (SiteEntry tp : points) {
            Entry e = tp.entry();
            assertFalse(e.summary() == null || e.summary().isBlank(), tp.id() + " has a summary");
            assertTrue(Set.of("oppose", "support", "amend", "context").contains(e.fields().get("stance")), tp.id());
            assertEquals(1, tp.refs().getOrDefault("theme", List.of()).size(), tp.id() + " has a theme");
            boolean answers = !tp.refs().getOrDefault("proposals", List.of()).isEmpty()
                    || !tp.refs().getOrDefault("articles", List.of()).isEmpty()
                    || !tp.refs().getOrDefault("countries", List.of()).isEmpty() || !tp.inlineRefs().isEmpty();
            assertTrue(answers, tp.id() + " references what it answers");
        }
    }

    @Test
    void noProposalIsWithoutTalkingPoints() {
        for (SiteEntry p : graph.collection("proposals")) {
            long against = p.backlinks().stream().filter(b -> b.from().collection().equals("talking-points")
                    && "proposals".equals(b.field())).count();
            assertTrue(against > 0, p.id() + " is answered by a talking point");
        }
    }

    @Test
    void theGlossaryIsLinkedWhereTermsAreUsed() {
        long glossaryLinks = graph.get("pages", "glossary").backlinks().stream().map(b -> b.from().id()).distinct().count();
        assertTrue(glossaryLinks >= 10, "glossary linked from " + glossaryLinks + " entries");
        Document glossary = Jsoup.parse(out.text("pages/glossary/index.html"));
        for (String term : List.of("itu", "itrs", "wsis", "icann", "multistakeholder", "article-19")) {
            assertFalse(glossary.select("h2#" + term).isEmpty(), term);
        }
    }

    @Test
    void aCountryBriefingGathersProposalsArticlesAndTalkingPoints() {
        Document ru = Jsoup.parse(out.text("countries/ru/index.html"));
        assertEquals(List.of("Russia: New Article 8.4, access limited on security grounds",
                "Russia: New Article 8.8, identifying every subscriber"), ru.select(".briefing-proposals h3 a").eachText());
        assertTrue(ru.select("#articles_h + ul a").eachText().contains("ITRs Article 8"));
        assertTrue(ru.select(".briefing-points a").eachText().contains("Reject Russia's new Article 8.4"));
        Document ae = Jsoup.parse(out.text("countries/ae/index.html"));
        assertEquals(List.of("Arab States: Article 3.3 (MOD 3 and 4), blocking and tracking by IP address"),
                ae.select("#group_proposals_h ~ .proposal-block h3 a").eachText(), "the host country's group proposal");
    }
}
