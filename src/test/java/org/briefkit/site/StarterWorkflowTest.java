package org.briefkit.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The workflow {@code briefkit init} gives a new site holds to the rules of the repository's own
 * ({@link WorkflowTest}): a deploy on the default branch is never cancelled, values reach scripts
 * through {@code env:}, the build cache is restored and the site is published with its zip.
 */
class StarterWorkflowTest {
    private static final Path FILE = Path.of("src/main/resources/org/briefkit/starter/github/workflows/site.yml");

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps() throws IOException {
        Map<String, Object> workflow = new Yaml().load(Files.readString(FILE));
        return (List<Map<String, Object>>) WorkflowTest.map(WorkflowTest.map(workflow.get("jobs")).get("build")).get("steps");
    }

    @Test
    void aRunOnTheDefaultBranchIsNeverCancelled() throws IOException {
        Map<String, Object> workflow = new Yaml().load(Files.readString(FILE));
        Object cancel = WorkflowTest.map(workflow.get("concurrency")).get("cancel-in-progress");
        assertFalse(Boolean.TRUE.equals(cancel), "cancel-in-progress: true would cut a deploy off");
        assertTrue(String.valueOf(cancel).contains("default_branch"), String.valueOf(cancel));
    }

    @Test
    void scriptsTakeValuesFromEnvAndBuildWithTheZipAndTheCache() throws IOException {
        List<Map<String, Object>> steps = steps();
        for (Map<String, Object> s : steps) {
            assertFalse(String.valueOf(s.get("run")).contains("${{"), "an expression pasted into a script: " + s);
        }
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("run")).contains("build --zip")), steps.toString());
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/cache@")
                && String.valueOf(WorkflowTest.map(s.get("with")).get("path")).contains(".briefkit-cache")), "the build cache is restored");
    }
}
