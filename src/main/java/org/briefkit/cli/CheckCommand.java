package org.briefkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefkit.build.BuildOptions;
import org.briefkit.build.BuildResult;
import org.briefkit.build.DiskCache;
import org.briefkit.build.SiteBuilder;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.DiagnosticFormatter;
import org.briefkit.source.ThemeSource;
import org.briefkit.verify.LinkChecker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code briefkit check}: everything a build does (templates included), without writing anything. */
@Command(name = "check", description = "Check the site (content, references, templates) without writing anything.",
        mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--links", description = "Check the links and #fragments of a built site instead (see --site).")
    boolean links;

    @Option(names = "--translations", description = "Also report, per language, the pages not yet translated and the translations older than their original.")
    boolean translations;

    @Option(names = "--site", paramLabel = "DIR", description = "With --links: the built site folder (default: site/ in the site folder).")
    Path site;

    @Mixin
    CacheOptions cacheOptions;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (links) {
            return checkLinks();
        }
        SiteLocation where = SiteLocation.resolveSource(spec.commandLine(), common.source);
        Console console = Main.console(spec, common);
        BuildOptions options = BuildOptions.defaults().withDrafts(common.drafts).withLenient(common.lenient);
        BuildResult result;
        DiskCache cache = cacheOptions.open(spec.commandLine(), where.source);
        try (cache) {
            result = new SiteBuilder(where.fileSource(), ThemeSource.builtIn(), options, console.progress()).withDiskCache(cache)
                    .build(null);
        }
        // The cache's note comes last: it explains the run's time, not its findings.
        if (translations) {
            int code = TranslationReport.print(result, console, spec.commandLine().getOut(), common);
            console.notes(cache);
            return code;
        }
        console.diagnostics(result.diagnostics());
        console.summary("Checked", result, "");
        console.notes(cache);
        return result.ok() ? Main.EXIT_OK : Main.EXIT_CONTENT;
    }

    private int checkLinks() throws IOException {
        Path folder = (site != null ? site : common.source.resolve("site")).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no built site at " + folder
                    + " (build it first, or name it with --site DIR)");
        }
        Path cwd = Path.of("").toAbsolutePath();
        String display = folder.startsWith(cwd) && !folder.equals(cwd) ? cwd.relativize(folder) + "/" : folder + "/";
        List<Diagnostic> problems = LinkChecker.check(folder, display);
        Console console = Main.console(spec, common);
        console.diagnostics(problems);
        if (problems.isEmpty()) {
            if (!common.quiet && common.format != CommonOptions.Format.JSON) {
                spec.commandLine().getOut().println("Checked the links of " + display + ": no broken links or fragments");
            }
            return Main.EXIT_OK;
        }
        if (common.format != CommonOptions.Format.JSON) {
            spec.commandLine().getErr().println("Link check failed: " + DiagnosticFormatter.plural(problems.size(), "problem"));
        }
        return Main.EXIT_CONTENT;
    }
}
