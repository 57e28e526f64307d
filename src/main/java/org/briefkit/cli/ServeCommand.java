package org.briefkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.briefkit.build.BuildOptions;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.DiagnosticFormatter;
import org.briefkit.serve.PreviewServer;
import org.briefkit.serve.Watcher;
import org.briefkit.source.ThemeSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code briefkit serve}: a live preview that rebuilds on every save and reloads the browser. */
@Command(name = "serve", description = "Preview the site on this computer; rebuild and reload the browser on every save.",
        mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 1313;

    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "N", description = "Port (default: 1313, or the next free one).")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: 127.0.0.1, this computer only).")
    String bind = "127.0.0.1";

    @Option(names = "--allow-host", paramLabel = "NAME", description = "Also answer requests for this host name "
            + "(the preview answers only localhost and this computer's addresses; repeat for more names).")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--open", description = "Open the preview in the browser once it is ready.")
    boolean open;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SiteLocation where = SiteLocation.resolveSource(spec.commandLine(), common.source);
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind: unknown address '" + bind + "'");
        }
        if (port != null && (port < 1 || port > 65535)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 1 and 65535");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!address.isLoopbackAddress()) {
            err.println("warning: serving on " + bind + ": anyone on that network can open the preview, unpublished text "
                    + (common.drafts ? "and drafts " : "") + "included; use the default (127.0.0.1) to keep it on this computer");
        }
        for (String name : allowHosts) {
            if (!name.matches("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+]")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--allow-host: '" + name
                        + "' is not a host name (write it without http:// and port, like preview.example)");
            }
        }
        BuildOptions options = BuildOptions.defaults().withDrafts(common.drafts).withLenient(common.lenient);
        PreviewServer server;
        try {
            server = PreviewServer.start(where.fileSource(), ThemeSource.builtIn(), options, address,
                    port == null ? DEFAULT_PORT : port, port == null, allowHosts);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), Ports.problem(address, port == null ? DEFAULT_PORT : port,
                    port == null, e, where.source));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        if (!Signals.onStop(stopped::countDown)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        }
        report(server.rebuild(Set.of()), "Built", Set.of(), out, err);
        out.println("Serving " + where.source + " at " + server.url() + " (Ctrl-C to stop)");
        out.flush();
        Watcher watcher = new Watcher(where.source, changed -> report(server.rebuild(changed), "Rebuilt", changed, out, err));
        if (open) {
            Browser.open(server.url(), err);
        }
        try {
            stopped.await();
        } finally {
            watcher.close();
            server.close();
        }
        out.println("Stopped.");
        out.flush();
        return Main.EXIT_OK;
    }

    private void report(PreviewServer.Rebuild r, String verb, Set<String> changed, PrintWriter out, PrintWriter err) {
        if (common.verbose) {
            err.println(Console.stages(r.result()));
            err.flush();
        }
        if (!r.result().ok()) {
            for (Diagnostic d : r.result().diagnostics()) {
                if (d.isError() || !common.quiet) {
                    err.println(DiagnosticFormatter.format(d));
                }
            }
            err.println((verb.equals("Built") ? "Build failed" : "Rebuild failed") + ": "
                    + DiagnosticFormatter.summary(r.result().diagnostics()) + "; the browser shows the errors, and the last good site is still served");
            err.flush();
            return;
        }
        if (!common.quiet) {
            String what = changed.isEmpty() ? "" : " after " + (changed.size() == 1 ? changed.iterator().next() : changed.size() + " changes");
            out.println(String.format(Locale.ROOT, "%s%s in %d ms: %d of %d pages rendered", verb, what, r.millis(), r.rendered(),
                    r.result().pages()));
            out.flush();
        }
    }
}
