package pasokh.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Phaser;

/**
 * An HTTP load generator in the manner of {@code wrk -t2 -c16}: a fixed number of keep-alive
 * connections, each driven by its own platform thread with blocking sockets, requests encoded once,
 * responses parsed just enough to find their end. It is meant to run in its own JVM
 * ({@link #inChildProcess}) so the portal's JIT, GC and threads are measured without it.
 *
 * <p>Command line: {@code java -cp pasokh.jar pasokh.bench.LoadGenerator --url http://127.0.0.1:7070
 * --paths FILE [--connections 16] [--warmup-seconds 3 | --warmup-requests N] [--seconds 10 | --requests N]}.
 * It prints one line of JSON ({@link ResultJson}) on stdout, messages on stderr, and exits 1 when every
 * request failed.
 */
public final class LoadGenerator {

    private LoadGenerator() {}

    /** Runs the load in this JVM and returns the figures of the measured phase. */
    public static LoadResult run(LoadSettings settings) throws InterruptedException {
        byte[][] requests = settings.paths().stream()
                .map(path -> HttpConnection.encodeGet(settings.host(), settings.port(), path))
                .toArray(byte[][]::new);
        InetSocketAddress address = new InetSocketAddress(settings.host(), settings.port());
        PhaseGate warmup = new PhaseGate(settings.warmup());
        PhaseGate measured = new PhaseGate(settings.measured());
        long[] measuredStart = new long[1];
        int connections = settings.connections();
        Phaser phases = new Phaser(connections) {
            @Override
            protected boolean onAdvance(int phase, int registeredParties) {
                // runs in the last thread to finish warming up, just before all of them go on
                if (phase == 0) {
                    measuredStart[0] = System.nanoTime();
                    measured.start(measuredStart[0]);
                }
                return registeredParties == 0;
            }
        };
        List<LoadWorker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        warmup.start(System.nanoTime());
        for (int i = 0; i < connections; i++) {
            int offset = (int) ((long) i * requests.length / connections);
            LoadWorker worker = new LoadWorker(new HttpConnection(address), requests, offset, warmup, measured, phases);
            workers.add(worker);
            threads.add(Thread.ofPlatform().name("load-" + i).daemon().start(worker));
        }
        for (Thread t : threads) t.join();
        long ended = System.nanoTime();
        return summarize(workers, (ended - measuredStart[0]) / 1e9);
    }

    /**
     * Runs the load in a new JVM, started with this JVM's java binary and classpath, and reads its result
     * back. Throws with the child's stderr when it fails, including when not one request succeeded.
     */
    public static LoadResult inChildProcess(LoadSettings settings) throws IOException, InterruptedException {
        return ChildLoadProcess.run(settings);
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        LoadSettings settings;
        try {
            settings = LoadArguments.parse(args);
        } catch (IllegalArgumentException | IOException e) {
            err.println(e.getMessage());
            err.print(LoadArguments.USAGE);
            System.exit(2);
            return;
        }
        try {
            LoadResult result = run(settings);
            out.println(ResultJson.write(result));
            if (result.errors() > 0) {
                err.println(result.errors() + " of " + result.requests() + " requests failed; the first: "
                        + result.firstError());
            }
            System.exit(result.allFailed() ? 1 : 0);
        } catch (InterruptedException e) {
            err.println("interrupted");
            System.exit(1);
        }
    }

    private static LoadResult summarize(List<LoadWorker> workers, double seconds) {
        LatencyHistogram client = new LatencyHistogram();
        LatencyHistogram server = new LatencyHistogram();
        long sent = 0;
        long errors = 0;
        long nonSuccess = 0;
        String firstError = "";
        for (LoadWorker w : workers) {
            client.add(w.clientTimes);
            server.add(w.serverTimes);
            sent += w.sent;
            errors += w.errors;
            nonSuccess += w.nonSuccess;
            if (firstError.isEmpty()) firstError = w.firstError;
        }
        double perSecond = seconds > 0 ? (sent - errors) / seconds : Double.NaN;
        return new LoadResult(sent, errors, nonSuccess, seconds, perSecond,
                client.percentileMillis(50), client.percentileMillis(90), client.percentileMillis(99),
                client.maxMillis(),
                server.percentileMillis(50), server.percentileMillis(99), firstError);
    }
}
