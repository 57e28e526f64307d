package org.briefkit.outputs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.briefkit.build.BuildSiteHelper;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Feeds checked against RFC 4287, the sitemap against its XSD, data files against their JSON Schemas. */
class OutputsTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITE = """
            -- site.yml --
            title: Feeds & data
            baseUrl: https://example.org/wcit/
            -- content/themes/expression.md --
            ---
            title: Expression
            ---
            -- content/proposals/RU-8.4.md --
            ---
            id: RU-8.4
            title: "Russia: New Article 8.4"
            updated: 2012-11-01
            proposers: [RU]
            ---
            Text with <b>markup</b> & [[tp-2]].
            -- content/countries/RU.md --
            ---
            title: Russia
            ---
            -- content/talking-points/tp-1.md --
            ---
            title: First point
            summary: "Say <this> & that."
            updated: 2012-11-20
            theme: expression
            proposals: [RU-8.4]
            ---
            -- content/talking-points/tp-2.md --
            ---
            title: Second point
            updated: 2012-11-25T10:00:00+04:00
            theme: expression
            ---
            -- content/talking-points/tp-3.md --
            ---
            title: Undated point
            theme: expression
            ---
            """;

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nl = parent.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            Node n = nl.item(i);
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The "MUST" rules of RFC 4287 for a feed and its entries. */
    static void assertValidAtom(byte[] bytes) throws Exception {
        Element feed = xml(bytes).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        for (String one : List.of("id", "title", "updated")) {
            assertEquals(1, children(feed, one).size(), "atom:feed has exactly one atom:" + one);
        }
        OffsetDateTime.parse(children(feed, "updated").get(0).getTextContent());
        List<Element> entries = children(feed, "entry");
        boolean feedAuthor = !children(feed, "author").isEmpty();
        Set<String> ids = new HashSet<>();
        for (Element link : children(feed, "link")) {
            assertFalse(link.getAttribute("href").isEmpty());
        }
        OffsetDateTime previous = null;
        for (Element e : entries) {
            for (String one : List.of("id", "title", "updated")) {
                assertEquals(1, children(e, one).size(), "atom:entry has exactly one atom:" + one);
            }
            assertTrue(feedAuthor || !children(e, "author").isEmpty(), "every entry has an author");
            String id = children(e, "id").get(0).getTextContent();
            assertTrue(id.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.+"), "atom:id is an IRI: " + id);
            assertTrue(ids.add(id), "entry ids are unique");
            boolean alternate = children(e, "link").stream().anyMatch(l -> l.getAttribute("rel").isEmpty()
                    || l.getAttribute("rel").equals("alternate"));
            assertTrue(alternate || !children(e, "content").isEmpty(), "an entry without content has an alternate link");
            OffsetDateTime updated = OffsetDateTime.parse(children(e, "updated").get(0).getTextContent());
            assertTrue(previous == null || !updated.isAfter(previous), "newest first");
            previous = updated;
        }
    }

    @Test
    void timesOfDayOrderTheFeedAndReachTheSitemap() throws Exception {
        TestSite.Built b = TestSite.of(SITE
                .replace("updated: 2012-11-20", "updated: 2012-11-25 07:30:00")
                .replace("updated: 2012-11-01", "updated: 2012-11-25T05:59:59Z")).build();
        assertTrue(b.ok(), b.all().toString());
        byte[] feed = b.out().files().get("feed.xml");
        assertValidAtom(feed);
        String text = new String(feed, StandardCharsets.UTF_8);
        assertTrue(text.indexOf("First point") < text.indexOf("Second point") && text.indexOf("Second point") < text.indexOf("Russia: New"),
                "07:30 UTC, then 10:00+04:00 (06:00 UTC), then 05:59:59 UTC: " + text);
        assertTrue(text.contains("<updated>2012-11-25T07:30:00Z</updated>"), text);
        String sitemap = b.text("sitemap.xml");
        assertTrue(sitemap.contains("talking-points/tp-1/</loc><lastmod>2012-11-25T07:30:00Z</lastmod>"), sitemap);
        assertTrue(sitemap.contains("talking-points/tp-2/</loc><lastmod>2012-11-25T06:00:00Z</lastmod>"), sitemap);
    }

    @Test
    void atomFeedsFollowRfc4287() throws Exception {
        TestSite.Built b = TestSite.of(SITE).build();
        assertTrue(b.ok(), b.all().toString());
        byte[] feed = b.out().files().get("feed.xml");
        assertValidAtom(feed);
        String text = new String(feed, StandardCharsets.UTF_8);
        assertTrue(text.indexOf("Second point") < text.indexOf("First point") && text.indexOf("First point") < text.indexOf("Russia: New"),
                "ordered by updated, newest first");
        assertFalse(text.contains("Undated point"), "entries without a date are left out");
        assertTrue(text.contains("<updated>2012-11-25T06:00:00Z</updated>"));
        assertTrue(text.contains("<summary>Say &lt;this&gt; &amp; that.</summary>"));
        assertTrue(text.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/wcit/feed.xml\"/>"));
        assertTrue(text.contains("<id>https://example.org/wcit/talking-points/tp-1/</id>"));
        assertValidAtom(b.out().files().get("themes/expression/feed.xml"));
        assertTrue(b.text("index.html").contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.xml\""));
    }

    @Test
    void feedsWithoutBaseUrlUseStableUrnsAndRelativeLinks() throws Exception {
        TestSite.Built b = TestSite.of(SITE.replace("baseUrl: https://example.org/wcit/\n", "")).build();
        byte[] feed = b.out().files().get("themes/expression/feed.xml");
        assertValidAtom(feed);
        String text = new String(feed, StandardCharsets.UTF_8);
        assertTrue(text.contains("<id>urn:uuid:"), text);
        assertTrue(text.contains("href=\"../../talking-points/tp-1/index.html\""), text);
        assertNull(b.out().files().get("sitemap.xml"), "a sitemap needs absolute URLs");
    }

    @Test
    void sitemapValidatesAgainstTheSitemapSchema() throws Exception {
        TestSite.Built b = TestSite.of(SITE).build();
        byte[] sitemap = b.out().files().get("sitemap.xml");
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(OutputsTest.class.getResource("/vendor/sitemaps/sitemap.xsd"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(sitemap)));
        String text = new String(sitemap, StandardCharsets.UTF_8);
        assertTrue(text.contains("<url><loc>https://example.org/wcit/talking-points/tp-1/</loc><lastmod>2012-11-20</lastmod></url>"), text);
        assertTrue(text.contains("<loc>https://example.org/wcit/</loc>"));
        assertFalse(text.contains("404"));
    }

    @Test
    void dataFilesValidateAgainstTheirSchemas() throws Exception {
        TestSite.Built b = TestSite.of(SITE).build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        ObjectMapper mapper = new ObjectMapper();
        JsonSchema collection = factory.getSchema(Files.readString(Path.of("docs/schema/collection.schema.json")));
        JsonSchema graph = factory.getSchema(Files.readString(Path.of("docs/schema/graph.schema.json")));
        for (String c : List.of("talking-points", "proposals", "articles", "countries", "themes", "pages")) {
            JsonNode doc = mapper.readTree(b.out().files().get("data/" + c + ".json"));
            Set<ValidationMessage> errors = collection.validate(doc);
            assertEquals(Set.of(), errors, c);
        }
        JsonNode g = mapper.readTree(b.out().files().get("data/graph.json"));
        assertEquals(Set.of(), graph.validate(g));
        JsonNode ru = mapper.readTree(b.out().files().get("data/proposals.json")).get("entries").get(0);
        assertEquals("RU-8.4", ru.get("id").asText());
        assertEquals("RU", ru.get("references").get("proposers").get(0).asText());
        assertEquals("tp-1", ru.get("backlinks").get(0).get("from").asText());
        assertTrue(ru.get("html").asText().contains("<a href=\"talking-points/tp-2/index.html\">Second point</a>"), ru.get("html").asText());
        assertEquals(1, g.get("schemaVersion").asInt());
        assertTrue(g.get("edges").toString().contains("{\"from\":\"RU-8.4\",\"to\":\"tp-2\",\"field\":\"inline\"}"));
    }

    @Test
    void zipHoldsTheWholeSiteWithoutItsOwnLinkAndIsReproducible() throws Exception {
        TestSite.Built a = BuildSiteHelper.withZip(TestSite.of(SITE));
        TestSite.Built b = BuildSiteHelper.withZip(TestSite.of(SITE));
        byte[] zip = a.out().files().get("site.zip");
        assertArrayEquals(zip, b.out().files().get("site.zip"), "same input, same bytes");
        assertTrue(a.text("index.html").contains("site.zip"), "the home page offers the download");
        Set<String> names = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                names.add(e.getName());
                if (e.getName().equals("index.html")) {
                    assertFalse(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("site.zip"));
                }
            }
        }
        Set<String> expected = new HashSet<>(a.out().files().keySet());
        expected.remove("site.zip");
        assertEquals(expected, names);
    }
}
