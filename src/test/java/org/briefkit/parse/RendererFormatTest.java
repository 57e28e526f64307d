package org.briefkit.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The build writes the HTML of Markdown without {@code <} with flexmark's writer in pass-through
 * mode (no line prefixes or indents followed); on random Markdown, with raw HTML escaped and
 * allowed, the HTML is byte for byte what flexmark's default writer makes.
 */
class RendererFormatTest {
    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of("word", "Ünïcode", "中文", " ", "\t", "\n", "\n\n", "\r\n", "# ", "## ", "- ", "  - ", "    - ", "> ",
                "> > ", "1. ", "2) ", "    ", "    code\n", "```\n", "~~~ js\n", "***\n", "---\n", "*", "_", "~~", "`", "[", "](", ")",
                "![i](x.png)", "[r]: /u \"t\"\n", "[r]", "https://itu.int", "a@b.org", "&amp;", "&#x41;", "\\", "\\\n", ">", "\"",
                "| a | b |\n|---|:-:|\n| 1 | 2 |\n", "  ", "  \n", "\n   ", "\n\t", "[[TP-1]]", "[[TP-2|text]]", "\u00a0", "\t- ", ">\t", "1.  ", "\t\tcode", " \n", "\u000b", "a  b",
                // raw HTML, which the build writes with the default writer
                "<", "<b>", "</p>", "<div>\n", "<!-- c -->", "<pre>\n  x\n</pre>\n", "<https://itu.int>")
                .list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void theBuildWritesWhatTheDefaultWriterWrites(@ForAll("markdown") String markdown) {
        for (boolean raw : new boolean[] {false, true}) {
            Document doc = parse(markdown, raw);
            assertEquals(MarkdownRenderer.htmlRenderer(MarkdownRenderer.options(raw)).render(doc),
                    new MarkdownRenderer(raw).html(doc, markdown), () -> "raw HTML " + (raw ? "allowed" : "escaped") + ", for " + markdown);
        }
    }

    /** Why Markdown with {@code <} takes the default writer: the lines of raw HTML keep their leading spaces in pass-through mode. */
    @Example
    void passThroughDiffersOnlyOnRawHtml() {
        String markdown = "<pre>\n  x\n</pre>\n";
        Document doc = parse(markdown, false);
        MutableDataSet passThrough = new MutableDataSet(MarkdownRenderer.options(false)).set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        assertNotEquals(MarkdownRenderer.htmlRenderer(MarkdownRenderer.options(false)).render(doc),
                MarkdownRenderer.htmlRenderer(passThrough).render(doc));
    }

    private static Document parse(String markdown, boolean raw) {
        Document doc = Parser.builder(MarkdownRenderer.options(raw)).build().parse(markdown);
        new HeaderIdGenerator().generateIds(doc);
        ParagraphAnchors.assign(doc);
        return doc;
    }
}
