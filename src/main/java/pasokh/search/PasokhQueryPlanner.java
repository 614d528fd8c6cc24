package pasokh.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** Corrections help, but the words actually typed stay worth more. */
    private static final float CORRECTION_WEIGHT = 0.8f;
    /**
     * Synonyms widen recall but must not outweigh the words typed: at full weight «مستمری» (also «حقوق
     * بازنشستگی») pulled «مستمری بازماندگان» toward the retirement articles.
     */
    private static final float SYNONYM_WEIGHT = 0.3f;
    /** Query words standing together in an article say more than the same words far apart. */
    private static final float PROXIMITY_WEIGHT = 0.5f;

    private final PersianAnalysis analysis;
    private final QueryRescue rescue;
    private final SpellCorrector corrector;
    private final FieldQueries fields;

    public PasokhQueryPlanner(PersianAnalysis analysis, Map<String, Float> boosts) {
        this.analysis = analysis;
        this.rescue = new QueryRescue(analysis);
        this.corrector = new SpellCorrector(analysis.lexicon().contentSurfaces(), analysis.lexicon()::surfaceCount);
        this.fields = new FieldQueries(boosts);
    }

    @Override
    public Plan plan(String text, boolean asTyped) {
        String typed = QueryText.clean(text);
        if (typed.isEmpty()) return Plan.nothing();
        Optional<String> rewritten = asTyped ? Optional.empty() : rescue.rescue(typed);
        String searched = rewritten.orElse(typed);
        Optional<String> corrected = corrected(searched);

        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Query literal = fields.parse(searched, analysis.queryAnalyzerWithoutSynonyms());
        if (literal == null) {
            // only stopwords («چطوری؟»): better to match them than to find nothing
            Query stopwords = fields.parse(searched, analysis.queryAnalyzerKeepingStopwords());
            return new Plan(stopwords, rewritten, Optional.empty());
        }
        query.add(literal, BooleanClause.Occur.SHOULD);
        List<String> terms = analysis.queryTerms(searched);
        if (analysis.hasSynonyms(searched)) addWeighted(query, fields.parse(searched, analysis.queryAnalyzer()), SYNONYM_WEIGHT);
        addWeighted(query, fields.proximity(terms), PROXIMITY_WEIGHT);
        if (corrected.isPresent()) {
            addWeighted(query, fields.parse(corrected.get(), analysis.queryAnalyzerWithoutSynonyms()), CORRECTION_WEIGHT);
            addWeighted(query, fields.proximity(analysis.queryTerms(corrected.get())), CORRECTION_WEIGHT * PROXIMITY_WEIGHT);
        }
        return new Plan(query.build(), rewritten, corrected);
    }

    private static void addWeighted(BooleanQuery.Builder query, Query clause, float weight) {
        if (clause != null) query.add(new BoostQuery(clause, weight), BooleanClause.Occur.SHOULD);
    }

    /** The text with each unknown word replaced by the knowledge-base word it most likely meant. */
    Optional<String> corrected(String text) {
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (String word : text.split(" ")) {
            List<String> terms = analysis.queryTerms(word);
            if (terms.isEmpty() || terms.stream().anyMatch(t -> analysis.lexicon().hasStem(t)) || !isPersian(word)) {
                out.add(word);
                continue;
            }
            Optional<String> fixed = corrector.correct(pasokh.analysis.CharFolding.fold(word));
            changed |= fixed.isPresent();
            out.add(fixed.orElse(word));
        }
        return changed ? Optional.of(String.join(" ", out)) : Optional.empty();
    }

    private static boolean isPersian(String word) {
        for (char c : word.toCharArray()) {
            if (c >= '\u0600' && c <= '\u06FF') return true;
        }
        return false;
    }
}
