package pasokh.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import pasokh.analysis.AnalyzedQuery;
import pasokh.analysis.Letters;
import pasokh.analysis.PersianAnalysis;
import pasokh.analysis.QueryRescue;
import pasokh.analysis.SynonymTable;

/**
 * Our reading of a query: rescue Latin-letter input (keyboard layout, Finglish), analyse it once with the
 * Persian chain, and build every clause from that one {@link AnalyzedQuery}.
 *
 * <p>Each content word of the query is one clause, holding its other forms (one-word synonyms pooled with
 * it, longer synonyms, a correction of a word the articles don't use, neighbours written as one): an
 * article must answer enough of those clauses to be listed at all. Neighbouring words that stand together
 * in an article, and phrases typed in quotes, only add to the score.
 */
public final class PasokhQueryPlanner implements QueryPlanner {

    /** A question has a handful of words; beyond this many, the rest are searched without their other forms. */
    static final int MAX_WORD_CLAUSES = 16;
    static final int MAX_PROXIMITY_PAIRS = 10;
    static final int MAX_ALTERNATIVES_PER_WORD = 4;
    static final int MAX_PHRASES = 3;
    static final int MAX_PHRASE_TERMS = 12;
    private static final float QUOTED_PHRASE_WEIGHT = 1f;
    private static final String OPENING_QUOTES = "\"“«";
    private static final String CLOSING_QUOTES = "\"”»";

    private final PersianAnalysis analysis;
    private final QueryRescue rescue;
    private final FieldQueries fields;
    private final RankingConfig ranking;

    /** Planners over {@code analysis} (one snapshot's chain and vocabulary) with these weights. */
    public static QueryPlanner.Factory factory(PersianAnalysis analysis, RankingConfig ranking) {
        QueryRescue rescue = new QueryRescue(analysis);
        return terms -> new PasokhQueryPlanner(analysis, ranking, terms, rescue);
    }

    private PasokhQueryPlanner(PersianAnalysis analysis, RankingConfig ranking, TermDirectory terms,
                               QueryRescue rescue) {
        this.analysis = analysis;
        this.rescue = rescue;
        this.fields = new FieldQueries(ranking.fieldBoosts(), terms);
        this.ranking = ranking;
    }

    @Override
    public Plan plan(String text, boolean asTyped) {
        return plan(text, asTyped, true);
    }

    @Override
    public Plan plainWords(String text, boolean asTyped) {
        return plan(text, asTyped, false);
    }

    private Plan plan(String text, boolean asTyped, boolean full) {
        String typed = QueryText.clean(text);
        if (typed.isEmpty()) return Plan.nothing(Optional.empty());
        Optional<String> rewritten = asTyped ? Optional.empty() : rescue.rescue(typed);
        AnalyzedQuery query = analysis.analyse(rewritten.orElse(typed));
        Clauses clauses = new Clauses(query, full);
        Query built = clauses.build();
        if (built == null) return Plan.nothing(rewritten);
        return new Plan(built, clauses.highlights, rewritten, query.correctedText(), ranking.scoreFloor());
    }

    /** One query's clauses, built from its analysis. */
    private final class Clauses {

        private final AnalyzedQuery query;
        private final boolean full;
        private final Set<String> highlights = new HashSet<>();
        /** Indexes of the tokens that get a clause of their own, and what each clause may also match. */
        private final List<Integer> wordTokens = new ArrayList<>();
        private final List<List<String>> oneWordSynonyms = new ArrayList<>();
        private final List<List<Weighted>> alternatives = new ArrayList<>();

        private record Weighted(Query query, float weight) {}

        Clauses(AnalyzedQuery query, boolean full) {
            this.query = query;
            this.full = full;
        }

        Query build() {
            if (query.isEmpty()) return null;
            boolean content = query.hasContent();
            for (int i = 0; i < query.tokens().size() && wordTokens.size() < MAX_WORD_CLAUSES; i++) {
                AnalyzedQuery.Token token = query.tokens().get(i);
                // a query of nothing but little words («چی کار کنم») is searched by them, all of them
                if (content ? token.isContent() : token.term().length() >= 2) addWord(i);
            }
            if (wordTokens.isEmpty() || (!content && wordTokens.size() < 2)) return null;
            if (full) {
                addSynonyms();
                addCorrections();
                addJoinedWords();
            }
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            int known = 0;
            for (int w = 0; w < wordTokens.size(); w++) {
                words.add(wordClause(w), BooleanClause.Occur.SHOULD);
                if (isKnown(w)) known++;
            }
            words.setMinimumNumberShouldMatch(content ? required(Math.max(known, 1)) : wordTokens.size());
            BooleanQuery.Builder top = new BooleanQuery.Builder().add(words.build(), BooleanClause.Occur.MUST);
            if (!content) requireTogether(top);
            if (full) {
                addProximity(top);
                addQuotedPhrases(top);
            }
            return top.build();
        }

