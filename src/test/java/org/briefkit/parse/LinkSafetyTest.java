package org.briefkit.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinkSafetyTest {
    @Test
    void schemesAsBrowsersSeeThem() {
        assertEquals("javascript", LinkSafety.scheme(" \u0001Java\tScr\nipt:alert(1)"));
        assertEquals("https", LinkSafety.scheme("HTTPS://x"));
        assertNull(LinkSafety.scheme("../a:b"));
        assertNull(LinkSafety.scheme("#x:y"));
        assertNull(LinkSafety.scheme("page?q=a:b"));
    }

    @Test
    void aSchemeIsWhatTheUrlStandardCallsOne() {
        assertNull(LinkSafety.scheme("foo):"), "')' cannot be in a scheme: a relative path");
        assertNull(LinkSafety.scheme("1http:x"), "a scheme starts with a letter");
        assertNull(LinkSafety.scheme("java script:x"));
        assertNull(LinkSafety.scheme(":x"));
        assertEquals("a+b-c.d", LinkSafety.scheme("a+b-c.d:x"));
        assertEquals("localhost", LinkSafety.scheme("localhost:5001/foo"));
        assertTrue(LinkSafety.isSafe("foo):"));
        assertFalse(LinkSafety.isSafe("made-up-scheme://foo,bar"));
        assertFalse(LinkSafety.isSafe("\u00a0javascript:x"), "stricter than browsers, which would read a path");
    }

    @Test
    void onlyWebMailPhoneAndRelativeAreSafe() {
        assertTrue(LinkSafety.isSafe("https://itu.int/"));
        assertTrue(LinkSafety.isSafe("mailto:x@y"));
        assertTrue(LinkSafety.isSafe("tel:+41227305111"));
        assertTrue(LinkSafety.isSafe("../proposals/"));
        assertFalse(LinkSafety.isSafe("data:text/html,x"));
        assertFalse(LinkSafety.isSafe("file:///etc/passwd"));
        assertFalse(LinkSafety.isSafe("vbscript:x"));
    }
}
