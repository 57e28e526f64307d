package org.briefkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Opens a page in the user's browser for {@code serve --open}, with the system's own opener:
 * {@code open} on macOS, {@code rundll32 url.dll,FileProtocolHandler} on Windows, {@code xdg-open} elsewhere. A machine
 * without one (a server, a container) gets a note with the address, never a failed command.
 * Stateless and thread-safe.
 */
final class Browser {
    private Browser() {
    }

    /** The command that opens {@code url} on this system. */
    static List<String> command(String url) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return List.of("open", url);
        }
        if (os.contains("windows")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", url);
        }
        return List.of("xdg-open", url);
    }

    /** Opens {@code url}; says so on {@code err} when it cannot. */
    static void open(String url, PrintWriter err) {
        List<String> cmd = command(url);
        try {
            new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            err.println("note: cannot open a browser here (no " + cmd.get(0) + "); open " + url + " yourself");
            err.flush();
        }
    }
}
