package org.briefkit.serve;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which requests the preview answers: those whose {@code Host} (and {@code Origin}, when the browser
 * sends one) names this computer with the preview's own port: {@code localhost} (and names under
 * {@code .localhost}), a loopback address ({@code 127.0.0.1}, {@code [::1]}), the address the
 * preview listens on (any address of this computer when it listens on all), or a name given with
 * {@code --allow-host}. A web page elsewhere can point a name of its own at 127.0.0.1 (DNS
 * rebinding) and then read whatever the preview serves, drafts included; such a request carries
 * that name, and is refused. Immutable and thread-safe.
 */
final class HostCheck {
    private final int port;
    private final Set<String> names;
    private final Set<InetAddress> addresses;

    /** For a preview on {@code bind}:{@code port}; {@code allowHosts} are further names (any case). */
    HostCheck(InetAddress bind, int port, List<String> allowHosts) {
        this.port = port;
        Set<String> n = new HashSet<>();
        for (String h : allowHosts) {
            n.add(h.strip().toLowerCase(Locale.ROOT));
        }
        this.names = Set.copyOf(n);
        Set<InetAddress> a = new HashSet<>();
        a.add(bind);
        if (bind.isAnyLocalAddress()) {
            try {
                for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    a.addAll(Collections.list(ni.getInetAddresses()));
                }
            } catch (SocketException e) {
                // Only loopback then: the preview is still reachable as localhost.
            }
        }
        this.addresses = Set.copyOf(a);
    }

    /**
     * Why a request with these {@code Host} and {@code Origin} headers (null when absent) is refused,
     * in one line, or null when it is answered.
     */
    String refusal(String host, String origin) {
        if (host == null || !allowed(host)) {
            return "this preview answers only requests for localhost, 127.0.0.1 or [::1] on port " + port
                    + ", not for " + (host == null ? "no host" : "'" + host + "'")
                    + " (start it with --allow-host NAME to allow another name)";
        }
        if (origin != null && !allowedOrigin(origin)) {
            return "this preview does not answer pages from '" + origin + "'; open it at http://localhost:" + port + "/";
        }
        return null;
    }

    private boolean allowedOrigin(String origin) {
        try {
            URI uri = new URI(origin.strip());
            return "http".equalsIgnoreCase(uri.getScheme()) && uri.getRawAuthority() != null && uri.getRawPath().isEmpty()
                    && allowed(uri.getRawAuthority());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Whether a {@code host[:port]} names this preview. */
    boolean allowed(String hostAndPort) {
        String h = hostAndPort.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon < 0 || colon < h.lastIndexOf(']')) {
            return false; // without a port the browser asked for port 80, not this preview
        }
        String portText = h.substring(colon + 1);
        if (!portText.equals(String.valueOf(port))) {
            return false;
        }
        String name = h.substring(0, colon);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.equals("localhost") || name.endsWith(".localhost") || names.contains(name)) {
            return true;
        }
        InetAddress address = literal(name);
        return address != null && (address.isLoopbackAddress() || addresses.contains(address));
    }

    /** The address an IP literal ({@code 127.0.0.1}, {@code [::1]}) names, or null for a name. */
    private static InetAddress literal(String name) {
        boolean v6 = name.startsWith("[") && name.endsWith("]");
        String text = v6 ? name.substring(1, name.length() - 1) : name;
        boolean v4 = text.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        if (!v4 && !(v6 && text.matches("[0-9a-f:.]+"))) {
            return null;
        }
        try {
            // A literal: no name is looked up.
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
