package pasokh.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * How much heap a stretch of work took: the peak of each heap pool (an upper bound of the heap in use at
 * any one time, garbage included, since pools peak at different moments), the most that was still in use
 * right after a collection (what the work really kept), and the collections' count and time.
 */
public final class HeapWatch implements AutoCloseable {

    /**
     * @param maxBytes  the most the heap may grow to (-Xmx)
     * @param peakBytes the heap pools' peaks added up
     * @param liveBytes the most in use right after a collection
     */
    public record Figures(long maxBytes, long peakBytes, long liveBytes, long collections, long collectionMillis) {}

    private final List<MemoryPoolMXBean> pools = new ArrayList<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final AtomicLong live = new AtomicLong();
    private final long collectionsBefore;
    private final long millisBefore;
    private final NotificationListener listener = this::collected;

    HeapWatch() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP) continue;
            pool.resetPeakUsage();
            pools.add(pool);
        }
        long count = 0, millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        collectionsBefore = count;
        millisBefore = millis;
    }

    private void collected(Notification n, Object handback) {
        if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (pools.stream().anyMatch(p -> p.getName().equals(e.getKey()))) used += e.getValue().getUsed();
        }
        live.accumulateAndGet(used, Math::max);
    }

    Figures figures() {
        long peak = 0;
        for (MemoryPoolMXBean pool : pools) {
            MemoryUsage u = pool.getPeakUsage();
            if (u != null) peak += u.getUsed();
        }
        long count = 0, millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new Figures(Runtime.getRuntime().maxMemory(), peak, live.get(), count - collectionsBefore,
                millis - millisBefore);
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException gone) {
                // nothing to stop
            }
        }
    }
}
