package org.briefkit.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.briefkit.build.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code briefkit} command. The only place that prints and picks exit codes: 0 success,
 * 1 content errors, 2 usage errors and failures of the file system ({@link FileSystemFailure}),
 * 3 internal failure (a bug). Everything printed goes through a {@link TerminalWriter}, so text
 * from files never reaches the terminal with its control characters.
 */
@Command(name = "briefkit", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Builds checked, cross-linked briefing sites from Markdown and YAML.")
public final class Main implements Runnable {
    static final int EXIT_OK = 0;
    static final int EXIT_CONTENT = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_INTERNAL = 3;
    /** Only between the {@link Launcher} and its second JVM: out of the estimated heap, run again. */
    static final int EXIT_OUT_OF_MEMORY = 4;
    /** Set by the {@link Launcher} when it chose the heap limit from the size of the content. */
    static final String HEAP_ESTIMATED = "briefkit.heapEstimated";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        QuietOutOfMemory.install();
        try {
            return execute(args, TerminalWriter.of(out), TerminalWriter.of(err));
        } catch (Error e) {
            // After running out of memory anywhere, other errors follow (classes that could not be
            // initialised): report the cause.
            if (!(e instanceof OutOfMemoryError) && !QuietOutOfMemory.happened) {
                throw e;
            }
            // Here the command and everything it built are unreachable, and the reserve is let go,
            // so there is memory to say so (threads of a parallel stream may still hold theirs).
            QuietOutOfMemory.happened = true;
            reserve = null;
            if (Arrays.asList(args).contains("-v") || Arrays.asList(args).contains("--verbose")) {
                e.printStackTrace(err);
            }
            try {
                return outOfMemory(err, args);
            } catch (OutOfMemoryError again) {
                System.err.println(OUT_OF_MEMORY);
                return EXIT_INTERNAL;
            }
        }
    }

    /** Memory held so that running out of it can still be reported. */
    @SuppressWarnings("unused")
    private static byte[] reserve = new byte[(int) Math.min(8 << 20, Runtime.getRuntime().maxMemory() / 64)];
    private static final String OUT_OF_MEMORY = "error: briefkit ran out of memory; give Java more, for example: java -Xmx4g -jar briefkit.jar ...";

    /**
     * Out of memory on a worker thread is not printed: the build's own thread gets it too and says it
     * once. Nor is what other threads fail with after it (classes that could not be initialised).
     */
    private static final class QuietOutOfMemory {
        static volatile boolean happened;

        static {
            Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
            Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
                // A class whose initialisation ran out of memory fails on every later use.
                boolean afterOutOfMemory = e instanceof NoClassDefFoundError && String.valueOf(e.getMessage()).startsWith("Could not initialize");
                if (e instanceof OutOfMemoryError || afterOutOfMemory || happened) {
                    happened = true;
                    return;
                }
                if (previous != null) {
                    previous.uncaughtException(thread, e);
                } else {
                    System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                    e.printStackTrace();
                }
            });
        }

        /** Installs the handler (once: the class initialiser does it). */
        static void install() {
        }
    }

    /** The subcommands by name, in the order the help lists them. */
    private static final List<Map.Entry<String, Supplier<Object>>> SUBCOMMANDS = List.of(Map.entry("build", BuildCommand::new),
            Map.entry("check", CheckCommand::new), Map.entry("serve", ServeCommand::new), Map.entry("new", NewCommand::new),
            Map.entry("init", InitCommand::new),
            Map.entry("completion", CompletionCommand::new), Map.entry("man", ManCommand::new),
            Map.entry("help", CommandLine.HelpCommand::new));
    /** Subcommands that read no other's model: run alone, only theirs is made. */
    private static final Set<String> STAND_ALONE = Set.of("build", "check", "serve", "new", "init");

    /**
     * The command line with its subcommands. picocli builds each one's model from its annotations
     * when it is added, ~25 ms of start-up each; a run of a stand-alone subcommand gets only that one
     * (help, completion, the man page, a mistyped name and no subcommand get them all).
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cmd = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        for (Map.Entry<String, Supplier<Object>> sub : SUBCOMMANDS) {
            if (!STAND_ALONE.contains(first) || sub.getKey().equals(first)) {
                cmd.addSubcommand(sub.getKey(), sub.getValue().get());
            }
        }
        return cmd;
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err) {
        System.setProperty("org.freemarker.loggerLibrary", "none");
        CommandLine cmd = commandLine(args);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setOut(out);
        cmd.setErr(err);
        // Colours would be escape sequences, which the terminal writers show instead of sending.
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cmd.registerConverter(Path.class, Main::path);
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Out of memory, wrapped or after another thread ran out: run() reports it, once the build is unreachable.
            if (QuietOutOfMemory.happened) {
                throw new OutOfMemoryError();
            }
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof OutOfMemoryError oom) {
                    throw oom;
                }
            }
            boolean verbose = parseResult.hasMatchedOption("--verbose") || deepMatched(parseResult, "--verbose");
            PrintWriter w = commandLine.getErr();
            int code = EXIT_INTERNAL;
            if (FileSystemFailure.find(e) != null) {
                w.println("error: " + FileSystemFailure.describe(e));
                code = EXIT_USAGE;
            } else {
                w.println("internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
                w.println("This is a bug in briefkit; please report it with the command you ran.");
            }
            if (verbose) {
                e.printStackTrace(w);
            }
            w.flush();
            return code;
        });
        cmd.setParameterExceptionHandler((e, args2) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("error: " + e.getMessage());
            if (!(e instanceof CommandLine.ParameterException) || e.getMessage().startsWith("Unknown")
                    || e.getMessage().startsWith("Missing") || e.getMessage().contains("option")) {
                c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            }
            c.getErr().flush();
            return EXIT_USAGE;
        });
        return cmd.execute(args);
    }

    /** Out of memory: the launcher runs again with more, or the user hears how to give more. */
    private static int outOfMemory(PrintWriter err, String[] args) {
        if (Boolean.getBoolean(HEAP_ESTIMATED)) {
            return EXIT_OUT_OF_MEMORY;
        }
        err.println("error: briefkit ran out of memory: this site needs more than the " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB of heap Java allows it.");
        err.println("Give it more, for example: java -Xmx4g -jar briefkit.jar " + String.join(" ", args));
        err.flush();
        return EXIT_INTERNAL;
    }

    /** A path given on the command line; one this JVM cannot name is a usage error that says why. */
    private static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + name + "' cannot be read as a path here"
                    + (Locales.ascii() ? ": this system's locale reads names as ASCII; run briefkit with a UTF-8 locale,"
                    + " e.g. LC_ALL=C.UTF-8 (java -jar briefkit.jar does so itself)" : ""));
        }
    }

    private static boolean deepMatched(CommandLine.ParseResult r, String option) {
        CommandLine.ParseResult sub = r.subcommand();
        return sub != null && (sub.hasMatchedOption(option) || deepMatched(sub, option));
    }

    static Console console(CommandLine.Model.CommandSpec spec, CommonOptions common) {
        return new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), common.quiet, common.verbose, common.format);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: use 'briefkit build' or 'briefkit check'");
    }

    /** The version from the jar. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"briefkit " + Version.get()};
        }
    }
}
