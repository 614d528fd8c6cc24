package pasokh.questions;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;

/**
 * Overlaps the three stages of an import: the caller reads the next batch while others are checked,
 * scrubbed and analysed on every core, and one thread stores the finished ones, in the order they were
 * read. Read, prepared and stored one after the other, each stage left the cores the others could use idle.
 * A few batches are in flight at most, so a file of any size takes the same memory.
 *
 * @param <B> a batch as read
 * @param <P> a batch ready to store
 */
final class ImportPipeline<B, P> implements AutoCloseable {

    /** What stores a prepared batch; runs on one thread only. */
    interface Store<P> {
        void store(P prepared);
    }

    private final Function<B, P> prepare;
    private final Store<P> store;
    private final ExecutorService workers;
    private final ExecutorService writer;
    private final Semaphore inFlight;
    private final ArrayDeque<Future<?>> stored = new ArrayDeque<>();
    /** After a batch fails, the later ones are not stored: the import stops where it failed. */
    private volatile boolean failed;

    ImportPipeline(Function<B, P> prepare, Store<P> store) {
        int cores = Runtime.getRuntime().availableProcessors();
        this.prepare = prepare;
        this.store = store;
        this.workers = Executors.newFixedThreadPool(cores, daemons("import-prepare"));
        this.writer = Executors.newSingleThreadExecutor(daemons("import-store"));
        this.inFlight = new Semaphore(cores + 2);
    }

    /** Blocks while enough batches are in flight; throws what an earlier batch failed with. */
    void submit(B batch) {
        rethrowFinished();
        inFlight.acquireUninterruptibly();
        Future<P> prepared = workers.submit(() -> prepare.apply(batch));
        stored.add(writer.submit(() -> {
            try {
                if (!failed) store.store(prepared.get());
            } catch (RuntimeException e) {
                failed = true;
                throw e;
            } catch (InterruptedException e) {
                failed = true;
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the import was interrupted", e);
            } catch (ExecutionException e) {
                failed = true;
                throw unchecked(e);
            } finally {
                inFlight.release();
            }
            return null;
        }));
    }

    /** Waits until every batch submitted is stored; throws the first failure. */
    void finish() {
        while (!stored.isEmpty()) await(stored.removeFirst());
    }

    private void rethrowFinished() {
        while (!stored.isEmpty() && stored.peekFirst().isDone()) await(stored.removeFirst());
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        } catch (ExecutionException e) {
            throw unchecked(e);
        }
    }

    private static RuntimeException unchecked(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ExecutionException nested) cause = nested.getCause();
        if (cause instanceof RuntimeException r) return r;
        if (cause instanceof Error error) throw error;
        return new IllegalStateException(cause);
    }

    /** Stops the threads; batches not yet stored are dropped (after a failure, nothing more is stored). */
    @Override
    public void close() {
        workers.shutdownNow();
        writer.shutdownNow();
    }

    private static ThreadFactory daemons(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
