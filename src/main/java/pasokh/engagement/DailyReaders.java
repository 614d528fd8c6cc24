package pasokh.engagement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Which readers have read which article today, so that a reload is not a second read. No address is kept:
 * a (reader, article) pair is held as a 64-bit hash keyed with a random key made for the day, and the key
 * and the hashes are dropped together at the readers' midnight. Nothing of it is ever written to disk.
 *
 * <p>Memory is bounded whatever the number of addresses: at most {@link #MAX_PAIRS} pairs a day, 8 bytes
 * each in a table at most twice that size. Once the day's table is full, further first reads that day are
 * not counted: counting them instead would let a flood of addresses push any article up the most-read list.
 */
final class DailyReaders {

    /**
     * A busy day on paper: a few hundred thousand readers, most reading one or two answers. At most 8 MB of
     * memory (the table's slots), about 500,000 pairs.
     */
    static final int MAX_PAIRS = 1 << 19;

    private static final int FIRST_CAPACITY = 1 << 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final int maxPairs;
    private volatile Day day;

    DailyReaders(Clock clock) {
        this(clock, MAX_PAIRS);
    }

    DailyReaders(Clock clock, int maxPairs) {
        this.clock = clock;
        this.maxPairs = maxPairs;
        this.day = new Day(LocalDate.now(clock), maxPairs);
    }

    /** @return true the first time today this reader reads this article, while today's table has room */
    boolean firstRead(String reader, String slug) {
        Day today = today();
        return today.add(today.hash(reader, slug));
    }

    int maxPairs() {
        return maxPairs;
    }

    /** Whether today's table has no room left, so first reads are no longer counted until midnight. */
    boolean full() {
        return today().full();
    }

    /** What today's table takes, for tests of the bound. */
    long memoryBytes() {
        return today().memoryBytes();
    }

    private Day today() {
        Day d = day;
        LocalDate date = LocalDate.now(clock);
        if (d.date.equals(date)) return d;
        synchronized (this) {
            if (!day.date.equals(date)) day = new Day(date, maxPairs);
            return day;
        }
    }

    /** One day's key and pairs: an open-addressing set of hashes, 0 marking an empty slot. */
    private static final class Day {

        final LocalDate date;
        private final byte[] key = new byte[16];
        private final int maxPairs;
        private long[] slots = new long[FIRST_CAPACITY];
        private int size;

        Day(LocalDate date, int maxPairs) {
            this.date = date;
            this.maxPairs = maxPairs;
            RANDOM.nextBytes(key);
        }

        long hash(String reader, String slug) {
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
            sha.update(key);
            sha.update(reader.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(slug.getBytes(StandardCharsets.UTF_8));
            byte[] d = sha.digest();
            long h = 0;
            for (int i = 0; i < 8; i++) h = (h << 8) | (d[i] & 0xff);
            return h == 0 ? 1 : h;
        }

        synchronized boolean add(long h) {
            int mask = slots.length - 1;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (slots[i] != 0) {
                if (slots[i] == h) return false;
                i = (i + 1) & mask;
            }
            if (size >= maxPairs) return false;
            slots[i] = h;
            size++;
            // half full at most, so a probe stays short
            if (size * 2 > slots.length) grow();
            return true;
        }

        synchronized long memoryBytes() {
            return (long) slots.length * Long.BYTES;
        }

        synchronized boolean full() {
            return size >= maxPairs;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int mask = slots.length - 1;
            for (long h : old) {
                if (h == 0) continue;
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (slots[i] != 0) i = (i + 1) & mask;
                slots[i] = h;
            }
        }
    }
}
