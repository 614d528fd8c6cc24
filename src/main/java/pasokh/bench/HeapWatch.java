package pasokh.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;

/**
 * How much heap a stretch of work took: the most in use and committed at once, sampled every few
 * milliseconds on a thread of its own (the pools' own peaks peak at different moments, and added up they
 * overstate), and the collections' count and time.
 */
public final class HeapWatch implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 5;

    /**
     * @param maxBytes       the most the heap may grow to (-Xmx)
     * @param peakUsedBytes  the most in use at one moment, garbage not yet collected included
     * @param peakCommittedBytes the most the JVM had taken from the system for the heap
     */
    public record Figures(long maxBytes, long peakUsedBytes, long peakCommittedBytes, long collections,
                          long collectionMillis) {}

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long collectionsBefore;
    private final long millisBefore;
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakCommitted;

    HeapWatch() {
        long[] gc = collections();
        collectionsBefore = gc[0];
        millisBefore = gc[1];
        sample();
        sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        MemoryUsage heap = memory.getHeapMemoryUsage();
        if (heap.getUsed() > peakUsed) peakUsed = heap.getUsed();
        if (heap.getCommitted() > peakCommitted) peakCommitted = heap.getCommitted();
    }

    Figures figures() {
        sample();
        long[] gc = collections();
        return new Figures(Runtime.getRuntime().maxMemory(), peakUsed, peakCommitted, gc[0] - collectionsBefore,
                gc[1] - millisBefore);
    }

    private static long[] collections() {
        long count = 0, millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
