package org.briefkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.briefkit.diag.Diagnostic;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.Test;

/** A template's unknown variable or field gets "did you mean" from what the template can see there. */
class TemplateHintsTest {
    private static Diagnostic onlyError(String template) {
        TestSite.Built b = TestSite.onePage().put("templates/home.ftlh", template).build();
        List<Diagnostic> errors = b.result().diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    @Test
    void aFieldOfAViewGetsTheClosestOfItsKeys() {
        Diagnostic d = onlyError("<#list site.collections as c>\n<#list c.entries as e>${e.titel}</#list>\n</#list>");
        assertEquals("templates/home.ftlh:2:25: error: 'e.titel' is missing: no such variable or field, or its value is empty;"
                + " did you mean 'e.title'? (while rendering the home page)", d.headline());
        assertEquals("e.title", d.suggestion());
        assertEquals("", d.hint(), "the suggestion is the way forward");
        assertEquals("<#list c.entries as e>${e.titel}</#list>", d.sourceLine(), "the template's own line is shown");
    }

    @Test
    void aVariableGetsTheClosestNameTheTemplateCanSee() {
        Diagnostic d = onlyError("<#assign heading = \"x\">${headng}");
        assertEquals("heading", d.suggestion());
        assertEquals("site", onlyError("${stie.title}").suggestion());
    }

    @Test
    void nothingCloseGivesTheUsualHint() {
        Diagnostic d = onlyError("${site.nothingLikeIt}");
        assertEquals("", d.suggestion());
        assertEquals("if the value may be missing, give a default (x!\"\") or test it first (<#if x??>)", d.hint());
    }

    @Test
    void aMissingTemplateIsNamedWithoutJavaObjects() {
        Diagnostic d = onlyError("<#import \"layuot.ftlh\" as layout>${site.title}");
        assertEquals("templates/home.ftlh:1:1: error: template 'layuot.ftlh' not found; did you mean 'layout.ftlh'?"
                + " (while rendering the home page)", d.headline());
        assertFalse(d.message().contains("@"), d.message());
        assertFalse(d.message().contains("org.briefkit"), d.message());
    }
}
