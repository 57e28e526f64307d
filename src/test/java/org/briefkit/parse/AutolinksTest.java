package org.briefkit.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The filtered autolink extension finds exactly the links flexmark's own finds. */
class AutolinksTest {
    private static String html(Extension autolinks, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(autolinks));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    private static void same(String markdown) {
        assertEquals(html(AutolinkExtension.create(), markdown), html(Autolinks.create(), markdown), markdown);
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> pieces = Arbitraries.of("http://", "https://", "www.", "WWW.", "mailto:", "ftp://", "x@y.org", "@",
                "&#58;", "&amp;", "&#64;", "itu.int", "example.org/a?b=c", " ", "\n", "\n\n", "*", "_", "`", "[", "](", ")", "<",
                ">", "\\", ":", "/", ".", ",", "-", "word", "Ünïcode", "RU-8.4", "[[RU-8.4]]", "# ", "- ", "> ");
        return pieces.list().ofMaxSize(25).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void findsTheSameLinksAsFlexmark(@ForAll("markdown") String markdown) {
        same(markdown);
    }

    @Example
    void examples() {
        for (String md : List.of("See https://www.itu.int/en/wcit-12/ and www.wcitleaks.org.", "Write to info@example.org.",
                "No links here: just words.", "http&#58;//itu.int", "*www.itu.int*", "`http://x.org`", "<http://x.org>",
                "itu.int&amp;WWW.x@y.org", "itu.int&amp;.x@y.org&#64;- http://[/http://")) {
            same(md);
        }
    }
}
