package org.briefkit.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events that tell open pages to reload after a rebuild. Each browser tab keeps one
 * connection to {@value #EVENTS}; the script at {@value #SCRIPT} (injected into pages only by the
 * preview server, never into a built site) listens and reloads. Thread-safe.
 */
final class LiveReload {
    static final String EVENTS = "/_briefkit/events";
    static final String SCRIPT = "/_briefkit/reload.js";
    static final String SCRIPT_BODY = """
            // briefkit preview: reload this page when the site is rebuilt.
            (function () {
              var source = new EventSource('/_briefkit/events');
              source.addEventListener('reload', function () { location.reload(); });
            })();
            """;

    private final CopyOnWriteArrayList<OutputStream> clients = new CopyOnWriteArrayList<>();

    /** Holds an event-stream response open; the exchange is kept until the client goes away. */
    void connect(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        clients.add(out);
    }

    /** Tells every open page to reload. */
    void reload(long build) {
        send("event: reload\ndata: " + build + "\n\n");
    }

    /** A comment line that keeps idle connections open through proxies. */
    void heartbeat() {
        send(": keep-alive\n\n");
    }

    int clients() {
        return clients.size();
    }

    private void send(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : clients) {
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                clients.remove(out);
                try {
                    out.close();
                } catch (IOException ignored) {
                    // the client is gone already
                }
            }
        }
    }

    void closeAll() {
        for (OutputStream out : clients) {
            try {
                out.close();
            } catch (IOException ignored) {
                // shutting down
            }
        }
        clients.clear();
    }
}
