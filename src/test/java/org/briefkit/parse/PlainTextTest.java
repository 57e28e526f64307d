package org.briefkit.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Text rendered by {@link PlainText} is byte for byte what flexmark's own renderer makes, on random Markdown. */
class PlainTextTest {
    private static final MutableDataSet OPTIONS = new MutableDataSet();
    private static final Parser PARSER;
    private static final HtmlRenderer FLEXMARK;
    private static final HtmlRenderer OURS;

    static {
        OPTIONS.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), Autolinks.create()));
        OPTIONS.set(HtmlRenderer.ESCAPE_HTML, true);
        OPTIONS.set(HtmlRenderer.SOFT_BREAK, "\n");
        PARSER = Parser.builder(OPTIONS).build();
        FLEXMARK = HtmlRenderer.builder(OPTIONS).build();
        OURS = HtmlRenderer.builder(OPTIONS).extensions(List.of(NodeHandlers.of(PlainText.RENDER))).build();
    }

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of("word", "Ünïcode", "中文", " ", "\t", "\n", "\n\n", "\r\n", "\r", "# ", "- ", "> ", "1. ", "    ", "```\n",
                "*", "_", "~~", "`", "[", "](", ")", "https://itu.int", "a@b.org", "&amp;", "&", "&#x41;", "&copy;", "&nosuch;", "\\",
                "\\*", "<", ">", "\"", "'", "| a | b |\n|---|---|\n", "<b>", "</p>", "  ", "\n   ", "  \n", "\u0005", "1\u0006")
                .list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void rendersWhatFlexmarkRenders(@ForAll("markdown") String markdown) {
        Document doc = PARSER.parse(markdown);
        assertEquals(FLEXMARK.render(doc), OURS.render(doc), () -> "for " + markdown);
    }

    /**
     * The build's renderer really uses this text renderer, the paragraph anchors, the code spans and the table boxes: flexmark
     * skips an extension whose class it has already loaded, and the output would not show it.
     */
    @Example
    void theBuildsRendererLoadsEveryHandler() {
        List<HtmlRenderer.HtmlRendererExtension> extensions = MarkdownRenderer.rendererExtensions();
        assertEquals(extensions.size(), extensions.stream().map(Object::getClass).distinct().count(),
                "two extensions of one class: flexmark would load only the first");
        Set<Class<?>> types = new HashSet<>();
        extensions.stream().filter(NodeHandlers.class::isInstance).forEach(e -> types.addAll(((NodeHandlers) e).nodeTypes()));
        assertEquals(Set.of(Text.class, Paragraph.class, Code.class, TableBlock.class), types);
    }
}
