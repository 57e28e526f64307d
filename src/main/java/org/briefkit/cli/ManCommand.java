package org.briefkit.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Spec;

/**
 * {@code briefkit man}: the manual page (roff), made from the same command model as {@code --help}
 * so the two never disagree. Install: {@code briefkit man > ~/.local/share/man/man1/briefkit.1}.
 */
@Command(name = "man", description = "Print the manual page (roff); save it as briefkit.1 in a man1 folder.",
        mixinStandardHelpOptions = true)
final class ManCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        CommandSpec root = spec.root();
        out.println(".TH BRIEFKIT 1 \"\" \"" + esc(root.version().length > 0 ? root.version()[0] : "briefkit") + "\" \"User Commands\"");
        out.println(".SH NAME");
        out.println("briefkit \\- " + esc(String.join(" ", root.usageMessage().description())));
        out.println(".SH SYNOPSIS");
        out.println(".B briefkit");
        out.println("\\fICOMMAND\\fR [\\fIOPTIONS\\fR]");
        out.println(".SH DESCRIPTION");
        out.println("briefkit turns a folder of Markdown files with YAML front matter (content/, site.yml, templates/) into a "
                + "checked, cross-linked static briefing site. Every mistake is reported as file:line:col with a hint.");
        out.println(".SH COMMANDS");
        for (CommandLine sub : root.subcommands().values()) {
            CommandSpec s = sub.getCommandSpec();
            if (s.name().equals("help")) {
                continue;
            }
            out.println(".SS \"briefkit " + s.name() + positionals(s) + "\"");
            out.println(esc(String.join(" ", s.usageMessage().description())));
            for (OptionSpec o : s.options()) {
                if (o.hidden() || o.longestName().equals("--help") || o.longestName().equals("--version")) {
                    continue;
                }
                out.println(".TP");
                out.println("\\fB" + esc(String.join(", ", o.names())) + "\\fR" + (o.paramLabel().isEmpty() || o.arity().max() == 0
                        ? "" : " \\fI" + esc(o.paramLabel()) + "\\fR"));
                out.println(esc(String.join(" ", o.description())));
            }
        }
        section(out, "EXIT STATUS", EXIT_STATUS);
        section(out, "ENVIRONMENT", ENVIRONMENT);
        section(out, "EXAMPLES", EXAMPLES);
        out.println(".SH FILES");
        out.println("site.yml, content/COLLECTION/ID.md, templates/*.ftlh, templates/static/, site/ (output).");
        out.println(".SH SEE ALSO");
        out.println("README.md and docs/ in the briefkit repository; docs/editing.md lists common mistakes and what briefkit says.");
        out.flush();
    }

    private static final String[][] EXIT_STATUS = {
            {"0", "Success."},
            {"1", "The content has errors (each printed as file:line:col with a hint); nothing was published."},
            {"2", "A usage error (a bad option, a folder that is not a site) or a failure of the file system: a folder that is a"
                    + " file, no permission, a read-only or full disk, a path too long. The message names the path and what to do."},
            {"3", "An internal error: a bug in briefkit. Run again with --verbose and report it."},
            {"130, 143", "Stopped by Ctrl-C or SIGTERM during a build (the previous site is left as it was). serve ends with 0."}};

    private static final String[][] ENVIRONMENT = {
            {"BRIEFKIT_HEAP", "The heap for build and check (e.g. 2g), instead of the estimate from the size of content/."},
            {"BRIEFKIT_NO_RELAUNCH", "When set, java -jar briefkit.jar runs in one JVM instead of starting a second, tuned one."},
            {"BRIEFKIT_JAR", "The jar the briefkit command runs, instead of the installed one."},
            {"JAVA_HOME", "The Java the briefkit command runs with (else java on the PATH)."},
            {"LC_ALL, LANG", "Under the C or POSIX locale briefkit runs with C.UTF-8, so that file names beyond ASCII can be read."},
            {"CI", "When set, no progress line is drawn."}};

    private static final String[][] EXAMPLES = {
            {"briefkit init my-toolkit", "Start a new toolkit site with an example entry per collection."},
            {"briefkit serve --open", "Preview the site in the browser; it reloads on every save. Ctrl-C stops it."},
            {"briefkit new talking-points tp-my-point --title \"Reject the proposal\"", "A new talking point, as a draft,"
                    + " with every field explained."},
            {"briefkit check", "Report every mistake of the site at once, writing nothing."},
            {"briefkit build --zip", "Build the site into site/, with site.zip to read offline."},
            {"briefkit check --format github", "In a GitHub workflow: mistakes as annotations on the lines of a pull request."}};

    /** A section of terms, each in bold, with its explanation. */
    private static void section(PrintWriter out, String title, String[][] terms) {
        out.println(".SH " + title);
        for (String[] term : terms) {
            out.println(".TP");
            out.println("\\fB" + esc(term[0]) + "\\fR");
            out.println(esc(term[1]));
        }
    }

    private static String positionals(CommandSpec s) {
        StringBuilder sb = new StringBuilder();
        List<PositionalParamSpec> ps = s.positionalParameters();
        for (PositionalParamSpec p : ps) {
            sb.append(' ').append(p.paramLabel());
        }
        return sb.toString();
    }

    private static String esc(String s) {
        String t = s.replace("\\", "\\\\").replace("-", "\\-");
        return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
    }
}
