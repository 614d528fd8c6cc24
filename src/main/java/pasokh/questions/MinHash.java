package pasokh.questions;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.SplittableRandom;

/**
 * MinHash signatures of term sets: the share of equal positions in two signatures estimates the Jaccard
 * similarity of the sets, and banding the signature finds the candidate pairs without comparing all pairs.
 * The seeds are fixed, so signatures stored by one import compare with those of the next.
 */
final class MinHash {

    static final int SIZE = 64;
    static final int BANDS = 16;
    static final int ROWS = SIZE / BANDS;
    private static final long[] SEEDS_A = new long[SIZE];
    private static final long[] SEEDS_B = new long[SIZE];

    static {
        SplittableRandom random = new SplittableRandom(0x5A50C4L);
        for (int i = 0; i < SIZE; i++) {
            SEEDS_A[i] = random.nextLong() | 1;
            SEEDS_B[i] = random.nextLong();
        }
    }

    private MinHash() {}

    static int[] of(Collection<String> shingles) {
        int[] sig = new int[SIZE];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (String s : shingles) {
            long h = mix(s.hashCode() * 0x9E3779B97F4A7C15L + s.length());
            for (int i = 0; i < SIZE; i++) {
                int v = (int) (mix(h * SEEDS_A[i] + SEEDS_B[i]) >>> 33);
                if (v < sig[i]) sig[i] = v;
            }
        }
        return sig;
    }

    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) if (a[i] == b[i]) same++;
        return same / (double) SIZE;
    }

    /** The key of band {@code band}: its rows hashed together, with the band number so bands never collide. */
    static long bandKey(int[] sig, int band) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < ROWS; r++) h = mix(h ^ sig[band * ROWS + r]);
        return h;
    }

    static byte[] toBytes(int[] sig) {
        ByteBuffer b = ByteBuffer.allocate(SIZE * 4);
        for (int v : sig) b.putInt(v);
        return b.array();
    }

    static int[] fromBytes(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int[] sig = new int[SIZE];
        for (int i = 0; i < SIZE; i++) sig[i] = b.getInt();
        return sig;
    }

    /** SplitMix64's finaliser: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
