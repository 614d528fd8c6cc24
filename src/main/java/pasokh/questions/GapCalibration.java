package pasokh.questions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Calibrates the verdict thresholds on labelled questions (eval/gaps/labelled.tsv: question, covered or
 * missing, and the answering slug or a reason) and measures them. The goal the thresholds are chosen for:
 * demand the articles answer must almost never be called missing (at most {@link #MAX_COVERED_MISSING}), and
 * seldom weak (at most {@link #MAX_COVERED_FLAGGED} flagged at all), while as much unanswered demand as
 * possible is flagged missing or weak.
 */
public final class GapCalibration {

    static final double MAX_COVERED_MISSING = 0.03;
    static final double MAX_COVERED_FLAGGED = 0.15;

    public record Example(String question, boolean covered, String note) {}

    record Scored(Example example, ArticleMatch match) {}

    /** Figures of one set of thresholds on the examples. */
    public record Figures(GapThresholds thresholds, int covered, int missing, int coveredCalledMissing,
                          int coveredFlagged, int missingFlagged, int missingCalledMissing, int coveredRightArticle) {

        /** Of the questions flagged (missing or weak), the share that really are unanswered. */
        public double flaggedPrecision() {
            int flagged = coveredFlagged + missingFlagged;
            return flagged == 0 ? 1 : missingFlagged / (double) flagged;
        }

        /** Of the unanswered questions, the share flagged missing or weak. */
        public double flaggedRecall() {
            return missing == 0 ? 1 : missingFlagged / (double) missing;
        }

        public double coveredMissingRate() {
            return covered == 0 ? 0 : coveredCalledMissing / (double) covered;
        }

        public double coveredFlaggedRate() {
            return covered == 0 ? 0 : coveredFlagged / (double) covered;
        }
    }

    private final ArticleMatcher matcher;

    public GapCalibration(ArticleMatcher matcher) {
        this.matcher = matcher;
    }

    public static List<Example> read(Path file) throws IOException {
        List<Example> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != 3 || !(f[1].equals("covered") || f[1].equals("missing"))) {
                throw new IOException(file + ":" + (i + 1) + ": expected question<TAB>covered|missing<TAB>note");
            }
            out.add(new Example(f[0], f[1].equals("covered"), f[2]));
        }
        return out;
    }

    List<Scored> score(List<Example> examples) {
        return examples.parallelStream().map(e -> new Scored(e, matcher.match(PersonalData.scrub(e.question()))))
                .toList();
    }

    public Figures measure(List<Example> examples, GapThresholds t) {
        return figures(score(examples), t);
    }

    /** The thresholds that flag the most unanswered demand within the limits on answered demand. */
    public Figures calibrate(List<Example> examples) {
        List<Scored> scored = score(examples);
        Figures best = null;
        for (double missing = 0.0; missing <= 0.9001; missing += 0.05) {
            for (double missingScore = 0; missingScore <= 30.0001; missingScore += 1) {
                for (double weak = missing; weak <= 1.0001; weak += 0.05) {
                    for (double score = missingScore; score <= 40.0001; score += 1) {
                        Figures f = figures(scored,
                                new GapThresholds(round(missing), round(missingScore), round(weak), round(score)));
                        if (f.coveredMissingRate() > MAX_COVERED_MISSING
                                || f.coveredFlaggedRate() > MAX_COVERED_FLAGGED) {
                            continue;
                        }
                        if (best == null || better(f, best)) best = f;
                    }
                }
            }
        }
        return best == null ? figures(scored, new GapThresholds(0, 0, 0, 0)) : best;
    }

    private static boolean better(Figures a, Figures b) {
        if (a.missingFlagged() != b.missingFlagged()) return a.missingFlagged() > b.missingFlagged();
        if (a.missingCalledMissing() != b.missingCalledMissing()) return a.missingCalledMissing() > b.missingCalledMissing();
        return a.coveredFlagged() < b.coveredFlagged();
    }

    private static Figures figures(List<Scored> scored, GapThresholds t) {
        int covered = 0, missing = 0, coveredMissing = 0, coveredFlagged = 0, missingFlagged = 0, missingMissing = 0;
        int rightArticle = 0;
        for (Scored s : scored) {
            Verdict v = t.verdict(s.match());
            if (s.example().covered()) {
                covered++;
                if (v == Verdict.MISSING) coveredMissing++;
                if (v != Verdict.COVERED) coveredFlagged++;
                if (s.match().best().filter(s.example().note()::equals).isPresent()) rightArticle++;
            } else {
                missing++;
                if (v != Verdict.COVERED) missingFlagged++;
                if (v == Verdict.MISSING) missingMissing++;
            }
        }
        return new Figures(t, covered, missing, coveredMissing, coveredFlagged, missingFlagged, missingMissing,
                rightArticle);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
