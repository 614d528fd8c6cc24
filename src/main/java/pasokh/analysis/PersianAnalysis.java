package pasokh.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The one place that decides how Persian text becomes search terms. Indexing, querying, suggestions,
 * evaluation and (later) question grouping all take their analyzers from here, so they never drift apart.
 *
 * <p>Chain: {@link CharFolding} -> StandardTokenizer -> lower case -> {@link ColloquialFilter} ->
 * [query: {@link GluedWordFilter}] -> {@link NumberWordFilter} -> [query: stopwords] -> protected words -> {@link StemFilter} ->
 * [query: synonyms]. The index keeps stopwords (BM25 gives them little weight) so that a query made only of
 * stopwords can still be matched by {@link #queryAnalyzerKeepingStopwords()}.
 */
public final class PersianAnalysis implements AutoCloseable {

    /** Bump when the chain's code changes what terms it makes, so existing indexes are rebuilt. */
    public static final int VERSION = 7;

    /** Spelling variants the character table cannot settle (the hamza seat of هیئت becomes ی, of هیأت ا). */
    private static final Map<String, String> HAMZA_VARIANTS = Map.of(
            "هییت", "هیات",
            "مسیله", "مساله",
            "مسله", "مساله",
            "سیوال", "سوال",
            "مسول", "مسیول",
            "ریس", "رییس");

    private final WordLists lists;
    private final Map<String, String> colloquial;
    private final Lexicon lexicon;
    private final PersianStemmer stemmer;
    private final GluedWordSplitter splitter;
    private final SynonymMap synonyms;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    private final Analyzer queryKeepingStopwords;
    private final Analyzer surfaceAnalyzer;
    private final Analyzer queryTermsAnalyzer;
    private final Analyzer phraseTermsAnalyzer;

    /** Which steps of the chain an analyzer runs. */
    private record Steps(boolean colloquial, boolean splitGlued, boolean numbers, boolean dropStopwords, boolean stem, boolean synonyms) {}

    private PersianAnalysis(WordLists lists, Iterable<String> corpus) throws IOException {
        this.lists = lists;
        Map<String, String> variants = new HashMap<>(HAMZA_VARIANTS);
        variants.putAll(lists.colloquial());
        this.colloquial = Map.copyOf(variants);
        this.surfaceAnalyzer = chain(new Steps(false, false, false, false, false, false));
        this.lexicon = Lexicon.build(corpus, chain(new Steps(true, false, false, false, false, false)), lists);
        this.stemmer = new PersianStemmer(lists.protectedWords(), lexicon::isSureStem);
        this.splitter = new GluedWordSplitter(this::isKnownPiece, piece -> Math.log(2 + lexicon.stemCount(stemmer.stem(piece))));
        this.indexAnalyzer = chain(new Steps(true, false, true, false, true, false));
        this.synonyms = parseSynonyms(lists.synonyms(), indexAnalyzer);
        this.queryAnalyzer = chain(new Steps(true, true, true, true, true, true));
        this.queryKeepingStopwords = chain(new Steps(true, true, true, false, true, true));
        this.queryTermsAnalyzer = chain(new Steps(true, true, true, true, true, false));
        this.phraseTermsAnalyzer = chain(new Steps(true, true, true, false, true, false));
    }

    /**
     * Builds the chain from the word lists in {@code configDir} and the vocabulary of {@code corpus} (the
     * texts of the articles being indexed).
     */
    public static PersianAnalysis load(Path configDir, Iterable<String> corpus) throws IOException {
        return new PersianAnalysis(WordLists.load(configDir), corpus);
    }

    public static PersianAnalysis of(WordLists lists, Iterable<String> corpus) throws IOException {
        return new PersianAnalysis(lists, corpus);
    }

    private boolean isKnownPiece(String piece) {
        return lists.stopwords().contains(piece) || colloquial.containsKey(piece) || lexicon.hasStem(stemmer.stem(piece));
    }

    private Analyzer chain(Steps steps) {
        CharArraySet stop = new CharArraySet(lists.stopwords(), false);
        CharArraySet keep = new CharArraySet(lists.protectedWords(), false);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new LowerCaseFilter(source);
                if (steps.colloquial()) ts = new ColloquialFilter(ts, colloquial);
                if (steps.splitGlued()) {
                    ts = new GluedWordFilter(ts, splitter);
                    // a split part may itself be spoken («میخوامبیمه» -> «میخوام» «بیمه»)
                    ts = new ColloquialFilter(ts, colloquial);
                }
                if (steps.numbers()) ts = new NumberWordFilter(ts);
                if (steps.dropStopwords()) ts = new StopFilter(ts, stop);
                if (steps.stem()) {
                    ts = new SetKeywordMarkerFilter(ts, keep);
                    ts = new StemFilter(ts, stemmer);
                }
                if (steps.synonyms() && synonyms != null) ts = new SynonymGraphFilter(ts, synonyms, true);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return CharFolding.filter(reader);
            }

            /** Keeps phrases from matching across two values of a multi-valued field (the questions). */
            @Override
            public int getPositionIncrementGap(String fieldName) {
                return 100;
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }

            @Override
            protected Reader initReaderForNormalization(String fieldName, Reader reader) {
                return CharFolding.filter(reader);
            }
        };
    }

    private static SynonymMap parseSynonyms(String rules, Analyzer analyzer) throws IOException {
        if (rules.isBlank()) return null;
        SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
        try {
            parser.parse(new StringReader(rules));
            return parser.build();
        } catch (ParseException e) {
            throw new IOException(WordLists.SYNONYMS + ": cannot read line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
    }

    /** For article fields at index time. */
    public Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    /** For what people type in the search box. */
    public Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /** The query chain without synonym expansion: the words as typed, for their full weight. */
    public Analyzer queryAnalyzerWithoutSynonyms() {
        return queryTermsAnalyzer;
    }

    /** For a query made only of stopwords, which would otherwise become empty and find nothing. */
    public Analyzer queryAnalyzerKeepingStopwords() {
        return queryKeepingStopwords;
    }

    /** For title suggestions: folds letters but neither stems nor drops words a person is still typing. */
    public Analyzer suggestAnalyzer() {
        return surfaceAnalyzer;
    }

    /** The query terms of a text, without synonyms: what the planner checks against the vocabulary. */
    public List<String> queryTerms(String text) {
        return Lexicon.tokens(queryTermsAnalyzer, text);
    }

    /**
     * The query terms with stopwords kept, for matching words that stand together: the articles' index keeps
     * stopwords, and some names are half stopword («تامین من», «از کار افتادگی»).
     */
    public List<String> phraseTerms(String text) {
        return Lexicon.tokens(phraseTermsAnalyzer, text);
    }

    /**
     * Whether synonym expansion adds anything to a text whose {@link #queryTerms} are {@code terms} (most
     * queries have no synonym at all, and then the synonym clause would only repeat the words typed).
     */
    public boolean expandsWithSynonyms(String text, List<String> terms) {
        return synonyms != null && Lexicon.tokens(queryAnalyzer, text).size() != terms.size();
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public WordLists wordLists() {
        return lists;
    }

    public boolean isStopword(String foldedWord) {
        return lists.stopwords().contains(foldedWord);
    }

    /** Surface words (folded, not stemmed) of a text, as the articles' vocabulary was collected. */
    public List<String> surfaceWords(String text) {
        return Lexicon.tokens(surfaceAnalyzer, text);
    }

    @Override
    public void close() {
        indexAnalyzer.close();
        queryAnalyzer.close();
        queryKeepingStopwords.close();
        surfaceAnalyzer.close();
        queryTermsAnalyzer.close();
        phraseTermsAnalyzer.close();
    }
}
