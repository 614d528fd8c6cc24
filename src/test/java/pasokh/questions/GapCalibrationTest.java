package pasokh.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A floor under the verdicts: the shipped articles, the labelled questions in eval/gaps/labelled.tsv and the
 * thresholds in index-config/gaps.properties, measured as `gaps --calibrate` measures them.
 *
 * <p>Measured when these floors were set (thresholds 0.4 / 13 / 0.55 / 20): of 223 answered questions 4 called
 * missing (1.8%), 32 flagged at all (14.3%), 210 with the labelled article first (94.2%); of 206 unanswered, 179
 * flagged missing or weak (86.9%), 132 of them missing. By kind: other organisation 65/68, not in kb 33/38, rare
 * case 6/7, no question 37/37, off-topic 6/6 (out of scope in all: 147/156, 94.2%), near miss 32/50. The floors
 * sit just below: a change to the articles, the search or the thresholds that makes the report worse fails here.
 */
class GapCalibrationTest {

    static final Path LABELLED = Path.of("eval", "gaps", "labelled.tsv");

    @TempDir
    static Path dir;

    static GapFixture fixture;
    static List<GapCalibration.Example> examples;
    static GapCalibration calibration;
    static List<GapCalibration.Scored> scored;
    static GapCalibration.Figures shipped;

    @BeforeAll
    static void open() throws IOException {
        fixture = GapFixture.shipped(dir);
        examples = GapCalibration.read(LABELLED);
        calibration = new GapCalibration(fixture.matcher);
        scored = calibration.score(examples);
        shipped = calibration.measure(examples, fixture.thresholds());
    }

    @AfterAll
    static void close() throws IOException {
        fixture.close();
    }

    @Test
    void theLabelledFileHoldsBothKinds() {
        long covered = examples.stream().filter(GapCalibration.Example::covered).count();
        assertTrue(covered >= 200, "covered " + covered);
        assertTrue(examples.size() - covered >= 200, "missing " + (examples.size() - covered));
    }

    @Test
    void answeredDemandIsAlmostNeverCalledMissing() {
        GapCalibration.Figures f = shipped;
        // the goal is at most 5%; measured 4/223 (1.8%)
        assertTrue(f.coveredMissingRate() <= 0.03, describe(f));
        // measured 32/223 (14.3%)
        assertTrue(f.coveredFlaggedRate() <= 0.15, describe(f));
        // measured 210/223 (94.2%)
        assertTrue(f.coveredRightArticle() >= 0.93 * f.covered(), describe(f));
    }

    @Test
    void unansweredDemandIsFlagged() {
        GapCalibration.Figures f = shipped;
        // the goal is at least 85%; measured 179/206 (86.9%)
        assertTrue(f.flaggedRecall() >= 0.86, describe(f));
        // measured 132/206 called missing outright
        assertTrue(f.missingCalledMissing() >= 0.6 * f.missing(), describe(f));
    }

    @Test
    void questionsOutsideTheKnowledgeBaseAreFlagged() throws IOException {
        // other organisations' matters, topics no article covers, rare cases, greetings and chatter: what the
        // report must not call answered (measured 147/156, 94.2%); near misses share words with an article
        GapThresholds t = fixture.thresholds();
        int all = 0, flagged = 0;
        StringBuilder missed = new StringBuilder();
        for (GapCalibration.Scored s : scored) {
            if (s.example().covered() || s.example().note().startsWith("near miss")) continue;
            all++;
            if (t.verdict(s.match()) != Verdict.COVERED) flagged++;
            else missed.append("\n  ").append(s.example().question()).append(" -> ").append(s.match().best().orElse("-"));
        }
        assertEquals(156, all, "out-of-scope rows in " + LABELLED);
        assertTrue(flagged >= 0.93 * all, flagged + "/" + all + " flagged; called covered:" + missed);
    }

    @Test
    void calibrationFindsThresholdsWithinItsLimitsAtLeastAsGoodAsTheShippedOnes() {
        GapCalibration.Figures best = calibration.calibrate(examples);
        assertTrue(best.coveredMissingRate() <= GapCalibration.MAX_COVERED_MISSING, describe(best));
        assertTrue(best.coveredFlaggedRate() <= GapCalibration.MAX_COVERED_FLAGGED, describe(best));
        assertTrue(best.missingFlagged() >= shipped.missingFlagged(), describe(best) + " against " + describe(shipped));
        // the shipped thresholds are themselves within the limits calibration keeps to
        assertTrue(shipped.coveredMissingRate() <= GapCalibration.MAX_COVERED_MISSING, describe(shipped));
        assertTrue(shipped.coveredFlaggedRate() <= GapCalibration.MAX_COVERED_FLAGGED, describe(shipped));
    }

    @Test
    void aMalformedLabelledLineIsAnErrorAtItsLine() {
        Path file = dir.resolve("bad.tsv");
        LogFiles.writeUtf8(file, "question\tlabel\tnote\nبیمه بیکاری\tcovered\tunemployment-eligibility\nسلام\tmaybe\tx\n");
        IOException e = assertThrows(IOException.class, () -> GapCalibration.read(file));
        assertTrue(e.getMessage().startsWith(file + ":3:"), e.getMessage());
    }

    static String describe(GapCalibration.Figures f) {
        return f.thresholds() + ": answered called missing " + f.coveredCalledMissing() + "/" + f.covered()
                + ", answered flagged " + f.coveredFlagged() + ", right article " + f.coveredRightArticle()
                + "; unanswered flagged " + f.missingFlagged() + "/" + f.missing() + ", called missing "
                + f.missingCalledMissing();
    }
}
