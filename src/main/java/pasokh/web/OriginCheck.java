package pasokh.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnector;

/**
 * Refuses state-changing requests sent by another site's page. Browsers always send {@code Origin} on
 * cross-site POSTs; a request without it comes from a non-browser client, which cannot ride on a
 * visitor's cookies, so it is let through.
 *
 * <p>An origin is ours when its scheme, host and port are those of the configured public address (what
 * browsers see behind a reverse proxy) or of the address this server listens on. Never the request's
 * {@code Host} header: whoever forges the Origin forges the Host with it, and a DNS-rebinding page sends a
 * Host of its own name.
 */
final class OriginCheck {

    private OriginCheck() {}

    /** Scheme, host (lower-case, IPv6 without brackets) and port (the scheme's default when none is given). */
    record Origin(String scheme, String host, int port) {

        static Optional<Origin> parse(String text) {
            try {
                URI uri = new URI(text.strip());
                String scheme = uri.getScheme();
                String host = uri.getHost();
                if (scheme == null || host == null) return Optional.empty();
                scheme = scheme.toLowerCase(Locale.ROOT);
                int port = uri.getPort() >= 0 ? uri.getPort()
                        : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
                return Optional.of(new Origin(scheme, bare(host), port));
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }

        private static String bare(String host) {
            String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            return h.toLowerCase(Locale.ROOT);
        }
    }

    static void check(Context ctx, String publicUrl) {
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) return;
        String header = ctx.header("Origin");
        if (header == null || header.isBlank()) return;
        Optional<Origin> origin = Origin.parse(header);
        if (origin.isEmpty() || !(origin.equals(Origin.parse(publicUrl)) || isOwnAddress(ctx, origin.get()))) {
            throw new ForbiddenResponse("درخواست از سایت دیگری فرستاده شده و پذیرفته نشد.");
        }
    }

    /**
     * The scheme and port the request came in on, and as host the address it reached, the host name the
     * server was told to listen on, or {@code localhost} when it was reached over loopback (browsers never
     * ask DNS for that name, so no other site can be it).
     */
    private static boolean isOwnAddress(Context ctx, Origin origin) {
        var req = ctx.req();
        if (!origin.scheme().equals(req.getScheme()) || origin.port() != req.getLocalPort()) return false;
        String local = Origin.bare(req.getLocalAddr());
        if (origin.host().equals(local)) return true;
        if (origin.host().equals("localhost") && isLoopback(local)) return true;
        return listeningHost(ctx).map(h -> Origin.bare(h).equals(origin.host())).orElse(false);
    }

    private static boolean isLoopback(String literal) {
        try {
            // the socket's own address is a literal, so no name is looked up
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Optional<String> listeningHost(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        if (request == null) return Optional.empty();
        Connector connector = request.getConnectionMetaData().getConnector();
        if (!(connector instanceof NetworkConnector network) || network.getHost() == null) return Optional.empty();
        String host = network.getHost();
        return host.equals("0.0.0.0") || host.equals("::") ? Optional.empty() : Optional.of(host);
    }
}
