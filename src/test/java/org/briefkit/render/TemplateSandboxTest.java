package org.briefkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.TemplateModelException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefkit.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Untrusted templates (a theme from a pull request) cannot escape the sandbox. */
class TemplateSandboxTest {
    private static TestSite.Built withHome(String template) {
        return TestSite.onePage().put("templates/home.ftlh", template).build();
    }

    @Test
    void newOfExecuteIsRefused(@TempDir Path tmp) {
        Path marker = tmp.resolve("pwned");
        TestSite.Built b = withHome("<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker + "\")}");
        assertFalse(b.ok());
        assertFalse(Files.exists(marker));
        assertTrue(b.errors().get(0).startsWith("templates/home.ftlh:1:"), b.errors().toString());
        assertTrue(b.errors().get(0).contains("Execute"), b.errors().toString());
    }

    @Test
    void newOfObjectConstructorIsRefused() {
        TestSite.Built b = withHome("<#assign oc = \"freemarker.template.utility.ObjectConstructor\"?new()>${oc(\"File\", \"/\")}");
        assertFalse(b.ok());
    }

    @Test
    void apiBuiltInIsDisabled() {
        TestSite.Built b = withHome("${site.title?api.getClass()}");
        assertFalse(b.ok());
        assertTrue(b.errors().get(0).contains("api"), b.errors().toString());
    }

    @Test
    void templatesCannotIncludeFilesOutsideTheTemplateFolders() {
        TestSite.Built b = withHome("<#include \"../../../../../etc/passwd\">");
        assertFalse(b.ok());
        TestSite.Built c = withHome("<#include \"/../site.yml\">");
        assertFalse(c.ok());
        assertFalse(String.valueOf(c.text("index.html")).contains("title: T"));
    }

    @Test
    void contentIsEscapedByDefault() {
        TestSite.Built b = TestSite.onePage().put("content/pages/b.md", "---\ntitle: \"<img src=x onerror=alert(1)>\"\n---\n").build();
        assertTrue(b.ok());
        String html = b.text("pages/b/index.html");
        assertFalse(html.contains("<img src=x"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    @Test
    void templateErrorsNameTheTemplateLineAndPage() {
        TestSite.Built b = TestSite.onePage().put("templates/entry.ftlh", "<p>\n${entry.nope}\n</p>").build();
        assertEquals(List.of("templates/entry.ftlh:2:3: error: 'entry.nope' is missing: no such variable or field, or its value is empty"
                + " (while rendering content/pages/a.md)"), b.errors());
    }

    @Test
    void templateSyntaxErrorsArePositioned() {
        TestSite.Built b = TestSite.onePage().put("templates/list.ftlh", "<#if x>\n<p>unclosed\n").build();
        assertEquals(1, b.errors().size(), b.errors().toString());
        assertTrue(b.errors().get(0).startsWith("templates/list.ftlh:"), b.errors().toString());
        assertTrue(b.errors().get(0).contains("template syntax"), b.errors().toString());
    }

    @Test
    void oneBrokenTemplateIsReportedOnceForAllPages() {
        TestSite.Built b = TestSite.onePage().put("content/pages/b.md", "---\ntitle: B\n---\n")
                .put("content/pages/c.md", "---\ntitle: C\n---\n")
                .put("templates/entry.ftlh", "${entry.nope}").build();
        assertEquals(1, b.errors().size());
        assertTrue(b.errors().get(0).endsWith("(while rendering content/pages/a.md and 2 more pages)"), b.errors().toString());
    }

    @Test
    void aValueTemplatesCannotUseIsRefusedWithoutItsJavaName() {
        TemplateModelException e = assertThrows(TemplateModelException.class, () -> SandboxWrapperHolder.WRAPPER.wrap(new Thread()));
        assertEquals("this value cannot be used in a template: templates get text, numbers, booleans, dates, lists, maps and entries",
                e.getMessage());
    }
}
