package org.briefkit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedHostsTest {
    private final AllowedHosts hosts = new AllowedHosts(List.of("media.example.org"));

    @Test
    void urlsAreReadAsBrowsersReadThem() {
        assertEquals("t.example", hosts.outsideHost("https://t.example/x.gif"));
        assertEquals("t.example", hosts.outsideHost("//t.example/x.gif"));
        assertEquals("t.example", hosts.outsideHost("\u001fHTTPS:\\\\t.example/x.gif"));
        assertEquals("t.example", hosts.outsideHost("ht\ttps://t.example/"));
        assertEquals("t.example", hosts.outsideHost("https://u:p@T.example/"));
        // After a special scheme any number of slashes, or none, come before the host.
        assertEquals("t.example", hosts.outsideHost("https:///t.example/x.gif"));
        assertEquals("t.example", hosts.outsideHost("http:t.example/x.gif"));
        // Other schemes that name a host are still outside; ones that cannot be loaded are not.
        assertEquals("t.example", hosts.outsideHost("gopher://t.example/"));
        assertNull(hosts.outsideHost("data:image/png;base64,AA"));
        assertNull(hosts.outsideHost("media.example.org/x.png"));
        assertNull(hosts.outsideHost("https://media.example.org/x.png"));
    }

    @Test
    void aSpecialUrlWithNoHostLoadsNothing() {
        // A print stylesheet's a[href^="https://"] names no host: URL parsing fails on it.
        assertNull(hosts.outsideHost("https://"));
        assertNull(hosts.outsideHost("http://"));
        assertNull(hosts.outsideHost("https:///"));
        assertNull(hosts.outsideHost("https://@/"));
    }
}
