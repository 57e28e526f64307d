package org.briefkit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every site command takes. */
final class CommonOptions {
    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--drafts", description = "Include entries marked 'draft: true'.")
    boolean drafts;

    @Option(names = "--lenient", description = "Publish mistakes that have a safe fallback, each as a warning: broken references as plain text, "
            + "images from other hosts as links, translations without an original left out, a title two entries share "
            + "to the first by path.")
    boolean lenient;

    @Option(names = {"-v", "--verbose"}, description = "Print stage timings, the slowest templates, and stack traces of internal errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
    boolean quiet;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "How to print problems: text (default), json (one document on standard output, for tools) "
                    + "or github (workflow annotations on the offending lines of a pull request).")
    Format format = Format.TEXT;

    /** Output formats for diagnostics. */
    enum Format {
        TEXT, JSON, GITHUB
    }
}
