package pasokh.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void percentilesAreWithinOnePercentOfTheExactOnes() {
        SplittableRandom random = new SplittableRandom(7);
        long[] values = new long[100_000];
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 0; i < values.length; i++) {
            // log-normal-ish: from tens of microseconds to a few hundred milliseconds
            values[i] = (long) Math.exp(10 + 2 * random.nextGaussian());
            h.record(values[i]);
        }
        Arrays.sort(values);
        for (double p : new double[] {1, 50, 90, 99, 99.9}) {
            double exact = values[(int) Math.ceil(p / 100 * values.length) - 1] / 1e6;
            assertEquals(exact, h.percentileMillis(p), exact * 0.01, "p" + p);
        }
        assertEquals(values[values.length - 1] / 1e6, h.maxMillis(), 1e-9);
    }

    @Test
    void mergedHistogramsCountEverything() {
        LatencyHistogram a = new LatencyHistogram();
        LatencyHistogram b = new LatencyHistogram();
        for (int i = 1; i <= 100; i++) a.record(i * 1_000_000L);
        for (int i = 101; i <= 200; i++) b.record(i * 1_000_000L);
        a.add(b);
        assertEquals(200, a.count());
        assertEquals(100, a.percentileMillis(50), 1);
        assertEquals(200, a.maxMillis(), 1e-9);
    }

    @Test
    void smallValuesAreExactAndAnEmptyHistogramHasNoPercentiles() {
        LatencyHistogram h = new LatencyHistogram();
        assertTrue(Double.isNaN(h.percentileMillis(50)));
        h.record(42);
        assertEquals(42e-6, h.percentileMillis(50), 1e-12);
    }
}
