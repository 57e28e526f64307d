package org.briefkit.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.briefkit.cli.Main;

/** Runs the {@code briefkit} command line in this JVM with captured output, as tests need it. */
public final class Cli {
    private Cli() {
    }

    /** Exit code, standard output and standard error of one run. */
    public record Run(int code, String out, String err) {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
