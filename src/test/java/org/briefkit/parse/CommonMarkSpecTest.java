package org.briefkit.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.HashSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.SourceText;
import org.briefkit.model.Body;
import org.briefkit.model.InlineRef;
import org.briefkit.testing.SpecHtml;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

/**
 * The 652 examples of CommonMark 0.31.2 (vendored in {@code src/test/resources/vendor/commonmark})
 * rendered as the body of an entry on a site that allows raw HTML, and through flexmark alone with
 * the extensions and options briefkit gives it. Both are compared with the spec's HTML after the spec
 * runner's normalisation ({@link SpecHtml}) and after taking out what briefkit adds by design (docs:
 * content.md, "Markdown"):
 * <ul>
 *   <li>paragraph anchors: an {@code id} on each top-level paragraph and its {@code ¶} link;</li>
 *   <li>heading IDs (flexmark's, with the options briefkit sets: removed from both renderings);</li>
 *   <li>links to paths of the site written for each page: the placeholder is written back as the
 *       target it holds;</li>
 *   <li>{@code [[…]]} cross-references: the placeholder is written back as the text it came from;</li>
 *   <li>links and images whose scheme briefkit refuses ({@code irc:}, {@code made-up-scheme:}…): in the
 *       spec's HTML they are replaced by what briefkit writes instead, their text;</li>
 *   <li>GFM's extended autolinks (a bare {@code https://…}, {@code www.…} or e-mail address is a link):
 *       such links are written back as their text, in both renderings.</li>
 * </ul>
 * Raw HTML is allowed here (a site that escapes it is a documented difference, not a failure).
 */
class CommonMarkSpecTest {
    /** The examples briefkit passes today; the count must not fall. */
    static final int FLOOR = 634;

    record Example(int example, String section, String markdown, String html) {
    }

    private static final MarkdownRenderer BRIEFKIT = new MarkdownRenderer(true);
    private static final Parser FLEXMARK_PARSER;
    private static final HtmlRenderer FLEXMARK_RENDERER;