        /**
         * Little words alone («که و به») are in nearly every article; they say something only where they
         * stand together, as in one of the ways a question is asked («از کجا»).
         */
        private void requireTogether(BooleanQuery.Builder top) {
            for (int w = 0; w + 1 < wordTokens.size(); w++) {
                String a = query.tokens().get(wordTokens.get(w)).term();
                String b = query.tokens().get(wordTokens.get(w + 1)).term();
                top.add(fields.together(a, b), BooleanClause.Occur.MUST);
            }
        }

        private void addWord(int token) {
            wordTokens.add(token);
            oneWordSynonyms.add(new ArrayList<>());
            alternatives.add(new ArrayList<>());
            highlights.add(query.tokens().get(token).term());
        }

        /** How many of {@code known} word clauses an article must match to be listed. */
        private int required(int known) {
            if (known <= 2) return 1;
            return Math.max(1, (int) Math.ceil(known * ranking.minWordShare()));
        }

        /**
         * Whether the word can match at all: a word no article uses (and with no other form) would only
         * make the share of words an article must match unreachable.
         */
        private boolean isKnown(int w) {
            String term = query.tokens().get(wordTokens.get(w)).term();
            if (!oneWordSynonyms.get(w).isEmpty() || !alternatives.get(w).isEmpty()) return true;
            return Letters.startsPersian(term) ? analysis.lexicon().hasStem(term)
                    : analysis.lexicon().surfaceCount(term) > 0;
        }

        private Query wordClause(int w) {
            String term = query.tokens().get(wordTokens.get(w)).term();
            Query literal = fields.termWithSynonyms(term, oneWordSynonyms.get(w), ranking.synonymWeight());
            if (alternatives.get(w).isEmpty()) return literal;
            BooleanQuery.Builder any = new BooleanQuery.Builder().add(literal, BooleanClause.Occur.SHOULD);
            for (Weighted alternative : alternatives.get(w)) {
                any.add(FieldQueries.boosted(alternative.query(), alternative.weight()), BooleanClause.Occur.SHOULD);
            }
            return any.build();
        }

        /** The word clauses whose tokens lie in {@code from}..{@code to} (exclusive). */
        private List<Integer> wordsAmong(int from, int to) {
            List<Integer> found = new ArrayList<>();
            for (int w = 0; w < wordTokens.size(); w++) {
                if (wordTokens.get(w) >= from && wordTokens.get(w) < to) found.add(w);
            }
            return found;
        }

        private void addAlternative(List<Integer> words, Query alternative, float weight) {
            // shared by several words, the alternative answers each of them but counts once in the score
            for (int w : words) {
                if (alternatives.get(w).size() < MAX_ALTERNATIVES_PER_WORD) {
                    alternatives.get(w).add(new Weighted(alternative, weight / words.size()));
                }
            }
        }

        private void addSynonyms() {
            for (SynonymTable.Match match : query.synonyms()) {
                List<Integer> words = wordsAmong(match.from(), match.to());
                if (words.isEmpty()) continue;
                for (List<String> other : match.alternatives()) {
                    other.stream().filter(t -> !analysis.isStopword(t)).forEach(highlights::add);
                    if (words.size() == 1 && match.to() - match.from() == 1 && other.size() == 1) {
                        List<String> same = oneWordSynonyms.get(words.getFirst());
                        if (same.size() < MAX_ALTERNATIVES_PER_WORD) same.add(other.getFirst());
                    } else {
                        addAlternative(words, other.size() == 1 ? fields.term(other.getFirst()) : consecutive(other),
                                ranking.synonymWeight());
                    }
                }
            }
        }

        /**
         * A wording of several words («حقوق بازنشستگی»), found where each neighbouring pair of it stands
         * together in a question: term lookups, where a phrase in every field read positions.
         */
        private Query consecutive(List<String> terms) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (int i = 0; i + 1 < terms.size(); i++) all.add(fields.together(terms.get(i), terms.get(i + 1)),
                    BooleanClause.Occur.MUST);
            return all.build();
        }

