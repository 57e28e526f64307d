package org.briefkit.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The text of every node's characters is what flexmark's {@code toString()} gives, on random Markdown. */
class CharsTest {
    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), Autolinks.create(),
                CrossRefExtension.create()));
        PARSER = Parser.builder(options).build();
    }

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of("word", "Ünïcode", "中文", " ", "\t", "\n", "\n\n", "\r\n", "# ", "- ", "> ", "1. ", "    ", "```\n", "*", "_",
                "~~", "`", "[", "](", ")", "[[RU-8.4]]", "https://itu.int", "a@b.org", "&amp;", "\\", "| a | b |\n|---|---|\n", "<b>")
                .list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void eachNodesTextIsFlexmarksOwn(@ForAll("markdown") String markdown) {
        Document doc = PARSER.parse(markdown);
        int slices = 0;
        for (Node n : doc.getDescendants()) {
            assertEquals(n.getChars().toString(), Chars.of(n.getChars()), () -> n + " in " + markdown);
            slices += n.getChars() instanceof SubSequence && n.getChars().getBase() instanceof String ? 1 : 0;
        }
        assertTrue(doc.getFirstChild() == null || slices > 0, "the fast path is taken");
    }
}
