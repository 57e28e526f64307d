package org.briefkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.vladsch.flexmark.util.sequence.Escaping;
import freemarker.core.HTMLOutputFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** HTML escaping: the templates' rule (Freemarker's) and flexmark's, each against its library. */
class HtmlTest {
    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of("a", "é", "中", " ", "&", "<", ">", "\"", "'", "&amp;", "\u0000", "\u0001", "\t", "\n",
                "\u2028", "\u2029", "\ud800", "\udc00", "\ud83d\ude00", "`", "=").list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void escapesAsFreemarkersHtmlOutput(@ForAll("text") String s) {
        assertEquals(HTMLOutputFormat.INSTANCE.escapePlainText(s), Html.escape(s), s);
    }

    @Property(tries = 1000)
    void escapesAsFlexmarkDoesForMarkdownText(@ForAll("text") String s) {
        assertEquals(Escaping.escapeHtml(s, false), Html.escapeAsFlexmark(s), s);
    }

    @Example
    void escapeGivesEntitiesForFiveCharacters() {
        assertEquals("&amp;&lt;&gt;&quot;&#39;", Html.escape("&<>\"'"));
        assertEquals("it&#39;s &lt;b&gt; &amp;amp; &quot;q&quot;", Html.escape("it's <b> &amp; \"q\""));
    }

    @Example
    void flexmarksRuleLeavesTheApostrophe() {
        assertEquals("&amp;&lt;&gt;&quot;'", Html.escapeAsFlexmark("&<>\"'"));
    }

    @Example
    void otherCharactersStandAsThemselves() {
        // Control characters, line separators and lone surrogates are not HTML's business here:
        // the decoder replaces control characters in content, and Freemarker leaves them too.
        String s = "\u0000\u0001\t\n\r\u001b\u007f\u0085\u2028\u2029\ud800x\udc00é中\ud83d\ude00";
        assertEquals(s, Html.escape(s));
        assertEquals(s, Html.escapeAsFlexmark(s));
    }

    @Example
    void textWithoutSpecialCharactersIsNotCopied() {
        for (String s : List.of("", "nothing to escape", "ü 中")) {
            assertSame(s, Html.escape(s));
            assertSame(s, Html.escapeAsFlexmark(s));
        }
    }
}