        private void addCorrections() {
            for (AnalyzedQuery.Correction c : query.corrections()) {
                AnalyzedQuery.Word word = query.words().get(c.word());
                List<Integer> words = wordsAmong(word.firstToken(), word.firstToken() + word.tokenCount());
                if (words.isEmpty()) continue;
                addAlternative(List.of(words.getFirst()), fields.term(c.term()), ranking.correctionWeight());
                highlights.add(c.term());
            }
        }

        private void addJoinedWords() {
            for (AnalyzedQuery.Joined j : query.joined()) {
                int from = query.words().get(j.fromWord()).firstToken();
                AnalyzedQuery.Word last = query.words().get(j.toWord());
                List<Integer> words = wordsAmong(from, last.firstToken() + last.tokenCount());
                if (words.isEmpty()) continue;
                addAlternative(words, fields.term(j.term()), 1f);
                highlights.add(j.term());
            }
        }

        /**
         * For each pair of neighbouring terms (stopwords count: «تامین من», «از کار»; two stopwords together
         * say nothing), a bonus where they stand together in one of the article's questions: «مستمری
         * بازماندگان» over articles that merely contain both words. A corrected word takes its correction's
         * place, at the correction's weight.
         */
        private void addProximity(BooleanQuery.Builder top) {
            List<AnalyzedQuery.Token> tokens = query.tokens();
            int pairs = 0;
            for (int i = 0; i + 1 < tokens.size() && pairs < MAX_PROXIMITY_PAIRS; i++) {
                AnalyzedQuery.Token a = tokens.get(i);
                AnalyzedQuery.Token b = tokens.get(i + 1);
                if (a.stopword() && b.stopword()) continue;
                Optional<AnalyzedQuery.Correction> ca = correctionOf(a);
                Optional<AnalyzedQuery.Correction> cb = correctionOf(b);
                float weight = ranking.proximityWeight()
                        * (ca.isPresent() || cb.isPresent() ? ranking.correctionWeight() : 1f);
                Query together = fields.together(ca.map(AnalyzedQuery.Correction::term).orElse(a.term()),
                        cb.map(AnalyzedQuery.Correction::term).orElse(b.term()));
                top.add(FieldQueries.boosted(together, weight), BooleanClause.Occur.SHOULD);
                pairs++;
            }
        }

        /** The correction of an unknown word standing for this token, if it is that word's first content token. */
        private Optional<AnalyzedQuery.Correction> correctionOf(AnalyzedQuery.Token token) {
            Optional<AnalyzedQuery.Correction> c = query.correctionOf(token.word());
            if (c.isEmpty()) return c;
            AnalyzedQuery.Word word = query.words().get(token.word());
            for (int t = word.firstToken(); t < word.firstToken() + word.tokenCount(); t++) {
                if (!query.tokens().get(t).stopword()) return query.tokens().get(t) == token ? c : Optional.empty();
            }
            return Optional.empty();
        }

        /** Text typed in quotes ("...", “...”, «...»): its words in that order earn a bonus. */
        private void addQuotedPhrases(BooleanQuery.Builder top) {
            String text = query.text();
            int phrases = 0;
            int open = indexOfAny(text, OPENING_QUOTES, 0);
            while (open >= 0 && phrases < MAX_PHRASES) {
                int close = indexOfAny(text, CLOSING_QUOTES, open + 1);
                if (close < 0) break;
                List<String> terms = new ArrayList<>();
                List<Integer> positions = new ArrayList<>();
                int first = -1;
                for (AnalyzedQuery.Token t : query.tokens()) {
                    AnalyzedQuery.Word w = query.words().get(t.word());
                    if (w.start() <= open || w.end() > close || terms.size() >= MAX_PHRASE_TERMS) continue;
                    if (first < 0) first = t.position();
                    terms.add(t.term());
                    positions.add(t.position() - first);
                }
                if (terms.size() >= 2) {
                    top.add(FieldQueries.boosted(fields.phrase(terms, positions, 0), QUOTED_PHRASE_WEIGHT),
                            BooleanClause.Occur.SHOULD);
                    phrases++;
                }
                open = indexOfAny(text, OPENING_QUOTES, close + 1);
            }
        }
    }

    private static int indexOfAny(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) return i;
        }
        return -1;
    }
}
