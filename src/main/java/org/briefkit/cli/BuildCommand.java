package org.briefkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.briefkit.build.BuildOptions;
import org.briefkit.build.BuildResult;
import org.briefkit.build.SiteBuilder;
import org.briefkit.config.SiteConfigParser;
import org.briefkit.source.ThemeSource;
import org.briefkit.write.DirectoryOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code briefkit build}: checks the site and writes it to the output folder. */
@Command(name = "build", description = "Check the site and write it to the output folder.", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--out", paramLabel = "DIR", description = "The output folder (default: site/ in the site folder). It is replaced as a whole.")
    Path out;

    @Option(names = "--zip", description = "Also write site.zip: the whole site to download and open offline.")
    boolean zip;

    @Option(names = "--base-url", paramLabel = "URL", description = "The URL the site is published at, instead of site.yml's baseUrl.")
    String baseUrl;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SiteLocation where = SiteLocation.resolve(spec.commandLine(), common.source, out);
        Console console = Main.console(spec, common);
        BuildOptions options = BuildOptions.defaults().withDrafts(common.drafts).withLenient(common.lenient).withZip(zip);
        if (baseUrl != null) {
            String url = SiteConfigParser.normaliseBaseUrl(baseUrl);
            if (url == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--base-url must be an absolute http(s) URL, not '" + baseUrl + "'");
            }
            options = options.withBaseUrl(url);
        }
        SiteBuilder builder = new SiteBuilder(where.fileSource(), ThemeSource.builtIn(), options, console.progress());
        DirectoryOutput output = DirectoryOutput.open(where.out);
        Thread interrupted = new Thread(() -> {
            // Ctrl-C or SIGTERM during the build: the temporary folder goes, the site stays.
            output.abort();
            console.error("build interrupted; " + where.displayOut() + " was left as it was");
        });
        Runtime.getRuntime().addShutdownHook(interrupted);
        BuildResult result;
        try {
            result = builder.build(output);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            } catch (IllegalStateException e) {
                // Stopping already: the hook cleans up.
            }
        }
        console.diagnostics(result.diagnostics());
        console.summary("Built", result, where.displayOut());
        return result.ok() ? Main.EXIT_OK : Main.EXIT_CONTENT;
    }
}
