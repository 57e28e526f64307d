package org.briefkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The publishing workflow, read as a maintainer reads it (docs/editing.md, "Publishing on GitHub
 * Pages"): a push of content alone is checked, built with {@code --zip} and deployed without the
 * test suite; a code change and a pull request run the tests; a deploy on the default branch is
 * never cancelled; values reach scripts through {@code env:}. The change detection's script is run
 * in a real git repository.
 */
class WorkflowTest {
    private static final Path FILE = Path.of(".github/workflows/site.yml");
    private static Map<String, Object> workflow;
    private static Map<String, Object> jobs;

    @TempDir
    Path tmp;

    @BeforeAll
    static void read() throws IOException {
        workflow = new Yaml().load(Files.readString(FILE));
        jobs = map(workflow.get("jobs"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, "a mapping: " + o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(String job) {
        return (List<Map<String, Object>>) map(jobs.get(job)).get("steps");
    }

    private static List<String> needs(String job) {
        Object n = map(jobs.get(job)).get("needs");
        return n instanceof String s ? List.of(s) : n == null ? List.of() : ((List<?>) n).stream().map(String::valueOf).toList();
    }

    private static String condition(String job) {
        return String.valueOf(map(jobs.get(job)).get("if")).replaceAll("\\s+", " ");
    }

    private static List<String> runs(String job) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> s : steps(job)) {
            if (s.get("run") != null) {
                out.add((String) s.get("run"));
            }
        }
        return out;
    }

    @Test
    void runsOnPushesAndPullRequests() {
        // YAML 1.1 reads the key "on" as true.
        Map<String, Object> on = map(workflow.containsKey("on") ? workflow.get("on") : workflow.get(true));
        assertTrue(on.containsKey("push") && on.containsKey("pull_request"), on.toString());
    }

    @Test
    void aRunOnTheDefaultBranchIsNeverCancelled() {
        Object cancel = map(workflow.get("concurrency")).get("cancel-in-progress");
        assertFalse(Boolean.TRUE.equals(cancel), "cancel-in-progress: true would cut a deploy off");
        if (cancel instanceof String expr) {
            assertEquals("${{ github.ref != format('refs/heads/{0}', github.event.repository.default_branch) }}", expr.trim(),
                    "cancelled only off the default branch");
        }
    }

    @Test
    void theSiteIsCheckedAndBuiltWithTheJarAndBuildCacheRestoredAndNoTests() {
        List<Map<String, Object>> steps = steps("site");
        Map<String, Object> jar = steps.stream().filter(s -> "jar".equals(s.get("id"))).findFirst().orElseThrow();
        assertTrue(String.valueOf(jar.get("uses")).startsWith("actions/cache@"), jar.toString());
        String key = String.valueOf(map(jar.get("with")).get("key"));
        assertTrue(key.contains("hashFiles(") && key.contains("'pom.xml'") && key.contains("'src/"), "keyed on pom.xml and src/: " + key);
        assertTrue(String.valueOf(map(jar.get("with")).get("path")).contains("target/briefkit.jar"));
        Map<String, Object> build = steps.stream().filter(s -> String.valueOf(s.get("run")).contains("mvnw")).findFirst().orElseThrow();
        assertEquals("steps.jar.outputs.cache-hit != 'true'", build.get("if"), "the jar is built only on a cache miss");
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/cache@")
                && String.valueOf(map(s.get("with")).get("path")).contains(".briefkit-cache")), "the build cache is restored");
        String scripts = String.join("\n", runs("site"));
        assertTrue(scripts.contains("briefkit.jar check"), scripts);
        assertTrue(scripts.contains("briefkit.jar build --zip"), scripts);
        assertTrue(scripts.contains("-DskipTests") && !scripts.matches("(?s).*mvnw[^\\n]*(verify|\\btest\\b).*"),
                "the site job runs no tests: " + scripts);
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact@")));
    }

    @Test
    void testsRunOnPullRequestsAndCodeChangesAndGateTheDeploy() {
        assertEquals(List.of("changes"), needs("tests"));
        assertEquals("github.event_name != 'push' || needs.changes.outputs.code == 'true'", condition("tests"));
        assertTrue(String.join("\n", runs("tests")).contains(".ci/run"), "the tests job runs README's test command");
        assertTrue(needs("deploy").containsAll(List.of("changes", "site", "tests")), needs("deploy").toString());
        String deploy = condition("deploy");
        for (String part : List.of("always()", "needs.changes.result == 'success'", "needs.site.result == 'success'",
                "(needs.tests.result == 'success' || needs.tests.result == 'skipped')", "github.event_name == 'push'",
                "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)")) {
            assertTrue(deploy.contains(part), "deploy's condition has " + part + ": " + deploy);
        }
        assertTrue(steps("deploy").stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/deploy-pages@")));
        assertEquals("write", map(map(jobs.get("deploy")).get("permissions")).get("pages"));
    }

    @Test
    void scriptsTakeValuesFromEnvNeverPastedIn() {
        for (String job : jobs.keySet()) {
            for (String script : runs(job)) {
                assertFalse(script.contains("${{"), job + ": an expression pasted into a script: " + script);
            }
        }
    }

    /** The change detection, run in a git repository: content alone is "false", anything else "true". */
    @Test
    void aPushOfContentAloneIsToldApartFromACodeChange() throws Exception {
        Map<String, Object> step = steps("changes").stream().filter(s -> "diff".equals(s.get("id"))).findFirst().orElseThrow();
        String script = (String) step.get("run");
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("content/notes"));
        git(repo, "init", "-q");
        Files.writeString(repo.resolve("content/notes/a.md"), "a\n");
        Files.writeString(repo.resolve("pom.xml"), "<project/>\n");
        String first = commit(repo);
        Files.writeString(repo.resolve("content/notes/a.md"), "b\n");
        Files.writeString(repo.resolve("site.yml"), "title: T\n");
        String content = commit(repo);
        Files.createDirectories(repo.resolve("src"));
        Files.writeString(repo.resolve("src/X.java"), "class X {}\n");
        Files.writeString(repo.resolve("content/notes/a.md"), "c\n");
        String code = commit(repo);
        assertEquals("false", detect(repo, script, "push", first, content), "content/ and site.yml only");
        assertEquals("true", detect(repo, script, "push", content, code), "src/ changed");
        assertEquals("true", detect(repo, script, "pull_request", first, content), "pull requests always run the tests");
        assertEquals("true", detect(repo, script, "push", "0000000000000000000000000000000000000000", content), "a new branch");
    }

    private String detect(Path repo, String script, String event, String before, String after) throws Exception {
        Path output = Files.createTempFile(tmp, "github-output", ".txt");
        Path file = tmp.resolve("detect.sh");
        Files.writeString(file, script);
        ProcessBuilder pb = new ProcessBuilder("bash", "-e", file.toString()).directory(repo.toFile()).redirectErrorStream(true);
        pb.environment().putAll(Map.of("EVENT", event, "BEFORE", before, "AFTER", after, "GITHUB_OUTPUT", output.toString()));
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log);
        String line = Files.readString(output).trim();
        assertTrue(line.startsWith("code="), line);
        return line.substring("code=".length());
    }

    private static String commit(Path repo) throws Exception {
        git(repo, "add", "-A");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "c");
        return git(repo, "rev-parse", "HEAD").trim();
    }

    private static String git(Path repo, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertNotNull(out);
        return out;
    }
}
