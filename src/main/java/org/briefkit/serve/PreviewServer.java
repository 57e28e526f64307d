package org.briefkit.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.briefkit.build.BuildCache;
import org.briefkit.build.BuildListener;
import org.briefkit.build.BuildOptions;
import org.briefkit.build.BuildResult;
import org.briefkit.build.SiteBuilder;
import org.briefkit.diag.Diagnostic;
import org.briefkit.source.SiteSource;

/**
 * The local preview: builds the site into memory, serves it over HTTP on loopback, rebuilds only
 * what an edit needs ({@link BuildCache}), and tells open pages to reload. While the last rebuild
 * failed, the last good site stays served with the errors laid over every page. Correct content
 * types, ETag and Last-Modified with conditional requests, and no path can leave the site. Only
 * requests for this computer are answered ({@link HostCheck}): others get 403. The reload script
 * and the overlay exist only here, never in a built site. Thread-safe.
 */
public final class PreviewServer implements AutoCloseable {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final SiteSource source;
    private final SiteSource theme;
    private final BuildOptions options;
    private final BuildCache cache = new BuildCache().lazyOutputs();
    private final LiveReload reload = new LiveReload();
    private final HttpServer http;
    private final HostCheck hosts;
    private final ExecutorService handlers = Executors.newFixedThreadPool(8, daemon("briefkit-http"));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("briefkit-heartbeat"));
    private final Object buildLock = new Object();
    private volatile List<Diagnostic> failure = List.of();
    private volatile Instant published = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private volatile long builds;
    private volatile BuildResult last;

    /** One completed (re)build: its result, how many pages it rendered, and how long it took. */
    public record Rebuild(BuildResult result, int rendered, long millis) {
    }

    private PreviewServer(SiteSource source, SiteSource theme, BuildOptions options, HttpServer http, List<String> allowHosts) {
        this.source = source;
        this.theme = theme;
        this.options = options;
        this.http = http;
        this.hosts = new HostCheck(http.getAddress().getAddress(), http.getAddress().getPort(), allowHosts);
        http.setExecutor(handlers);
        http.createContext("/", this::handle);
    }

    /**
     * Starts on {@code bind}:{@code port}. With {@code tryNext}, a busy port is skipped for the next
     * free one (up to 20 further); otherwise a busy port is an error.
     */
    public static PreviewServer start(SiteSource source, SiteSource theme, BuildOptions options, InetAddress bind,
                                      int port, boolean tryNext) throws IOException {
        return start(source, theme, options, bind, port, tryNext, List.of());
    }

    /** As above; requests may also name the hosts {@code allowHosts} (besides localhost and this computer's addresses). */
    public static PreviewServer start(SiteSource source, SiteSource theme, BuildOptions options, InetAddress bind,
                                      int port, boolean tryNext, List<String> allowHosts) throws IOException {
        IOException lastError = null;
        for (int p = port; p <= port + (tryNext ? 20 : 0); p++) {
            try {
                HttpServer http = HttpServer.create(new InetSocketAddress(bind, p), 64);
                PreviewServer server = new PreviewServer(source, theme, options, http, allowHosts);
                server.http.start();
                server.timers.scheduleAtFixedRate(server.reload::heartbeat, 15, 15, TimeUnit.SECONDS);
                return server;
            } catch (BindException e) {
                lastError = e;
            }
        }
        throw new IOException("port " + port + (tryNext ? " and the next 20 are" : " is") + " in use", lastError);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String url() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/";
    }

    /** Builds after {@code changed} files (empty: everything, as at start); reloads open pages. */
    public Rebuild rebuild(Collection<String> changed) {
        synchronized (buildLock) {
            long t0 = System.nanoTime();
            if (changed.isEmpty()) {
                cache.invalidateAll();
            } else {
                cache.changed(changed);
            }
            SiteBuilder builder = new SiteBuilder(source, theme, options, BuildListener.NONE, cache);
            BuildResult result = builder.build(null);
            last = result;
            failure = result.ok() ? List.of() : result.diagnostics();
            if (result.ok()) {
                published = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            }
            builds++;
            long millis = (System.nanoTime() - t0) / 1_000_000;
            reload.reload(builds);
            return new Rebuild(result, builder.renderedPages(), millis);
        }
    }

    /** Whether a file is one of those made after the pages: feeds, sitemaps, data files, the search index. */
    static boolean generated(String file) {
        return file.endsWith(".xml") || file.endsWith(".json") || file.endsWith(".js") && file.contains("search/");
    }

    public BuildResult lastResult() {
        return last;
    }

    /** Open reload connections (browser tabs). */
    public int listeners() {
        return reload.clients();
    }

    private void handle(HttpExchange ex) throws IOException {
        String refusal = hosts.refusal(ex.getRequestHeaders().getFirst("Host"), ex.getRequestHeaders().getFirst("Origin"));
        if (refusal != null) {
            try (ex) {
                send(ex, 403, "text/plain; charset=utf-8", ("briefkit serve: " + refusal + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        if (LiveReload.EVENTS.equals(ex.getRequestURI().getRawPath())) {
            reload.connect(ex);
            return;
        }
        try (ex) {
            String method = ex.getRequestMethod();
            String rawPath = ex.getRequestURI().getRawPath();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (LiveReload.SCRIPT.equals(rawPath)) {
                send(ex, 200, "text/javascript; charset=utf-8", LiveReload.SCRIPT_BODY.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Overlay.STYLESHEET.equals(rawPath)) {
                send(ex, 200, "text/css; charset=utf-8", Overlay.CSS.getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = RequestPath.resolve(ex.getRequestURI());
            if (path == null) {
                send(ex, 400, "text/plain; charset=utf-8", "bad request\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Map<String, byte[]> site = cache.site();
            String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
            byte[] body = site.get(file);
            if (body == null && generated(file)) {
                // Feeds, data files, the search index and sitemaps are made when first asked for.
                synchronized (buildLock) {
                    if (cache.outputs()) {
                        site = cache.site();
                        body = site.get(file);
                    }
                }
            }
            if (body == null && site.containsKey(path + "/index.html")) {
                ex.getResponseHeaders().set("Location", rawPath + "/");
                send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            int status = 200;
            if (body == null) {
                status = 404;
                file = "404.html";
                body = site.getOrDefault(file, "<!DOCTYPE html><title>Not found</title><p>Not found</p>".getBytes(StandardCharsets.UTF_8));
            }
            String type = ContentTypes.of(file);
            if (type.startsWith("text/html")) {
                body = inject(body);
            }
            String etag = etag(body);
            ex.getResponseHeaders().set("ETag", etag);
            ex.getResponseHeaders().set("Last-Modified", HTTP_DATE.format(published.atZone(ZoneOffset.UTC)));
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            if (status == 200 && notModified(ex, etag)) {
                send(ex, 304, null, null);
                return;
            }
            send(ex, status, type, body);
        }
    }

    private boolean notModified(HttpExchange ex, String etag) {
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        if (inm != null) {
            for (String tag : inm.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
        if (ims != null) {
            try {
                Instant since = ZonedDateTime.parse(ims.strip(), HTTP_DATE).toInstant();
                return !published.isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    /** Adds the reload script, and the error overlay while the last build failed. */
    private byte[] inject(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        String extra = (failure.isEmpty() ? "" : Overlay.html(failure)) + "<script src=\"" + LiveReload.SCRIPT + "\"></script>";
        int at = html.lastIndexOf("</body>");
        html = at < 0 ? html + extra : html.substring(0, at) + extra + html.substring(at);
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static String etag(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(d, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            ex.getResponseHeaders().set("Content-Type", type);
        }
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        if (status == 304 || body == null) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        reload.closeAll();
        http.stop(0);
        handlers.shutdownNow();
        timers.shutdownNow();
    }
}
