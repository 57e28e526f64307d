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
        out.println(".SH EXIT STATUS");
        out.println("0 success; 1 content errors; 2 usage errors; 3 failure to write output or an internal error.");
        out.println(".SH FILES");
        out.println("site.yml, content/COLLECTION/ID.md, templates/*.ftlh, templates/static/, site/ (output).");
        out.println(".SH SEE ALSO");
        out.println("README.md and docs/ in the briefkit repository.");
        out.flush();
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
