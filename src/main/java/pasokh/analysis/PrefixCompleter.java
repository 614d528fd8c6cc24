package pasokh.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads text someone is still typing into the few whole queries it most likely becomes, so the search box can
 * search those with the full Persian chain. The last word may be unfinished («بیمه بیکا»), glued to the one before
 * («بیمهبیکا»), misspelt («بیمه بیکر»), Finglish («bime bi») or typed on the English layout («fdli fd»).
 *
 * <p>Completions come from the knowledge base's own words. Words of titles and questions count more, being how
 * people ask, and a word that follows the previous one in some question comes first: after «بیمه», «بی» is far more
 * likely «بیکاری» than «بیماری».
 */
public final class PrefixCompleter {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** A word in a title or question is how people ask; body words only widen the vocabulary. */
    private static final int ASKING_WEIGHT = 5;
    /** Below this many letters a lone unfinished word could become almost anything. */
    private static final int MIN_LONE_PREFIX = 2;
    private static final int MAX_FINGLISH_WORDS = 10;
    /** From this length an unfinished word may hold one typo: shorter ones would match too much. */
    private static final int MIN_FUZZY_PREFIX = 3;

    private final PersianAnalysis analysis;
    /** Folded vocabulary words, sorted, so the words starting with a prefix are one contiguous range. */
    private final String[] words;
    private final int[] weights;
    private final Map<String, Integer> index;
    private final Map<String, Integer> followCounts;

    private PrefixCompleter(PersianAnalysis analysis, Map<String, Integer> weightByWord,
            Map<String, Integer> followCounts) {
        this.analysis = analysis;
        this.words = weightByWord.keySet().toArray(String[]::new);
        Arrays.sort(words);
        this.weights = new int[words.length];
        this.index = new HashMap<>(words.length * 2);
        for (int i = 0; i < words.length; i++) {
            weights[i] = weightByWord.get(words[i]);
            index.put(words[i], i);
        }
        this.followCounts = Map.copyOf(followCounts);
    }

    /**
     * @param askingTexts the titles and questions: how people ask, which ranks completions
     */
    public static PrefixCompleter of(PersianAnalysis analysis, Iterable<String> askingTexts) {
        Map<String, Integer> weight = new HashMap<>();
        for (String w : analysis.lexicon().surfaces()) weight.put(w, analysis.lexicon().surfaceCount(w));
        Map<String, Integer> follows = new HashMap<>();
        for (String text : askingTexts) {
            List<String> ws = analysis.surfaceWords(text);
            for (int i = 0; i < ws.size(); i++) {
                weight.merge(ws.get(i), ASKING_WEIGHT, Integer::sum);
                if (i > 0) follows.merge(pair(ws.get(i - 1), ws.get(i)), 1, Integer::sum);
            }
        }
        return new PrefixCompleter(analysis, weight, follows);
    }

    /**
     * Up to {@code max} whole queries the typed text may become, most likely first; empty when nothing can be read.
     *
     * @param unfinished whether the last word is still being typed (no space after it)
     */
    public List<String> complete(String typed, boolean unfinished, int max) {
        String text = WHITE_SPACE.matcher(typed).replaceAll(" ").strip();
        if (text.isEmpty()) return List.of();
        List<String> words = read(text, unfinished);
        if (words.isEmpty()) return List.of();
        String asRead = String.join(" ", words);
        List<String> head = words.subList(0, words.size() - 1);
        String last = words.getLast();
        if (!unfinished) return List.of(asRead);
        if (head.isEmpty() && last.length() < MIN_LONE_PREFIX) return List.of();
        String previous = head.isEmpty() ? null : head.getLast();
        List<String> endings = endings(previous, last, max);
        if (endings.isEmpty()) return List.of(asRead);
        String start = head.isEmpty() ? "" : String.join(" ", head) + " ";
        List<String> out = new ArrayList<>(endings.size());
        for (String ending : endings) out.add(start + ending);
        return out;
    }

    /**
     * The typed text as folded Persian words. Latin text with no Persian in it is read on both Persian keyboard
     * layouts and as Finglish; the reading whose words the articles know best wins. English, code and markup stay
     * as typed, as the search does with them.
     */
    private List<String> read(String text, boolean unfinished) {
        List<String> asTyped = analysis.surfaceWords(text);
        if (!Letters.hasLatinLetter(text) || Letters.hasPersianLetter(text)
                || LatinText.isCodeOrMarkup(text) || LatinText.looksEnglish(text)) {
            return asTyped;
        }
        List<String> tokens = List.of(WHITE_SPACE.split(text));
        List<List<String>> readings = new ArrayList<>();
        for (KeyboardLayout layout : List.of(KeyboardLayout.isiri9147(), KeyboardLayout.legacyWindows())) {
            readings.add(analysis.surfaceWords(String.join(" ",
                    tokens.stream().map(layout::type).toList())));
        }
        finglish(tokens, unfinished).ifPresent(readings::add);
        List<String> best = asTyped;
        double bestScore = 0;
        for (List<String> r : readings) {
            double score = recognised(r, unfinished);
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        return best;
    }

    private Optional<List<String>> finglish(List<String> tokens, boolean unfinished) {
        Finglish finglish = analysis.finglish();
        List<String> out = new ArrayList<>(tokens.size());
        boolean changed = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            // «karfarma 3 mah»: a number, or a word with no reading, stays as typed among the words that read
            // as in search, a real question has a handful of words: reading more only lets a hostile text cost more
            Optional<String> persian = !Letters.hasLatinLetter(token) || i >= MAX_FINGLISH_WORDS ? Optional.empty()
                    : last && unfinished ? finglish.readStart(token) : finglish.read(token);
            changed |= persian.isPresent();
            out.add(persian.orElse(token));
        }
        return changed ? Optional.of(analysis.surfaceWords(String.join(" ", out))) : Optional.empty();
    }