    static {
        MutableDataSet options = MarkdownRenderer.options(true);
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()));
        options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
        FLEXMARK_PARSER = Parser.builder(options).build();
        FLEXMARK_RENDERER = HtmlRenderer.builder(options).build();
    }

    private static final Pattern PARAGRAPH_LINK = Pattern.compile(" <a class=\"para-link\" href=\"#p_[0-9a-f]{6}(-\\d+)?\" aria-label=\"\u0004\">¶</a>");
    private static final Pattern PARAGRAPH_ID = Pattern.compile("<p id=\"p_[0-9a-f]{6}(-\\d+)?\">");
    private static final Pattern HEADING_ID = Pattern.compile("<(h[1-6]) id=\"[^\"]*\">");

    static List<Example> examples() throws IOException {
        try (InputStream in = CommonMarkSpecTest.class.getResourceAsStream("/vendor/commonmark/spec-0.31.2.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<List<Example>>() { });
        }
    }

    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\"[^>]*>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern IMAGE = Pattern.compile("<img src=\"([^\"]*)\" alt=\"([^\"]*)\"[^>]*>");

    /** A URL's scheme by the URL standard (the spec's URLs have no spaces or controls to drop). */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto", "tel");

    /** Whether briefkit writes a link to {@code url}, by its documented rule (not by its code, which is under test). */
    static boolean allowed(String url) {
        Matcher m = SCHEME.matcher(Entities.unescape(url));
        return !m.find() || ALLOWED_SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** The spec's HTML with links and images whose scheme briefkit refuses replaced by their text. */
    static String refusedSchemesAsText(String html) {
        String links = LINK.matcher(html).replaceAll(m -> Matcher.quoteReplacement(allowed(m.group(1)) ? m.group() : m.group(2)));
        return IMAGE.matcher(links).replaceAll(m -> Matcher.quoteReplacement(allowed(m.group(1)) ? m.group() : m.group(2)));
    }

    /** The texts GFM's extended autolinks make links of in {@code markdown} (those written without {@code <…>}). */
    static Set<String> extendedAutolinks(String markdown) {
        Set<String> texts = new HashSet<>();
        for (Node n : FLEXMARK_PARSER.parse(markdown).getDescendants()) {
            if (n instanceof AutoLink a && a.getOpeningMarker().isEmpty()) {
                texts.add(a.getText().unescape());
            } else if (n instanceof MailLink m && m.getOpeningMarker().isEmpty()) {
                texts.add(m.getText().unescape());
            }
        }
        return texts;
    }

    /** {@code html} with the links GFM's extended autolinks made in {@code markdown} written back as their text. */
    static String withoutExtendedAutolinks(String html, String markdown) {
        Set<String> texts = extendedAutolinks(markdown);
        if (texts.isEmpty()) {
            return html;
        }
        return LINK.matcher(html).replaceAll(m -> texts.contains(Entities.unescape(m.group(2)))
                ? Matcher.quoteReplacement(m.group(2)) : Matcher.quoteReplacement(m.group()));
    }

    /** The example as briefkit renders an entry's body, with its additions taken out. */
    static String briefkit(String markdown) {
        List<Diagnostic> problems = new ArrayList<>();
        Body body = BRIEFKIT.render(new SourceText("content/notes/example.md", markdown), 0, markdown, false, true, problems);
        String[] refs = new String[body.refs().size()];
        for (InlineRef r : body.refs()) {
            refs[r.index()] = "[[" + r.target() + (r.anchor() == null ? "" : "#" + r.anchor()) + (r.text() == null ? "" : "|" + r.text()) + "]]";
        }
        String html = Body.writeLinks(Body.resolveRoot(body.html(refs), "/"), url -> url);
        html = PARAGRAPH_LINK.matcher(html).replaceAll("");
        html = PARAGRAPH_ID.matcher(html).replaceAll("<p>");
        return withoutExtendedAutolinks(HEADING_ID.matcher(html).replaceAll("<$1>"), markdown);
    }

    /** The example through flexmark with briefkit's options, heading IDs taken out. */
    static String flexmark(String markdown) {
        String html = HEADING_ID.matcher(FLEXMARK_RENDERER.render(FLEXMARK_PARSER.parse(markdown))).replaceAll("<$1>");
        return withoutExtendedAutolinks(html, markdown);
    }

    /** Whether briefkit's {@code html} is the example's HTML, as briefkit documents it, once both are normalised. */
    static boolean briefkitPasses(Example e, String html) {
        return SpecHtml.normalize(html).equals(SpecHtml.normalize(refusedSchemesAsText(e.html())));
    }

    /** Whether flexmark's {@code html} is the example's HTML once both are normalised. */
    static boolean flexmarkPasses(Example e, String html) {
        return SpecHtml.normalize(html).equals(SpecHtml.normalize(e.html()));
    }

    @Test
    void noExampleFlexmarkPassesFailsInBriefkitAndTheCountDoesNotFall() throws IOException {
        List<Example> examples = examples();
        assertEquals(652, examples.size());
        TreeSet<Integer> briefkitFails = new TreeSet<>();
        TreeSet<Integer> flexmarkFails = new TreeSet<>();
        List<String> worse = new ArrayList<>();
        for (Example e : examples) {
            String ours = briefkit(e.markdown());
            boolean flexmarkPasses = flexmarkPasses(e, flexmark(e.markdown()));
            if (!briefkitPasses(e, ours)) {
                briefkitFails.add(e.example());
                if (flexmarkPasses) {
                    worse.add(e.example() + " (" + e.section() + "): " + e.markdown().strip() + "\n  expected " + e.html().strip()
                            + "\n  briefkit " + ours.strip());
                }
            }
            if (!flexmarkPasses) {
                flexmarkFails.add(e.example());
            }
        }
        int passed = examples.size() - briefkitFails.size();
        System.out.println("CommonMark 0.31.2: briefkit " + passed + "/652, flexmark alone " + (652 - flexmarkFails.size())
                + "/652; briefkit fails " + briefkitFails + "; flexmark fails " + flexmarkFails);
        assertEquals(List.of(), worse, "examples flexmark alone passes but briefkit fails");
        assertTrue(passed >= FLOOR, passed + " examples pass, fewer than " + FLOOR);
    }

    @Test
    void briefkitsOwnTwoFailuresAreGone() throws IOException {
        for (Example e : examples()) {
            if (e.example() == 500 || e.example() == 559) {
                assertTrue(briefkitPasses(e, briefkit(e.markdown())), e.example() + ": " + briefkit(e.markdown()));
            }
        }
    }
}
