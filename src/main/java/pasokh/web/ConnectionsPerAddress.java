package pasokh.web;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a new connection at once when its address already has {@code max} open, so that one client cannot
 * take every socket the server has (Jetty's own ConnectionLimit counts all clients together). Refusals are
 * logged at most once a minute per address, with how many there were: a flood would otherwise flood the log.
 */
final class ConnectionsPerAddress implements Connection.Listener {

    private static final Logger log = LoggerFactory.getLogger(ConnectionsPerAddress.class);
    private static final long LOG_EVERY_NANOS = 60_000_000_000L;

    /** Guarded by the map: changed only inside compute. */
    private static final class Count {
        int open;
        int refusedUnlogged;
        long loggedAtNanos;
        boolean logged;
    }

    private final int max;
    private final Map<String, Count> byAddress = new ConcurrentHashMap<>();
    /** A closed socket no longer knows its peer, so the address is remembered from the opening. */
    private final Map<Connection, String> addressOf = new ConcurrentHashMap<>();

    ConnectionsPerAddress(int max) {
        this.max = max;
    }

    @Override
    public void onOpened(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        if (!(remote instanceof InetSocketAddress inet) || inet.getAddress() == null) return;
        String address = inet.getAddress().getHostAddress();
        addressOf.put(connection, address);
        int[] toLog = {0};
        boolean[] refuse = {false};
        byAddress.compute(address, (a, c) -> {
            Count n = c == null ? new Count() : c;
            n.open++;
            if (n.open > max) {
                refuse[0] = true;
                n.refusedUnlogged++;
                long now = System.nanoTime();
                if (!n.logged || now - n.loggedAtNanos > LOG_EVERY_NANOS) {
                    toLog[0] = n.refusedUnlogged;
                    n.refusedUnlogged = 0;
                    n.loggedAtNanos = now;
                    n.logged = true;
                }
            }
            return n;
        });
        if (toLog[0] > 0) {
            log.warn("Refused {} connection(s) from {}: that address already has {} open", toLog[0], address, max);
        }
        if (refuse[0]) connection.getEndPoint().close();
    }

    @Override
    public void onClosed(Connection connection) {
        String address = addressOf.remove(connection);
        if (address != null) byAddress.computeIfPresent(address, (a, c) -> --c.open <= 0 ? null : c);
    }
}
