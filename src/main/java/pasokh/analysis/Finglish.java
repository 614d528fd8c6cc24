package pasokh.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.function.ToIntFunction;

/**
 * Persian written in Latin letters («bime bikari», «sharayet bazneshastegi», «haghe bime») back to Persian
 * script. Spelling is free (gh/q, kh/x, ee/i, vowels written that Persian omits), so each Latin word is
 * read every plausible way at once, keeping only readings that are the start of a word the knowledge base
 * uses; the cheapest complete word wins, frequent words breaking ties.
 */
public final class Finglish {

    private record Rule(String latin, String persian, double cost, Where where) {}

    private enum Where { ANY, START, END, MIDDLE }

    /**
     * A partial reading: how far into the Latin word, its cost, where the Persian word being read (its last
     * segment) stands in the {@link PrefixTree} of known words, and how many words it has started. Its
     * Persian is the chain of pieces back to the start, spelled out only for the readings that complete:
     * most readings die in the beam, and building each one's text was most of the work.
     */
    private record Reading(int pos, double cost, int node, int words, Reading parent, String piece) {

        String persian() {
            List<String> pieces = new ArrayList<>();
            for (Reading r = this; r != null; r = r.parent()) pieces.add(r.piece());
            StringBuilder sb = new StringBuilder();
            for (int i = pieces.size() - 1; i >= 0; i--) sb.append(pieces.get(i));
            return sb.toString();
        }
    }

    /**
     * Two readings that have read as far and stand at the same place in the vocabulary (the same partial
     * word, the same number of words before it) go on the same way from here: only the cheaper is kept.
     * Keying on that place rather than on the Persian text keeps the beam small without losing a reading
     * that could still win (a reading of several words gets no frequency bonus, so cost alone decides).
     */
    private record Key(int pos, int node, int words) {}

    private static final List<Rule> RULES = rules();
    /** The rules by the first Latin letter they read, so each step tries only the rules that can apply. */
    private static final List<List<Rule>> RULES_BY_FIRST = byFirstLetter(RULES);
    private static final int BEAM = 30;
    private static final double WORD_BREAK_COST = 0.7;
    private static final double SILENT_FINAL_AIN_COST = 0.6;
    private static final int MAX_WORDS_PER_TOKEN = 3;
    private static final Pattern NOT_FINGLISH = Pattern.compile("[^a-z']");
    private static final Comparator<Reading> BY_COST = Comparator.comparingDouble(Reading::cost);

    /** The folded words readings may end in. */
    private final PrefixTree words;
    private final ToIntFunction<String> frequency;

    /**
     * @param words     the folded words readings may end in (article words, stopwords, spoken forms)
     * @param frequency how often a word occurs, to prefer common words among equally cheap readings
     */
    public Finglish(Iterable<String> words, ToIntFunction<String> frequency) {
        TreeSet<String> sorted = new TreeSet<>();
        for (String w : words) {
            if (Letters.startsPersian(w)) sorted.add(w);
        }
        this.words = new PrefixTree(sorted);
        this.frequency = frequency;
    }

    /** The best Persian reading of one Latin word, if some reading is a word we know. */
    public Optional<String> read(String latinWord) {
        return read(latinWord, false);
    }

    /**
     * The best Persian reading of a word still being typed («bik» -> «بیک»): a reading that is the start of some
     * known word, so the search box can complete it as it completes Persian.
     */
    public Optional<String> readStart(String latinStart) {
        return read(latinStart, true);
    }

