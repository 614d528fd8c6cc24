package pasokh.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void answerFirstScoresOneEverywhere() {
        Metrics.Accumulator acc = new Metrics.Accumulator();
        acc.add(List.of("a", "b", "c"), Set.of("a"));
        assertEquals(new Metrics(1, 1, 1, 1, 3), acc.metrics());
    }

    @Test
    void answerSecondHalvesTheReciprocalRank() {
        Metrics.Accumulator acc = new Metrics.Accumulator();
        acc.add(List.of("x", "a"), Set.of("a"));
        Metrics m = acc.metrics();
        assertEquals(0, m.successAt1());
        assertEquals(0.5, m.mrrAt10(), 1e-9);
        assertEquals(1 / (Math.log(3) / Math.log(2)), m.ndcgAt10(), 1e-9);
    }

    @Test
    void twoAnswersAreBothCountedByNdcg() {
        Metrics.Accumulator acc = new Metrics.Accumulator();
        acc.add(List.of("a", "x", "b"), Set.of("a", "b"));
        double dcg = 1 + 1 / (Math.log(4) / Math.log(2));
        double ideal = 1 + 1 / (Math.log(3) / Math.log(2));
        assertEquals(dcg / ideal, acc.metrics().ndcgAt10(), 1e-9);
    }

    @Test
    void nothingFoundAndAnswerBelowTenScoreZero() {
        Metrics.Accumulator acc = new Metrics.Accumulator();
        acc.add(List.of(), Set.of("a"));
        acc.add(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "a"), Set.of("a"));
        assertEquals(new Metrics(2, 0, 0, 0, 5.5), acc.metrics(), "listed: 0 and 11 results");
    }

    @Test
    void theMeanNumberListedCountsEveryResultNotOnlyTheFirstTen() {
        Metrics.Accumulator acc = new Metrics.Accumulator();
        acc.add(List.of("a", "b"), Set.of("a"), 40);
        acc.add(List.of("a"), Set.of("a"), 2);
        assertEquals(21, acc.metrics().meanResults(), 1e-9);
    }

    @Test
    void averagesOverQueries() {
        Metrics.Accumulator acc = new Metrics.Accumulator();
        acc.add(List.of("a"), Set.of("a"));
        acc.add(List.of("x"), Set.of("a"));
        assertEquals(0.5, acc.metrics().successAt1(), 1e-9);
    }
}
