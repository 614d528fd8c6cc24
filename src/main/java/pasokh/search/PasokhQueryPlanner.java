package pasokh.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import pasokh.analysis.PersianAnalysis;
import pasokh.analysis.QueryRescue;
import pasokh.analysis.SpellCorrector;

/**
 * Our reading of a query: rescue Latin-letter input (keyboard layout, Finglish), analyse with the Persian
 * chain, fall back to stopwords when nothing else is left, and add corrections for words the knowledge
 * base does not know. A query whose words are all known runs exactly as typed.
 */
public final class PasokhQueryPlanner implements QueryPlanner {

    static final int MAX_CORRECTED_WORDS = 6;

    private final PersianAnalysis analysis;
    private final QueryRescue rescue;
    private final SpellCorrector corrector;
    private final FieldQueries fields;
    private final RankingConfig ranking;

    /**
     * The weights of {@code ranking}: synonyms widen recall but must not outweigh the words typed (at full
     * weight «مستمری», also «حقوق بازنشستگی», pulled «مستمری بازماندگان» toward the retirement articles);
     * query words standing together earn a proximity bonus; corrections help, the words typed count more.
     */
    public PasokhQueryPlanner(PersianAnalysis analysis, RankingConfig ranking) {
        this.ranking = ranking;
        this.analysis = analysis;
        this.rescue = new QueryRescue(analysis);
        this.corrector = new SpellCorrector(analysis.lexicon().contentSurfaces(), analysis.lexicon()::surfaceCount);
        this.fields = new FieldQueries(ranking.fieldBoosts());
    }

    @Override
    public Plan plan(String text, boolean asTyped) {
        String typed = QueryText.clean(text);
        if (typed.isEmpty()) return Plan.nothing();
        Optional<String> rewritten = asTyped ? Optional.empty() : rescue.rescue(typed);
        String searched = rewritten.orElse(typed);

        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Query literal = fields.parse(searched, analysis.queryAnalyzerWithoutSynonyms());
        if (literal == null) {
            // only stopwords («چطوری؟»): better to match them than to find nothing
            Query stopwords = fields.parse(searched, analysis.queryAnalyzerKeepingStopwords());
            return new Plan(stopwords, rewritten, Optional.empty());
        }
        query.add(literal, BooleanClause.Occur.SHOULD);
        List<String> terms = analysis.queryTerms(searched);
        if (analysis.expandsWithSynonyms(searched, terms)) {
            addWeighted(query, fields.parse(searched, analysis.queryAnalyzer()), ranking.synonymWeight());
        }
        addWeighted(query, fields.proximity(analysis.phraseTerms(searched), analysis::isStopword), ranking.proximityWeight());
        List<String> words = analysis.surfaceWords(searched);
        joined(words).ifPresent(joined -> addWeighted(query, fields.parse(joined, analysis.queryAnalyzerWithoutSynonyms()), 1f));
        Optional<String> corrected = corrected(words);
        if (corrected.isPresent()) {
            addWeighted(query, fields.parse(corrected.get(), analysis.queryAnalyzerWithoutSynonyms()), ranking.correctionWeight());
            addWeighted(query, fields.proximity(analysis.phraseTerms(corrected.get()), analysis::isStopword), ranking.correctionWeight() * ranking.proximityWeight());
        }
        return new Plan(query.build(), rewritten, corrected);
    }

    private static void addWeighted(BooleanQuery.Builder query, Query clause, float weight) {
        if (clause != null) query.add(new BoostQuery(clause, weight), BooleanClause.Occur.SHOULD);
    }

    /**
     * The query's words (folded, as {@link PersianAnalysis#surfaceWords} gives them) with each one the
     * knowledge base does not know replaced by the word it most likely meant.
     * Words are taken as analysis sees them (no punctuation: «بیکری؟» is the word «بیکری»); at most
     * {@link #MAX_CORRECTED_WORDS} are corrected, so a hostile query of many unknown words stays cheap.
     */
    Optional<String> corrected(List<String> words) {
        List<String> out = new ArrayList<>();
        boolean changed = false;
        int attempts = 0;
        for (String word : words) {
            List<String> terms = analysis.queryTerms(word);
            boolean unknown = isPersian(word) && !terms.isEmpty() && terms.stream().noneMatch(t -> analysis.lexicon().hasStem(t));
            Optional<String> fixed = unknown && attempts++ < MAX_CORRECTED_WORDS ? corrector.correct(word) : Optional.empty();
            changed |= fixed.isPresent();
            out.add(fixed.orElse(word));
        }
        return changed ? Optional.of(String.join(" ", out)) : Optional.empty();
    }

    /**
     * Neighbouring words that the articles write as one («کار فرما» -> «کارفرما», «از کار افتادگی» ->
     * «ازکارافتادگی», «باز نشستگی» -> «بازنشستگی»): the joined words, searched beside the words as typed.
     * Takes the query's words as {@link PersianAnalysis#surfaceWords} gives them.
     * Empty when no two or three neighbours make a known word.
     */
    Optional<String> joined(List<String> words) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int n = 3; n >= 2; n--) {
                if (i + n > words.size()) continue;
                String glued = String.join("", words.subList(i, i + n));
                if (isPersian(glued) && analysis.lexicon().surfaceCount(glued) > 0 && !analysis.isStopword(glued)) {
                    found.add(glued);
                    break;
                }
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", found));
    }

    private static boolean isPersian(String word) {
        for (char c : word.toCharArray()) {
            if (c >= '\u0600' && c <= '\u06FF') return true;
        }
        return false;
    }
}
