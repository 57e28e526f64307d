package org.briefkit.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NuCheckerTest {
    private final NuChecker nu = new NuChecker();

    @Test
    void validDocumentHasNoErrors() {
        assertEquals(List.of(), nu.errors("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>x</title></head>"
                + "<body><main><h1 id=a>Hi</h1><img src=x.png alt=\"\"></main></body></html>"));
    }

    @Test
    void warningsAreReportedWhenAsked() {
        String page = "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>x</title></head>"
                + "<body><main><section><p>x</p></section></main></body></html>";
        assertEquals(List.of(), nu.errors(page));
        List<String> warned = NuChecker.withWarnings().problems(page);
        assertTrue(warned.stream().anyMatch(w -> w.contains("Section lacks heading")), warned.toString());
    }

    @Test
    void aPolicyThatAllowsTheSiteItselfIsNoWarningButOneThatBlocksAnotherHostIs() {
        String page = "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><meta http-equiv=\"Content-Security-Policy\" "
                + "content=\"default-src 'self'\"><title>x</title><link rel=stylesheet href=\"../style.css\">"
                + "<script src=\"../search.js\"></script></head><body><main><h1>x</h1><img src=\"%s\" alt=\"\"></main></body></html>";
        assertEquals(List.of(), NuChecker.withWarnings().problems(page.formatted("a.png")));
        List<String> blocked = NuChecker.withWarnings().problems(page.formatted("https://t.example/a.png"));
        assertEquals(1, blocked.size(), blocked.toString());
        assertTrue(blocked.get(0).contains("Resource violates Content Security Policy"), blocked.toString());
    }

    @Test
    void invalidDocumentsAreCaught() {
        List<String> errors = nu.errors("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>x</title></head>"
                + "<body><p id=a>1</p>\n<p id=a>2</p><img src=x.png></span></body></html>");
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("Duplicate ID")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("alt")), errors.toString());
    }
}
