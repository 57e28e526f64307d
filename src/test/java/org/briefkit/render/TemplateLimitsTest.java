package org.briefkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.Test;

/** Hostile templates end with a clear error, never a hang or a crash. */
class TemplateLimitsTest {
    private static final String SITE = "-- content/pages/a.md --\n---\ntitle: A\n---\n";

    private static TestSite.Built withHome(String template) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> TestSite.of(SITE).put("templates/home.ftlh", template).build());
    }

    @Test
    void endlessLoopsAreStopped() {
        TestSite.Built b = withHome("<#list 1..2000000000 as i><#if i == -1>${i}</#if></#list>");
        assertEquals(List.of("templates/home.ftlh: error: rendering took longer than 20 s (endless loop?) (while rendering the home page)"),
                b.errors());
    }

    @Test
    void endlessRecursionIsAnError() {
        TestSite.Built b = withHome("<#macro m><@m/></#macro><@m/>");
        assertEquals(1, b.errors().size(), b.errors().toString());
        assertTrue(b.errors().get(0).contains("too deeply") || b.errors().get(0).contains("recursion"), b.errors().toString());
    }

    @Test
    void runawayOutputIsCut() {
        TestSite.Built b = withHome("<#list 1..100000000 as i>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</#list>");
        assertEquals(List.of("templates/home.ftlh: error: cannot render page: the page is larger than 20 MB (runaway template?) "
                + "(while rendering the home page)"), b.errors());
    }

    @Test
    void syntaxErrorsInUnusedTemplatesAreReported() {
        TestSite.Built b = TestSite.of(SITE).put("templates/partials/unused.ftlh", "<#if>").build();
        assertEquals(1, b.errors().size());
        assertTrue(b.errors().get(0).startsWith("templates/partials/unused.ftlh:1:"), b.errors().toString());
    }
}
