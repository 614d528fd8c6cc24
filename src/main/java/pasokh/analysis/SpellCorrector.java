package pasokh.analysis;

import java.util.Collection;
import java.util.Optional;

/**
 * Finds the knowledge-base word a mistyped one was meant to be, among the words as the articles write
 * them. Distances are Damerau-Levenshtein with Persian in mind: letters that sound alike (س/ص/ث، ز/ذ/ض/ظ،
 * ت/ط، ه/ح، ق/غ، ا/ع) cost half a mistake, since people who spell by ear swap them far more often than
 * anything else; neighbouring keys of the Persian keyboard cost 0.7.
 */
public final class SpellCorrector {

    private static final String[] SOUND_ALIKE = {"سصث", "زذضظ", "تط", "هح", "قغ", "اع", "یئ"};
    /** Three-letter words get only one sound-alike fix («صبت» -> «ثبت»); shorter ones are left alone. */
    private static final int MIN_LENGTH = 3;
    /** Suffixes people glue to a word they mistype; tried only when the whole word has no close match. */
    private static final String[] SUFFIXES = {"های", "ها", "ی", "م", "ش", "ت", "و"};
    private static final double NEIGHBOUR_KEY = 0.7;

    /** Substitution costs between letters of the Arabic-script block, computed once (the DP's inner loop). */
    private static final float[][] SUBSTITUTION = substitutionTable();
    private static final int BLOCK = 0x0600;
    /** Popular typos repeat; the most recently used answers are kept, up to this many words. */
    private static final int CACHE_LIMIT = 20_000;

    private final Collection<String> dictionary;
    private final java.util.function.ToIntFunction<String> frequency;
    private final java.util.Map<String, Optional<String>> cache = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Optional<String>> eldest) {
                    return size() > CACHE_LIMIT;
                }
            });

    public SpellCorrector(Collection<String> dictionary, java.util.function.ToIntFunction<String> frequency) {
        this.dictionary = dictionary;
        this.frequency = frequency;
    }

    /** The closest dictionary word within the allowed distance for this length; frequent words win ties. */
    public Optional<String> correct(String word) {
        Optional<String> known = cache.get(word);
        if (known != null) return known;
        Optional<String> answer = search(word).or(() -> searchBeforeSuffix(word));
        cache.put(word, answer);
        return answer;
    }

    /**
     * A mistyped word with a suffix («افقانی», «اخطیاریه») is often too far from every whole word the articles
     * use, yet its base is one slip from a known word («افغان»): correct the base and keep the suffix.
     */
    private Optional<String> searchBeforeSuffix(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_LENGTH + 1) {
                Optional<String> base = search(word.substring(0, word.length() - suffix.length()));
                if (base.isPresent()) return Optional.of(base.get() + suffix);
            }
        }
        return Optional.empty();
    }

    private Optional<String> search(String word) {
        if (word.length() < MIN_LENGTH) return Optional.empty();
        double allowed = word.length() == 3 ? 0.5 : word.length() <= 6 ? 1.0 : 2.0;
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

    /**
     * Weighted Damerau-Levenshtein with three rolling rows; returns something above {@code limit} as soon as
     * it is sure to exceed it.
     */
    static double distance(String a, String b, double limit) {
        int m = b.length();
        double[] twoBack = new double[m + 1];
        double[] previous = new double[m + 1];
        double[] current = new double[m + 1];
        for (int j = 0; j <= m; j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            double rowMin = current[0];
            char x = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char y = b.charAt(j - 1);
                double sub = substitution(x, y);
                double v = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + sub);
                if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y) v = Math.min(v, twoBack[j - 2] + 1);
                current[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) return limit + 1;
            double[] recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return previous[m];
    }

    static double substitution(char x, char y) {
        if (x == y) return 0;
        int i = x - BLOCK;
        int j = y - BLOCK;
        return i >= 0 && i < 256 && j >= 0 && j < 256 ? SUBSTITUTION[i][j] : 1;
    }

    private static float[][] substitutionTable() {
        float[][] table = new float[256][256];
        KeyboardLayout keyboard = KeyboardLayout.isiri9147();
        for (int i = 0; i < 256; i++) {
            for (int j = 0; j < 256; j++) {
                char x = (char) (BLOCK + i);
                char y = (char) (BLOCK + j);
                table[i][j] = i == j ? 0 : soundAlike(x, y) ? 0.5f : keyboard.adjacent(x, y) ? (float) NEIGHBOUR_KEY : 1f;
            }
        }
        return table;
    }

    private static boolean soundAlike(char x, char y) {
        for (String group : SOUND_ALIKE) {
            if (group.indexOf(x) >= 0 && group.indexOf(y) >= 0) return true;
        }
        return false;
    }
}