    private Optional<String> read(String latinWord, boolean unfinished) {
        String w = NOT_FINGLISH.matcher(latinWord.toLowerCase(Locale.ROOT)).replaceAll("");
        if (w.isEmpty() || w.length() > 30) return Optional.empty();
        List<Reading> beam = List.of(start(0, 0, 1, null, ""));
        List<Reading> complete = new ArrayList<>();
        while (!beam.isEmpty()) {
            Map<Key, Reading> next = new HashMap<>();
            for (Reading r : beam) {
                if (r.pos() == w.length()) {
                    if (isWord(r) || unfinished && r.node() != PrefixTree.ROOT) complete.add(r);
                    // a final ع is silent and Finglish drops it: «ghat» قطع, «shoroo» شروع, «jam» جمع
                    Reading withAin = extend(r, "ع", 0);
                    if (withAin != null && isWord(withAin)) {
                        complete.add(new Reading(r.pos(), r.cost() + SILENT_FINAL_AIN_COST, withAin.node(), r.words(),
                                r, "ع"));
                    }
                    continue;
                }
                // «sabtenam» is two words glued: a known word may end anywhere and another begin
                if (isWord(r) && mayBreak(r)) {
                    keepCheaper(next, start(r.pos(), r.cost() + WORD_BREAK_COST, r.words() + 1, r, " "));
                }
                boolean wordStart = r.node() == PrefixTree.ROOT;
                char first = w.charAt(r.pos());
                for (Rule rule : RULES_BY_FIRST.get(first < 128 ? first : 0)) {
                    if (!w.startsWith(rule.latin(), r.pos())) continue;
                    int end = r.pos() + rule.latin().length();
                    if (rule.where() == Where.END && end < w.length()) {
                        // a word-final spelling inside a glued token ends a word there: «bime|bikari»
                        Reading ended = mayBreak(r) ? extend(r, rule.persian(), end) : null;
                        if (ended != null && isWord(ended)) {
                            keepCheaper(next,
                                    start(end, r.cost() + rule.cost() + WORD_BREAK_COST, r.words() + 1, ended, " "));
                        }
                        continue;
                    }
                    if (!fits(rule.where(), r.pos(), rule.latin().length(), w.length(), wordStart)) continue;
                    Reading extended = extend(r, rule.persian(), end);
                    if (extended == null) continue;
                    keepCheaper(next,
                            new Reading(end, r.cost() + rule.cost(), extended.node(), r.words(), r, rule.persian()));
                }
            }
            List<Reading> ranked = new ArrayList<>(next.values());
            ranked.sort(BY_COST);
            beam = ranked.size() > BEAM ? ranked.subList(0, BEAM) : ranked;
        }
        String best = null;
        double bestScore = Double.MAX_VALUE;
        for (Reading r : complete) {
            String persian = r.persian();
            double score = r.cost() - 0.15 * Math.log(1 + frequency.applyAsInt(persian));
            if (score < bestScore) {
                bestScore = score;
                best = persian;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A reading at {@code pos} where a new Persian word begins: every known word is still possible. */
    private static Reading start(int pos, double cost, int wordCount, Reading parent, String piece) {
        return new Reading(pos, cost, PrefixTree.ROOT, wordCount, parent, piece);
    }

    /**
     * {@code r} with {@code persian} appended and moved to {@code pos}; null when no known word starts with
     * the segment so far. Cost is left to the caller.
     */
    private Reading extend(Reading r, String persian, int pos) {
        int node = words.follow(r.node(), persian);
        return node == PrefixTree.NONE ? null : new Reading(pos, r.cost(), node, r.words(), r, persian);
    }

    /** Whether the segment being read is itself a known word. */
    private boolean isWord(Reading r) {
        return r.node() != PrefixTree.ROOT && words.endsWord(r.node());
    }

    private static void keepCheaper(Map<Key, Reading> next, Reading candidate) {
        Key key = new Key(candidate.pos(), candidate.node(), candidate.words());
        next.merge(key, candidate, (old, n) -> old.cost() <= n.cost() ? old : n);
    }

    /**
     * One Latin token holds at most {@link #MAX_WORDS_PER_TOKEN} glued words; more only lets a hostile token cost
     * more.
     */
    private static boolean mayBreak(Reading r) {
        return r.words() < MAX_WORDS_PER_TOKEN;
    }

    private static List<List<Rule>> byFirstLetter(List<Rule> rules) {
        List<List<Rule>> by = new ArrayList<>();
        for (int c = 0; c < 128; c++) by.add(new ArrayList<>());
        for (Rule r : rules) by.get(r.latin().charAt(0)).add(r);
        List<List<Rule>> frozen = new ArrayList<>();
        for (List<Rule> l : by) frozen.add(List.copyOf(l));
        return List.copyOf(frozen);
    }

    /**
     * {@code wordStart}: a Persian word begins here, at the token's start or after a break inside it
     * («azkar|oftadegi»).
     */
    private static boolean fits(Where where, int pos, int length, int wordLength, boolean wordStart) {
        return switch (where) {
            case ANY -> true;
            case START -> pos == 0 || wordStart;
            case END -> pos + length == wordLength;
            case MIDDLE -> !wordStart && pos + length < wordLength;
        };
    }

    private static List<Rule> rules() {
        List<Rule> r = new ArrayList<>();
        // consonants (digraphs first only matters for cost: all readings are explored)
        add(r, "kh", "خ", 0); add(r, "sh", "ش", 0); add(r, "ch", "چ", 0); add(r, "zh", "ژ", 0);
        add(r, "gh", "ق", 0); add(r, "gh", "غ", 0.2); add(r, "q", "ق", 0); add(r, "q", "غ", 0.3);
        add(r, "ph", "ف", 0.5); add(r, "ck", "ک", 0.2); add(r, "x", "خ", 0.3); add(r, "x", "کس", 0.8);
        add(r, "b", "ب", 0); add(r, "p", "پ", 0); add(r, "t", "ت", 0); add(r, "t", "ط", 0.5);
        add(r, "s", "س", 0); add(r, "s", "ص", 0.5); add(r, "s", "ث", 0.8); add(r, "j", "ج", 0);
        add(r, "h", "ه", 0); add(r, "h", "ح", 0.3); add(r, "h", "", 0.6); add(r, "d", "د", 0);
        add(r, "z", "ز", 0); add(r, "z", "ض", 0.6); add(r, "z", "ظ", 0.6); add(r, "z", "ذ", 0.7);
        add(r, "r", "ر", 0); add(r, "f", "ف", 0); add(r, "k", "ک", 0); add(r, "c", "ک", 0.3);
        add(r, "c", "س", 0.5); add(r, "g", "گ", 0); add(r, "l", "ل", 0); add(r, "m", "م", 0);
        add(r, "n", "ن", 0); add(r, "v", "و", 0); add(r, "w", "و", 0); add(r, "y", "ی", 0);
        for (String d : new String[] {"bb", "dd", "ff", "kk", "ll", "mm", "nn", "pp", "rr", "ss", "tt", "zz"}) {
            r.add(new Rule(d, String.valueOf(single(d.charAt(0))), 0.1, Where.ANY));
        }
        // vowels: written in Finglish, often absent in Persian script
        r.add(new Rule("aa", "ا", 0, Where.ANY));
        r.add(new Rule("a", "ا", 0, Where.START));
        r.add(new Rule("a", "ع", 0.8, Where.START));
        r.add(new Rule("a", "ا", 0.3, Where.MIDDLE));
        r.add(new Rule("a", "", 0.4, Where.MIDDLE));
        r.add(new Rule("a", "ع", 1.0, Where.MIDDLE));
        r.add(new Rule("a", "ا", 0.2, Where.END));
        r.add(new Rule("a", "ه", 0.4, Where.END));
        r.add(new Rule("e", "ا", 0.2, Where.START));
        r.add(new Rule("e", "ع", 0.8, Where.START));
        r.add(new Rule("e", "", 0.2, Where.MIDDLE));
        r.add(new Rule("e", "ی", 1.0, Where.MIDDLE));
        r.add(new Rule("e", "ع", 1.0, Where.MIDDLE));
        r.add(new Rule("e", "ه", 0, Where.END));
        r.add(new Rule("e", "", 0.3, Where.END));
        r.add(new Rule("eh", "ه", 0, Where.END));
        r.add(new Rule("i", "ای", 0.1, Where.START));
        r.add(new Rule("i", "ی", 0, Where.ANY));
        r.add(new Rule("i", "", 0.9, Where.MIDDLE));
        r.add(new Rule("ee", "ی", 0, Where.ANY));
        r.add(new Rule("ei", "ی", 0.2, Where.ANY));
        r.add(new Rule("ey", "ی", 0.2, Where.ANY));
        r.add(new Rule("ei", "ای", 0.4, Where.ANY));
        r.add(new Rule("ai", "ای", 0.3, Where.ANY));
        r.add(new Rule("ay", "ای", 0.3, Where.ANY));
        r.add(new Rule("o", "ا", 0.2, Where.START));
        r.add(new Rule("o", "", 0.3, Where.MIDDLE));
        r.add(new Rule("o", "و", 0.4, Where.ANY));
        r.add(new Rule("o", "ع", 1.0, Where.ANY));
        r.add(new Rule("u", "و", 0, Where.ANY));
        r.add(new Rule("u", "", 0.8, Where.MIDDLE));
        r.add(new Rule("oo", "و", 0, Where.ANY));
        r.add(new Rule("ou", "و", 0, Where.ANY));
        r.add(new Rule("o", "او", 0.3, Where.START));
        r.add(new Rule("u", "او", 0.2, Where.START));
        // a silent ع that Finglish drops: «etebar» اعتبار, «elam» اعلام, «tajmi» تجمیع, «jame» جامع, «ejtemaei» اجتماعی
        r.add(new Rule("e", "اع", 0.5, Where.START));
        r.add(new Rule("a", "اع", 0.6, Where.START));
        r.add(new Rule("i", "یع", 0.6, Where.END));
        r.add(new Rule("e", "ع", 0.8, Where.END));
        r.add(new Rule("ee", "عی", 0.5, Where.ANY));
        r.add(new Rule("ei", "عی", 0.4, Where.ANY));
        r.add(new Rule("aei", "اعی", 0.3, Where.ANY));
        // the silent و of خوا: «darkhast» درخواست, «khahar» خواهر
        r.add(new Rule("kha", "خوا", 0.3, Where.ANY));
        // the ezafe «-ye» after a vowel: «bimeye bikari»
        r.add(new Rule("ye", "", 0.3, Where.END));
        r.add(new Rule("'", "ع", 0.3, Where.ANY));
        r.add(new Rule("'", "", 0.3, Where.ANY));
        return List.copyOf(r);
    }

    private static void add(List<Rule> rules, String latin, String persian, double cost) {
        rules.add(new Rule(latin, persian, cost, Where.ANY));
    }

    private static char single(char latin) {
        return switch (latin) {
            case 'b' -> 'ب'; case 'd' -> 'د'; case 'f' -> 'ف'; case 'k' -> 'ک'; case 'l' -> 'ل'; case 'm' -> 'م';
            case 'n' -> 'ن'; case 'p' -> 'پ'; case 'r' -> 'ر'; case 's' -> 'س'; case 't' -> 'ت'; default -> 'ز';
        };
    }
}
