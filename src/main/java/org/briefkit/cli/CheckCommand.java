package org.briefkit.cli;

import java.util.concurrent.Callable;
import org.briefkit.build.BuildOptions;
import org.briefkit.build.BuildResult;
import org.briefkit.build.SiteBuilder;
import org.briefkit.source.ThemeSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code briefkit check}: everything a build does (templates included), without writing anything. */
@Command(name = "check", description = "Check the site (content, references, templates) without writing anything.",
        mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SiteLocation where = SiteLocation.resolveSource(spec.commandLine(), common.source);
        Console console = Main.console(spec, common);
        BuildOptions options = BuildOptions.defaults().withDrafts(common.drafts).withLenient(common.lenient);
        BuildResult result = new SiteBuilder(where.fileSource(), ThemeSource.builtIn(), options, console.progress()).build(null);
        console.diagnostics(result.diagnostics());
        console.summary("Checked", result, "");
        return result.ok() ? Main.EXIT_OK : Main.EXIT_CONTENT;
    }
}
