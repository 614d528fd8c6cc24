package pasokh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pasokh.bench.LoadAverage;
import pasokh.bench.Machine;
import pasokh.bench.ScaleBenchmark;
import pasokh.bench.WordBucket;

/** The scale table from figures made up here, so its layout is checked without running anything. */
class BenchScaleTextTest {

    private static ScaleBenchmark.Row row(int articles, double median, double longQueries) {
        Map<WordBucket, Double> byWords = Map.of(WordBucket.ONE_TO_TWO, 0.5, WordBucket.THREE_TO_FIVE, 0.75,
                WordBucket.SIX_TO_NINE, Double.NaN, WordBucket.TEN_OR_MORE, longQueries);
        return new ScaleBenchmark.Row(articles, articles, 812.4, 45.25, 1.5, median, 2.5, byWords, 10, 9);
    }

    @Test
    void oneRowPerCountUnderTheHeaderThenTheGrowthAndTheLoad() {
        ScaleBenchmark.Report report = new ScaleBenchmark.Report(new Machine(2, "25.0.3+9-LTS"), 10,
                Map.of(WordBucket.ONE_TO_TWO, 4, WordBucket.THREE_TO_FIVE, 5, WordBucket.SIX_TO_NINE, 0,
                        WordBucket.TEN_OR_MORE, 1),
                new ScaleBenchmark.Plan(List.of(68, 5000), 3, 1, Path.of("work")),
                Optional.of(new LoadAverage(0.5, 0.25, 0.125)), Optional.empty(),
                List.of(row(68, 0.4, 1.0), row(5000, 1.0, 12.25)));
        List<String> lines = BenchScaleCommand.text(report).lines().toList();
        assertEquals(List.of(
                "context: 2 CPUs, JDK 25.0.3+9-LTS, load average 0.50 0.25 0.13 (1, 5, 15 min), 10 distinct queries"
                        + " (by words: 1-2: 4, 3-5: 5, 6-9: 0, 10+: 1), 3 timed round(s) after 10 s or more untimed,"
                        + " seed 1",
                "articles  start-up  heap MB  index MB  median ms   p99 ms  | median by words:    1-2    3-5"
                        + "    6-9    10+",
                "      68    812 ms     45.3      1.50      0.400    2.500  |                   0.500  0.750"
                        + "      -  1.000",
                "    5000    812 ms     45.3      1.50      1.000    2.500  |                   0.500  0.750"
                        + "      - 12.250",
                "68 articles: 68 published, 9 of 10 queries found an article",
                "5000 articles: 5000 published, 9 of 10 queries found an article",
                "median at 5000 articles: 2.50 times the median at 68 (1.000 ms against 0.400 ms)",
                "load average after: unknown"), lines);
    }
}
