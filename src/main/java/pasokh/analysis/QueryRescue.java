package pasokh.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Before analysis: reads a query typed in Latin letters as the Persian it was meant to be, either
 * Finglish («bime bikari») or Persian typed on an English keyboard layout («fdli fd;hvd»). It only acts
 * when a reading is made of words the knowledge base knows clearly better than the text as typed; a
 * Persian query is never touched.
 */
public final class QueryRescue {

    private static final double MIN_RECOGNISED = 0.5;
    private static final int MAX_FINGLISH_WORDS = 10;

    private final PersianAnalysis analysis;
    private final Finglish finglish;

    public QueryRescue(PersianAnalysis analysis) {
        this.analysis = analysis;
        Set<String> readable = new HashSet<>(analysis.lexicon().surfaces());
        readable.addAll(analysis.wordLists().stopwords());
        readable.addAll(analysis.wordLists().colloquial().keySet());
        this.finglish = new Finglish(readable, w -> analysis.lexicon().surfaceCount(w));
    }

    /** The Persian reading to search instead, or empty to search the text as typed. */
    public Optional<String> rescue(String query) {
        if (!hasLatinLetter(query)) return Optional.empty();
        record Reading(String text, double score, boolean layout) {}
        List<Reading> readings = new ArrayList<>();
        if (!hasPersianLetter(query)) {
            for (KeyboardLayout layout : List.of(KeyboardLayout.isiri9147(), KeyboardLayout.legacyWindows())) {
                String typed = layout.type(query);
                readings.add(new Reading(typed, recognised(typed), true));
            }
        }
        readFinglish(query).ifPresent(text -> readings.add(new Reading(text, recognised(text), false)));
        // Equal scores: ; ' , [ ] inside words betray a layout slip; plain letters mean Finglish.
        boolean layoutHint = KeyboardLayout.hasPersianLetterPunctuation(query);
        Optional<Reading> best = readings.stream()
                .filter(r -> r.score() >= MIN_RECOGNISED)
                .max(java.util.Comparator.comparingDouble(Reading::score)
                        .thenComparing(r -> r.layout() == layoutHint));
        if (best.isEmpty() || best.get().score() <= recognised(query)) return Optional.empty();
        return Optional.of(best.get().text().replaceAll("\\s+", " ").strip());
    }

    private Optional<String> readFinglish(String query) {
        StringBuilder sb = new StringBuilder();
        boolean changed = false;
        int read = 0;
        for (String word : query.split("\\s+")) {
            if (word.isEmpty()) continue;
            String out = word;
            // a real question has a handful of words; reading more would only let a hostile query cost more
            if (hasLatinLetter(word) && read++ < MAX_FINGLISH_WORDS) {
                Optional<String> persian = finglish.read(word);
                if (persian.isPresent()) {
                    out = persian.get();
                    changed = true;
                }
            }
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(out);
        }
        return changed ? Optional.of(sb.toString()) : Optional.empty();
    }

    /** The share of words in the text that the knowledge base knows (stopwords and spoken forms count). */
    double recognised(String text) {
        List<String> words = analysis.surfaceWords(text);
        if (words.isEmpty()) return 0;
        int known = 0;
        for (String w : words) {
            if (isKnown(w)) known++;
        }
        return (double) known / words.size();
    }

    private boolean isKnown(String word) {
        if (analysis.isStopword(word) || analysis.wordLists().colloquial().containsKey(word)) return true;
        if (analysis.lexicon().surfaceCount(word) > 0) return true;
        if (!hasPersianLetter(word)) return false;
        List<String> terms = analysis.queryTerms(word);
        return !terms.isEmpty() && terms.stream().allMatch(t -> analysis.lexicon().hasStem(t));
    }

    static boolean hasLatinLetter(String s) {
        for (char c : s.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
        }
        return false;
    }

    static boolean hasPersianLetter(String s) {
        for (char c : s.toCharArray()) {
            if (StemFilter.isPersianLetter(c) && Character.isLetter(c)) return true;
        }
        return false;
    }
}
