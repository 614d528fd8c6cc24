package pasokh.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Before analysis: reads a query typed in Latin letters as the Persian it was meant to be, either
 * Finglish («bime bikari») or Persian typed on an English keyboard layout («fdli fd;hvd»). It only acts
 * when a reading is made of words the knowledge base knows clearly better than the text as typed; a
 * Persian query is never touched.
 */
public final class QueryRescue {

    private static final double MIN_RECOGNISED = 0.5;
    private static final int MAX_FINGLISH_WORDS = 10;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final PersianAnalysis analysis;
    private final Finglish finglish;

    public QueryRescue(PersianAnalysis analysis) {
        this.analysis = analysis;
        this.finglish = analysis.finglish();
    }

    /** The Persian reading to search instead, or empty to search the text as typed. */
    public Optional<String> rescue(String query) {
        if (!hasLatinLetter(query) || !mayBePersian(query)) return Optional.empty();
        List<String> tokens = Arrays.stream(WHITE_SPACE.split(query.strip())).filter(t -> !t.isEmpty()).toList();
        record Reading(List<String> tokens, double score, boolean layout) {}
        List<Reading> readings = new ArrayList<>();
        if (!hasPersianLetter(query)) {
            for (KeyboardLayout layout : List.of(KeyboardLayout.isiri9147(), KeyboardLayout.legacyWindows())) {
                List<String> typed = tokens.stream().map(layout::type).toList();
                readings.add(new Reading(typed, recognised(typed), true));
            }
        }
        // Equal scores: ; ' , [ ] inside words betray a layout slip; plain letters mean Finglish.
        boolean layoutHint = KeyboardLayout.hasPersianLetterPunctuation(query);
        // a slip that reads as nothing but known words, with the keys to show it, cannot lose to Finglish
        boolean layoutIsPerfect = layoutHint && readings.stream().anyMatch(r -> r.score() >= 1.0);
        if (!layoutIsPerfect) readFinglish(tokens)
                .ifPresent(read -> readings.add(new Reading(read, recognised(read), false)));
        Optional<Reading> best = readings.stream()
                .filter(r -> r.score() >= MIN_RECOGNISED)
                .max(Comparator.comparingDouble(Reading::score)
                        .thenComparing(r -> r.layout() == layoutHint));
        if (best.isEmpty() || best.get().score() <= recognised(tokens)) return Optional.empty();
        return Optional.of(WHITE_SPACE.matcher(String.join(" ", best.get().tokens())).replaceAll(" ").strip());
    }

    /**
     * Text in Latin letters that is English («hello», «login error»), code or markup («<script>», «' OR 1=1»)
     * or too short to read as anything («a», «q=a») is searched as typed: any Persian reading of it would be
     * a guess, and a guess that finds articles only misleads.
     */
    private static boolean mayBePersian(String query) {
        return !LatinText.isCodeOrMarkup(query) && !LatinText.looksEnglish(query) && !LatinText.tooShortToRead(query);
    }

    /** Each typed token's Finglish reading (a token may read as two words, «sabtenam»), or empty if none reads. */
    private Optional<List<String>> readFinglish(List<String> tokens) {
        List<String> out = new ArrayList<>();
        boolean changed = false;
        int read = 0;
        for (String token : tokens) {
            String reading = token;
            // a real question has a handful of words; reading more would only let a hostile query cost more
            if (hasLatinLetter(token) && read++ < MAX_FINGLISH_WORDS) {
                Optional<String> persian = finglish.read(token);
                if (persian.isPresent()) {
                    reading = persian.get();
                    changed = true;
                }
            }
            out.add(reading);
        }
        return changed ? Optional.of(out) : Optional.empty();
    }

    /**
     * How much of the text the knowledge base knows (stopwords and spoken forms count), token by typed token:
     * a reading that turns one typed token into several words must not score higher for it. A long token
     * read as nothing but little function words («;hv'v» as «و و») is a poor reading and counts half.
     */
    double recognised(List<String> tokens) {
        double sum = 0;
        int counted = 0;
        for (String token : tokens) {
            List<String> words = wordsOf(token);
            if (words.isEmpty()) continue;
            counted++;
            double known = words.stream().mapToDouble(this::knownWeight).sum();
            double share = known / words.size();
            boolean onlyFunctionWords = words.size() > 1 && words.stream().allMatch(analysis::isStopword);
            sum += onlyFunctionWords ? share / 2 : share;
        }
        return counted == 0 ? 0 : sum / counted;
    }

    /**
     * The folded words of one typed token, split where the surface analyzer would split them (at anything
     * but a letter or digit): a token is a word or two, and a tokenizer per token cost more than the reading.
     */
    private static List<String> wordsOf(String token) {
        String folded = CharFolding.fold(token);
        List<String> words = new ArrayList<>(2);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean part = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (part && start < 0) start = i;
            if (!part && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /**
     * A Latin word the articles contain is mostly a web address («bimebikari» of bimebikari.mcls.gov.ir): it
     * counts half, so the Persian reading of the same letters (بیمه بیکاری) can still win.
     */
    private double knownWeight(String word) {
        if (!isKnown(word)) return 0;
        return hasLatinLetter(word) ? 0.5 : 1;
    }

    private boolean isKnown(String word) {
        if (analysis.isStopword(word) || analysis.isSpokenForm(word)) return true;
        if (analysis.lexicon().surfaceCount(word) > 0) return true;
        return Letters.hasPersianLetter(word) && analysis.lexicon().hasStem(analysis.termOf(word));
    }

    private static boolean hasLatinLetter(String s) {
        return Letters.hasLatinLetter(s);
    }

    private static boolean hasPersianLetter(String s) {
        return Letters.hasPersianLetter(s);
    }
}
