package pasokh.analysis;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.ToIntFunction;

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
    /** A transposition changes up to three letter pairs, the most any one mistake can change. */
    private static final int PAIRS_ONE_MISTAKE_CHANGES = 3;
    private static final char WORD_START = '\u0001';
    private static final char WORD_END = '\u0002';

    /** Substitution costs between letters of the Arabic-script block, computed once (the DP's inner loop). */
    private static final float[][] SUBSTITUTION = substitutionTable();
    private static final int BLOCK = 0x0600;

    private final String[] words;
    private final int[] frequencies;
    /** For each letter pair (sound-alike letters counted as one), the words that contain it, ascending. */
    private final Map<Integer, int[]> wordsWithPair;
    /** Counting arrays for {@link #candidates}, reused across queries rather than allocated per word. */
    private final Queue<int[]> scratch = new ConcurrentLinkedQueue<>();

    /**
     * Instead of measuring the distance to every word of the dictionary (4.7 ms per word at 36,000 words),
     * only words sharing enough letter pairs with the typed one are measured: a word within the allowed
     * distance cannot have lost more pairs than its mistakes can change.
     */
    public SpellCorrector(Collection<String> dictionary, ToIntFunction<String> frequency) {
        this.words = dictionary.stream().sorted().toArray(String[]::new);
        this.frequencies = new int[words.length];
        // two passes, counting then filling, so the index of a large vocabulary is plain int arrays throughout
        int[][] pairsOf = new int[words.length][];
        Map<Integer, int[]> counts = new HashMap<>();
        for (int id = 0; id < words.length; id++) {
            frequencies[id] = frequency.applyAsInt(words[id]);
            pairsOf[id] = distinctPairs(words[id]);
            for (int pair : pairsOf[id]) counts.computeIfAbsent(pair, k -> new int[1])[0]++;
        }
        Map<Integer, int[]> index = new HashMap<>(counts.size() * 2);
        counts.forEach((pair, n) -> index.put(pair, new int[n[0]]));
        for (int id = 0; id < words.length; id++) {
            for (int pair : pairsOf[id]) {
                int[] n = counts.get(pair);
                int[] ids = index.get(pair);
                ids[ids.length - n[0]--] = id;
            }
        }
        this.wordsWithPair = index;
    }

    /** The closest dictionary word within the allowed distance for this length; frequent words win ties. */
    public Optional<String> correct(String word) {
        return search(word).or(() -> searchBeforeSuffix(word));
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
        for (int id : candidates(word, allowed)) {
            String candidate = words[id];
            if (Math.abs(candidate.length() - word.length()) > allowed || candidate.length() < MIN_LENGTH - 1) continue;
            double d = distance(word, candidate, Math.min(allowed, bestDistance));
            if (d > allowed) continue;
            int f = frequencies[id];
            boolean tie = d == bestDistance && f == bestFrequency && candidate.compareTo(best) < 0;
            if (d < bestDistance || (d == bestDistance && f > bestFrequency) || tie) {
                best = candidate;
                bestDistance = d;
                bestFrequency = f;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Words that share enough letter pairs with {@code word} to be within {@code allowed}. Sound-alike letters
     * count as one letter here, so the only mistakes left cost at least {@link #NEIGHBOUR_KEY} each.
     */
    private int[] candidates(String word, double allowed) {
        int[] pairs = distinctPairs(word);
        int mistakes = (int) Math.floor(allowed / NEIGHBOUR_KEY + 1e-9);
        int needed = pairs.length - PAIRS_ONE_MISTAKE_CHANGES * mistakes;
        if (needed <= 0) return allIds();
        int[] counts = scratch.poll();
        if (counts == null) counts = new int[words.length];
        int[] found = new int[16];
        int n = 0;
        try {
            for (int pair : pairs) {
                int[] ids = wordsWithPair.get(pair);
                if (ids == null) continue;
                for (int id : ids) {
                    if (++counts[id] == needed) {
                        if (n == found.length) found = Arrays.copyOf(found, n * 2);
                        found[n++] = id;
                    }
                }
            }
        } finally {
            for (int pair : pairs) {
                int[] ids = wordsWithPair.get(pair);
                if (ids != null) for (int id : ids) counts[id] = 0;
            }
            scratch.offer(counts);
        }
        return Arrays.copyOf(found, n);
    }

    private int[] allIds() {
        int[] ids = new int[words.length];
        for (int i = 0; i < ids.length; i++) ids[i] = i;
        return ids;
    }

    /** The letter pairs of the word's sound key, with its start and end marked, each once. */
    private static int[] distinctPairs(String word) {
        String key = WORD_START + soundKey(word) + WORD_END;
        int[] pairs = new int[key.length() - 1];
        int n = 0;
        for (int i = 0; i + 1 < key.length(); i++) {
            int pair = (key.charAt(i) << 16) | key.charAt(i + 1);
            boolean seen = false;
            for (int k = 0; k < n && !seen; k++) seen = pairs[k] == pair;
            if (!seen) pairs[n++] = pair;
        }
        return n == pairs.length ? pairs : Arrays.copyOf(pairs, n);
    }

    /** The word with each sound-alike letter replaced by the first of its group. */
    static String soundKey(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) sb.append(soundClass(word.charAt(i)));
        return sb.toString();
    }

    private static char soundClass(char c) {
        for (String group : SOUND_ALIKE) {
            if (group.indexOf(c) >= 0) return group.charAt(0);
        }
        return c;
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
                table[i][j] = i == j ? 0
                        : soundAlike(x, y) ? 0.5f
                        : keyboard.adjacent(x, y) ? (float) NEIGHBOUR_KEY : 1f;
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
