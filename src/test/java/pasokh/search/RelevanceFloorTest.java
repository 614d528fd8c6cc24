package pasokh.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pasokh.PortalPaths;
import pasokh.knowledge.Evaluation;

/**
 * Keeps search quality from sliding back, on every judged set of eval/ over the shipped articles: floors set
 * from a real `pasokh eval` run (README, "Search quality"), ours never below the stock analyzer in any way of
 * typing, and no more than a handful of articles listed per query. Lower a floor only with a reason in the
 * commit.
 */
class RelevanceFloorTest {

    /** eval/judgments.tsv, tuned on. */
    static final double OVERALL_SUCCESS_AT_1 = 0.94;
    static final double OVERALL_MRR_AT_10 = 0.96;
    static final double CLASS_SUCCESS_AT_1 = 0.90;
    /** The sets written blind: every set overall, and every class of it. */
    static final double BLIND_OVERALL_SUCCESS_AT_1 = 0.92;
    static final double BLIND_CLASS_SUCCESS_AT_1 = 0.78;
    /** Results that answer: the stock analyzer lists about 40 of the 68 articles per query. */
    static final double MAX_MEAN_LISTED = 6;

    static final List<String> SETS = List.of("judgments", "holdout", "dev", "holdout-2", "holdout-3");

    static final Map<String, Evaluator.Report> reports = new LinkedHashMap<>();

    @BeforeAll
    static void evaluate() throws Exception {
        for (String set : SETS) reports.put(set, Evaluation.of(PortalPaths.defaults(), Path.of("eval", set + ".tsv")));
    }

    @Test
    void theTunedSetStaysAboveItsFloors() {
        Evaluator.Report report = reports.get("judgments");
        Metrics overall = report.ours().get(Evaluator.OVERALL);
        assertTrue(overall.queries() >= 400, "the judged set has at least 400 queries");
        assertTrue(overall.successAt1() >= OVERALL_SUCCESS_AT_1, "Success@1 " + overall.successAt1());
        assertTrue(overall.mrrAt10() >= OVERALL_MRR_AT_10, "MRR@10 " + overall.mrrAt10());
        for (Map.Entry<String, Metrics> e : report.ours().entrySet()) {
            assertTrue(e.getValue().successAt1() >= CLASS_SUCCESS_AT_1,
                    e.getKey() + ": Success@1 " + e.getValue().successAt1());
        }
    }

    @Test
    void theBlindSetsStayAboveTheirFloors() {
        List<String> below = new ArrayList<>();
        for (String set : SETS.subList(1, SETS.size())) {
            Map<String, Metrics> ours = reports.get(set).ours();
            if (ours.get(Evaluator.OVERALL).successAt1() < BLIND_OVERALL_SUCCESS_AT_1) below.add(set + " overall");
            ours.forEach((kind, m) -> {
                if (m.successAt1() < BLIND_CLASS_SUCCESS_AT_1) below.add(set + " " + kind + " " + m.successAt1());
            });
        }
        assertTrue(below.isEmpty(), "below the floor: " + below);
    }

    @Test
    void oursIsNeverBelowTheStockAnalyzerInAnyWayOfTyping() {
        List<String> below = new ArrayList<>();
        reports.forEach((set, report) -> report.ours().forEach((kind, ours) -> {
            Metrics stock = report.stock().get(kind);
            if (ours.successAt1() < stock.successAt1()) below.add(set + " " + kind + ": " + ours.successAt1() + " < "
                    + stock.successAt1());
        }));
        assertTrue(below.isEmpty(), String.join("; ", below));
        Metrics ours = reports.get("judgments").ours().get(Evaluator.OVERALL);
        Metrics stock = reports.get("judgments").stock().get(Evaluator.OVERALL);
        assertTrue(ours.successAt1() > stock.successAt1() + 0.1, ours + " vs " + stock);
    }

    @Test
    void searchesListTheArticlesThatAnswerNotHalfTheKnowledgeBase() {
        reports.forEach((set, report) -> {
            Metrics ours = report.ours().get(Evaluator.OVERALL);
            assertTrue(ours.meanResults() <= MAX_MEAN_LISTED,
                    set + ": " + ours.meanResults() + " articles listed per query");
            assertTrue(ours.meanResults() < report.stock().get(Evaluator.OVERALL).meanResults() / 3, set);
        });
    }
}
