package pasokh.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pasokh.PortalPaths;
import pasokh.knowledge.Evaluation;

/**
 * Keeps search quality from sliding back: the judged queries of eval/judgments.tsv over the shipped
 * articles must stay at or above floors set from a real `pasokh eval` run (README, "Search quality"), and
 * ours must beat the stock analyzer overall. Lower a floor only with a reason in the commit.
 */
class RelevanceFloorTest {

    static final double OVERALL_SUCCESS_AT_1 = 0.92;
    static final double OVERALL_MRR_AT_10 = 0.95;
    static final double CLASS_SUCCESS_AT_1 = 0.85;

    static Evaluator.Report report;

    @BeforeAll
    static void evaluate() throws Exception {
        report = Evaluation.of(PortalPaths.defaults(), Path.of(Judgments.DEFAULT_FILE));
    }

    @Test
    void overallFiguresStayAboveTheirFloors() {
        Metrics overall = report.ours().get(Evaluator.OVERALL);
        assertTrue(overall.queries() >= 400, "the judged set has at least 400 queries");
        assertTrue(overall.successAt1() >= OVERALL_SUCCESS_AT_1, "Success@1 " + overall.successAt1());
        assertTrue(overall.mrrAt10() >= OVERALL_MRR_AT_10, "MRR@10 " + overall.mrrAt10());
    }

    @Test
    void everyWayOfTypingStaysAboveItsFloor() {
        for (Map.Entry<String, Metrics> e : report.ours().entrySet()) {
            assertTrue(e.getValue().successAt1() >= CLASS_SUCCESS_AT_1, e.getKey() + ": Success@1 " + e.getValue().successAt1());
        }
    }

    @Test
    void oursBeatsTheStockAnalyzer() {
        Metrics ours = report.ours().get(Evaluator.OVERALL);
        Metrics stock = report.stock().get(Evaluator.OVERALL);
        assertTrue(ours.successAt1() > stock.successAt1() + 0.1, ours + " vs " + stock);
        assertTrue(ours.ndcgAt10() > stock.ndcgAt10(), ours + " vs " + stock);
    }
}