    /** The share of a reading's words the articles use; an unfinished last word counts if some word starts so. */
    private double recognised(List<String> words, boolean unfinished) {
        if (words.isEmpty()) return 0;
        int known = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean last = i == words.size() - 1;
            if (index.containsKey(w) || analysis.isStopword(w)
                    || last && unfinished && firstStartingWith(w) >= 0) known++;
        }
        return known / (double) words.size();
    }

    /** Whole words the unfinished {@code partial} may become, best first. */
    private List<String> endings(String previous, String partial, int max) {
        List<String> found = ranked(previous, partial, startingWith(partial), max);
        if (!found.isEmpty()) return found;
        Set<String> out = new LinkedHashSet<>();
        // «بیمهبیکا»: a known word glued to the start of the next
        for (int cut = 2; cut <= partial.length() - 1 && out.size() < max; cut++) {
            String first = partial.substring(0, cut);
            if (!index.containsKey(first)) continue;
            String rest = partial.substring(cut);
            for (String next : ranked(first, rest, startingWith(rest), max)) out.add(first + " " + next);
        }
        if (!out.isEmpty()) return List.copyOf(out).subList(0, Math.min(max, out.size()));
        if (partial.length() < MIN_FUZZY_PREFIX) return List.of();
        return ranked(previous, partial, withinOneEdit(partial), max);
    }

    private List<Integer> startingWith(String prefix) {
        List<Integer> out = new ArrayList<>();
        for (int i = Math.max(0, firstStartingWith(prefix)); i < words.length && words[i].startsWith(prefix); i++) {
            out.add(i);
        }
        return out;
    }

    /** Index of the first word starting with {@code prefix}, or -1. */
    private int firstStartingWith(String prefix) {
        int at = Arrays.binarySearch(words, prefix);
        if (at < 0) at = -at - 1;
        return at < words.length && words[at].startsWith(prefix) ? at : -1;
    }

    /** Words whose start is one typo (a letter wrong, missing, extra or two swapped) away from {@code partial}. */
    private List<Integer> withinOneEdit(String partial) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            for (int len = partial.length() - 1; len <= partial.length() + 1; len++) {
                if (len < 1 || len > w.length()) continue;
                if (withinOneEdit(partial, w, len)) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The best {@code max} of these words: those that follow {@code previous} in questions first, then by weight.
     * Stopwords are no completion («در» is not on its way to «درمان»), unless typed whole.
     */
    private List<String> ranked(String previous, String typed, List<Integer> candidates, int max) {
        Comparator<Integer> order = Comparator
                .comparingInt((Integer i) -> previous == null ? 0
                        : -followCounts.getOrDefault(pair(previous, words[i]), 0))
                .thenComparingInt(i -> -weights[i])
                .thenComparing(i -> words[i]);
        return candidates.stream()
                .filter(i -> !analysis.isStopword(words[i]) || words[i].equals(typed))
                .sorted(order)
                .limit(max)
                .map(i -> words[i])
                .toList();
    }

    /**
     * Whether {@code a} is at most one edit (optimal string alignment: a letter changed, added, dropped, or two
     * neighbours swapped) from the first {@code bLength} letters of {@code b}. Compares in place: the whole
     * vocabulary is scanned for each misspelt prefix.
     */
    static boolean withinOneEdit(String a, String b, int bLength) {
        int aLength = a.length();
        if (Math.abs(aLength - bLength) > 1) return false;
        int i = 0;
        while (i < aLength && i < bLength && a.charAt(i) == b.charAt(i)) i++;
        if (i == aLength && i == bLength) return true;
        if (aLength == bLength) {
            if (a.regionMatches(i + 1, b, i + 1, aLength - i - 1)) return true;
            return i + 1 < aLength && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, aLength - i - 2);
        }
        return aLength > bLength
                ? a.regionMatches(i + 1, b, i, bLength - i)
                : b.regionMatches(i + 1, a, i, aLength - i);
    }

    private static String pair(String first, String second) {
        return first + ' ' + second;
    }
}
