package org.briefkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The normalisation the CommonMark spec's runner documents, example by example. */
class SpecHtmlTest {
    @Test
    void whiteSpaceIsCollapsedAndDroppedAroundBlockTagsButNotInPre() {
        assertEquals("<p>a b</p>", SpecHtml.normalize("<p>a  \t\nb</p>"));
        assertEquals("<p>a b</p>", SpecHtml.normalize("\n\t<p>\n\t\ta  b\t\t</p>\n\t"));
        assertEquals("<i>a b</i> ", SpecHtml.normalize("<i>a  b</i> "));
        assertEquals("<pre><code>a  b\n</code></pre>", SpecHtml.normalize("<pre><code>a  b\n</code></pre>\n"));
    }

    @Test
    void tagsAreLowerCaseAttributesSortedSelfClosingOpen() {
        assertEquals("<br>", SpecHtml.normalize("<br />"));
        assertEquals("<a href=\"foo\" title=\"bar\">x</a>", SpecHtml.normalize("<a title=\"bar\" HREF=\"foo\">x</a>"));
        assertEquals("<img alt=\"a &amp; b\" src=\"x\">", SpecHtml.normalize("<img src='x' alt=\"a &amp; b\" />"));
    }

    @Test
    void referencesAreCharactersExceptTheFourThatHtmlNeeds() {
        assertEquals("\u2200&amp;&gt;&lt;&quot;", SpecHtml.normalize("&forall;&amp;&gt;&lt;&quot;"));
        assertEquals("&amp;#87654321; &unknown; a & b", SpecHtml.normalize("&amp;#87654321; &unknown; a & b"));
        assertEquals("<!-- a -- b --> <?php x ?> <![CDATA[ <p> ]]>", SpecHtml.normalize("<!-- a -- b --> <?php x ?> <![CDATA[ <p> ]]>"));
    }
}
