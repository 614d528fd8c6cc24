package pasokh.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SearchTimerTest {

    @Test
    void percentilesAreNearestRankOverTheTimings() {
        long[] nanos = LongStream.rangeClosed(1, 100).map(i -> (101 - i) * 1_000_000).toArray();
        Percentiles p = new Percentiles(nanos);
        assertEquals(50.0, p.millis(50));
        assertEquals(99.0, p.millis(99));
        assertEquals(100.0, p.millis(100));
        assertEquals(2.0, new Percentiles(new long[] {3_000_000, 1_000_000, 2_000_000}).millis(50));
        assertTrue(Double.isNaN(new Percentiles(new long[0]).millis(50)));
    }

    @Test
    void everyQueryIsSearchedOnceUntimedThenOncePerRound() {
        List<String> calls = new ArrayList<>();
        List<String> queries = List.of("a", "b c d", "بیمه");
        SearchTimer.Timings t = SearchTimer.time(q -> {
            calls.add(q);
            return q.equals("a") ? 0 : 3;
        }, queries, 2);
        assertEquals(List.of("a", "b c d", "بیمه", "a", "b c d", "بیمه", "a", "b c d", "بیمه"), calls);
        assertEquals(6, t.searches());
        assertEquals(2, t.queriesWithHits());
        assertTrue(t.medianMillis() >= 0 && t.p99Millis() >= t.medianMillis(), t.toString());
        assertTrue(Double.isNaN(t.medianByWords().get(WordBucket.SIX_TO_NINE)), "no query of 6-9 words");
        assertTrue(t.medianByWords().get(WordBucket.THREE_TO_FIVE) >= 0);
    }

    @Test
    void slowerQueriesShowInTheirBucketsMedian() {
        SearchTimer.Timings t = SearchTimer.time(q -> {
            if (WordBucket.words(q) >= 10) sleep(5);
            return 1;
        }, List.of("a", "b", "1 2 3 4 5 6 7 8 9 10"), 3);
        assertTrue(t.medianByWords().get(WordBucket.TEN_OR_MORE) >= 5, t.toString());
        assertTrue(t.medianByWords().get(WordBucket.ONE_TO_TWO) < 5, t.toString());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
