package org.briefkit.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why the preview could not listen, and the way forward: the next free port, as a command to run.
 * Stateless and thread-safe.
 */
final class Ports {
    /** How far past the wanted port to look for a free one. */
    static final int SEARCH = 200;

    private Ports() {
    }

    /**
     * The message for a preview that could not listen on {@code port} ({@code triedNext}: nor on the
     * ports after it), e.g. "port 8080 is in use; the next free one is 8081: briefkit serve --port 8081".
     */
    static String problem(InetAddress address, int port, boolean triedNext, IOException e, Path site) {
        String cause = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()).toLowerCase(Locale.ROOT);
        String what = cause.contains("permission denied") || cause.contains("access")
                ? "port " + port + " cannot be used: permission denied (ports below 1024 need administrator rights)"
                : triedNext ? "ports " + port + " to " + (port + 20) + " are in use" : "port " + port + " is in use";
        int free = nextFree(address, port);
        if (free == 0) {
            return what + "; choose another with --port N";
        }
        return what + "; the next free one is " + free + ": " + Invocation.command("serve --port " + free, site);
    }

    /** The first port after {@code port} that can be listened on, or 0 when none of the next {@value #SEARCH} can. */
    static int nextFree(InetAddress address, int port) {
        for (int p = Math.max(port + 1, 1024); p <= Math.min(65535, port + SEARCH); p++) {
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress(address, p));
                return p;
            } catch (IOException e) {
                // taken: try the next
            }
        }
        return 0;
    }
}
