package pasokh.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How often each question is asked: a Zipf-like law over a shuffled order of the questions, so a few are
 * asked every few minutes nationally and most only now and then. A few questions of the middle ranks only
 * start late in the period (a new rule, a deadline): the report's rising groups have something to find.
 */
final class Popularity {

    /** Near 1, as in word and query frequencies; the offset keeps the first ranks from taking a third of all. */
    private static final double EXPONENT = 0.95;
    private static final double OFFSET = 4;
    private static final int RISING_PERCENT = 2;

    private final List<QuestionSeeds.Seed> ranked;
    private final double[] cumulative;
    private final int[] startDay;
    private final SplittableRandom random;

    Popularity(List<QuestionSeeds.Seed> seeds, int days, SplittableRandom random) {
        this.random = random;
        List<QuestionSeeds.Seed> order = new ArrayList<>(seeds);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            QuestionSeeds.Seed t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        this.ranked = order;
        this.cumulative = new double[order.size()];
        this.startDay = new int[order.size()];
        double sum = 0;
        for (int r = 0; r < order.size(); r++) {
            sum += 1 / Math.pow(r + OFFSET, EXPONENT);
            cumulative[r] = sum;
            boolean rising = r >= 10 && r < 400 && random.nextInt(100) < RISING_PERCENT;
            startDay[r] = rising ? Math.max(0, days - 7 - random.nextInt(28)) : 0;
        }
    }

    /** A question asked on day {@code day} of the period (0 for its first). */
    QuestionSeeds.Seed pick(int day) {
        int rank = draw();
        // a question not asked yet that day is drawn again: the others keep their shares
        for (int tries = 0; startDay[rank] > day && tries < 8; tries++) rank = draw();
        return ranked.get(rank);
    }

    private int draw() {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }
}
