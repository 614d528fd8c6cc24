package pasokh.analysis;

import java.util.Collection;
import java.util.Optional;

/**
 * Finds the knowledge-base word a mistyped one was meant to be. Distances are Damerau-Levenshtein with
 * Persian in mind: letters that sound alike (س/ص/ث، ز/ذ/ض/ظ، ت/ط، ه/ح، ق/غ، ا/ع) cost half a mistake,
 * since people who spell by ear swap them far more often than they hit a wrong key.
 */
public final class SpellCorrector {

    private static final String[] SOUND_ALIKE = {"سصث", "زذضظ", "تط", "هح", "قغ", "اع", "یئ"};
    private static final int MIN_LENGTH = 3;

    private final Collection<String> dictionary;
    private final java.util.function.ToIntFunction<String> frequency;

    public SpellCorrector(Collection<String> dictionary, java.util.function.ToIntFunction<String> frequency) {
        this.dictionary = dictionary;
        this.frequency = frequency;
    }

    /** The closest dictionary word within the allowed distance for this length; frequent words win ties. */
    public Optional<String> correct(String word) {
        if (word.length() < MIN_LENGTH) return Optional.empty();
        double allowed = word.length() <= 4 ? 1.0 : 2.0;
        String best = null;
        double bestDistance = Double.MAX_VALUE;
        int bestFrequency = -1;
        for (String candidate : dictionary) {
            if (Math.abs(candidate.length() - word.length()) > allowed || candidate.length() < MIN_LENGTH - 1) continue;
            double d = distance(word, candidate, Math.min(allowed, bestDistance));
            if (d > allowed) continue;
            int f = frequency.applyAsInt(candidate);
            if (d < bestDistance || (d == bestDistance && f > bestFrequency)) {
                best = candidate;
                bestDistance = d;
                bestFrequency = f;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Weighted Damerau-Levenshtein; returns something above {@code limit} as soon as it is sure to exceed it. */
    static double distance(String a, String b, double limit) {
        int n = a.length();
        int m = b.length();
        double[][] d = new double[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            double rowMin = Double.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                double sub = x == y ? 0 : soundAlike(x, y) ? 0.5 : 1;
                double v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + sub);
                if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y) v = Math.min(v, d[i - 2][j - 2] + 1);
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) return limit + 1;
        }
        return d[n][m];
    }

    private static boolean soundAlike(char x, char y) {
        for (String group : SOUND_ALIKE) {
            if (group.indexOf(x) >= 0 && group.indexOf(y) >= 0) return true;
        }
        return false;
    }
}
