package org.briefkit.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CssUrlsTest {
    /**
     * What names a host, in order of lines. Every quote may open a string, so a closing quote's
     * "string" (text up to the next quote) is found too: harmless, as it names no host.
     */
    private static List<String> all(String css) {
        return CssUrls.withStrings(css).stream().filter(f -> f.url().contains("example"))
                .sorted(Comparator.comparingInt(CssUrls.Found::line))
                .map(f -> f.kind() + " " + f.url() + " @" + f.line()).toList();
    }

    @Test
    void urlsAndStringsAsTheCssTokenizerReadsThemAfterEscapes() {
        assertEquals(List.of("url() //a.example/x @0", "url() http://b.example/y @1", "string https://c.example/z @2",
                "string https://d.example/i.png @3", "url() https://e.example/q @4"),
                all("""
                        p{background:url( //a.example/x )}
                        p{background:u\\72l(http\\:\\/\\/b.example/y)}
                        @import "https://c.example/z";
                        p{background-image:image-set('https://d.example/i.png' 1x)}
                        p{background:URL("https://e.example/q")}"""));
    }

    @Test
    void aStringInACommentOrAfterAnOddQuoteStillCounts() {
        // A quote in a comment must not hide the string after it.
        List<String> found = all("/* it's */ @import \"//t.example/x.css\"; /* don't */");
        assertTrue(found.contains("string //t.example/x.css @0"), found.toString());
    }

    @Test
    void attributesOtherThanStyleCountOnlyUrlFunctions() {
        assertEquals(List.of("https://a.example/m#x"), CssUrls.urlFunctions("url(https://a.example/m#x) 'https://b.example/'")
                .stream().map(CssUrls.Found::url).toList());
        assertEquals(List.of("https://a.example/q"), CssUrls.urlFunctions("url('https://a.example/q')")
                .stream().map(CssUrls.Found::url).toList());
    }

    @Test
    void escapesOfLineBreaksKeepLinesRight() {
        assertEquals(List.of("url() //a.example/ @3"), all("a{}\n\"x\\\ny\"\np{background:url(//a.example/)}").stream()
                .filter(s -> s.startsWith("url()")).toList());
    }
}
