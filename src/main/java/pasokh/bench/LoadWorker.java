package pasokh.bench;

import java.io.IOException;
import java.util.concurrent.Phaser;

/**
 * The loop of one connection's thread: warm-up requests, then, once every connection has warmed up,
 * the measured ones. Counters are plain fields, read by the coordinator after the thread has ended.
 */
final class LoadWorker implements Runnable {

    /** After a refused connect, wait a little: spinning on a dead port would only count errors faster. */
    private static final long CONNECT_RETRY_PAUSE_MILLIS = 10;

    private final HttpConnection connection;
    private final byte[][] requests;
    private final PhaseGate warmup;
    private final PhaseGate measured;
    private final Phaser phases;
    private int next;

    final LatencyHistogram clientTimes = new LatencyHistogram();
    final LatencyHistogram serverTimes = new LatencyHistogram();
    long sent;
    long errors;
    long nonSuccess;
    String firstError = "";

    /**
     * @param offset where this connection starts in the request list, so connections send different paths
     * @param phases the barrier between warm-up and measurement; this worker is one of its parties
     */
    LoadWorker(HttpConnection connection, byte[][] requests, int offset, PhaseGate warmup, PhaseGate measured,
            Phaser phases) {
        this.connection = connection;
        this.requests = requests;
        this.next = offset;
        this.warmup = warmup;
        this.measured = measured;
        this.phases = phases;
    }

    @Override
    public void run() {
        try {
            while (warmup.admit(System.nanoTime())) send(false);
            phases.arriveAndAwaitAdvance();
            while (measured.admit(System.nanoTime())) send(true);
        } finally {
            connection.close();
            // a worker that dies during warm-up must not leave the others waiting for it
            phases.arriveAndDeregister();
        }
    }

    private void send(boolean record) {
        byte[] request = requests[next];
        next = next + 1 == requests.length ? 0 : next + 1;
        if (record) sent++;
        if (!connect(record)) return;
        long started = System.nanoTime();
        try {
            int status = connection.exchange(request);
            long took = System.nanoTime() - started;
            if (!record) return;
            clientTimes.record(took);
            long server = connection.serverNanos();
            if (server != ResponseReader.NO_SERVER_TIME) serverTimes.record(server);
            if (status < 200 || status > 299) nonSuccess++;
        } catch (IOException e) {
            if (record) failed(e);
        }
    }

    /** Opens the socket outside the timed part; a reconnect after "Connection: close" is not latency. */
    private boolean connect(boolean record) {
        if (connection.isOpen()) return true;
        try {
            connection.open();
            return true;
        } catch (IOException e) {
            if (record) failed(e);
            pause();
            return false;
        }
    }

    private void failed(IOException e) {
        errors++;
        if (firstError.isEmpty()) firstError = e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static void pause() {
        try {
            Thread.sleep(CONNECT_RETRY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
