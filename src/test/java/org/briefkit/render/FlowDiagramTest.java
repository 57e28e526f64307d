package org.briefkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefkit.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The proposal diagram: whole titles in boxes, the rest counted, an image with a name. */
class FlowDiagramTest {
    @Test
    void titlesAreWholeAndAColumnOfMoreThanSixIsCounted() {
        TestSite site = TestSite.of("""
                -- content/proposals/P1.md --
                ---
                title: A proposal whose title is long enough to have been cut in the old drawing of the diagram
                proposers: [RU]
                ---
                -- content/countries/RU.md --
                ---
                title: Russian Federation
                ---
                """);
        for (int i = 0; i < 8; i++) {
            site.put("content/talking-points/t" + i + ".md", "---\ntitle: Security measures must not override privacy " + i + "\nproposals: [P1]\n---\n");
        }
        TestSite.Built b = site.build();
        assertTrue(b.ok(), b.all().toString());
        Document page = b.page("proposals/p1/index.html");
        Element flow = page.selectFirst(".flow[role=img]");
        assertTrue(flow.attr("aria-label").contains("A proposal whose title is long enough"), flow.attr("aria-label"));
        List<Element> cols = flow.select(".flow-col");
        assertEquals(4, cols.size());
        assertEquals("A proposal whose title is long enough to have been cut in the old drawing of the diagram", cols.get(1).select("li").text());
        assertEquals(FlowDiagram.MAX_BOXES + 1, cols.get(3).select("li").size());
        assertEquals("+ 2", cols.get(3).select("li.flow-more").text());
        assertEquals("—", cols.get(2).select("li").text());
        assertEquals(3, flow.select(".flow-arrow").size());
    }
}
