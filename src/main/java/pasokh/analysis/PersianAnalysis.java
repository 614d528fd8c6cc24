package pasokh.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one place that decides how Persian text becomes search terms. Indexing, querying, suggestions,
 * evaluation and question grouping all take their analyzers from here, so they never drift apart.
 *
 * <p>Every analyzer starts the same way: {@link CharFolding} -> StandardTokenizer -> lower case. Then:
 * <ul>
 *   <li>{@link #indexing()}: spoken forms written out ({@link ColloquialFilter}), {@link NumberWordFilter},
 *       stemming ({@link StemFilter}; the editors' protected words untouched). Stopwords are kept: BM25 gives
 *       them little weight, and phrases and stopword-only queries need them.</li>
 *   <li>{@link #analyse(String)} (queries): as indexing, plus glued words split ({@link GluedWordFilter}) and
 *       stopwords marked rather than dropped; synonyms, corrections and joined words are looked up on the
 *       terms, in the same single pass.</li>
 *   <li>{@link #surface()}: folding only, for text a person is still typing (suggestions, query rescue).</li>
 * </ul>
 */
public final class PersianAnalysis implements AutoCloseable {

    /** Bump when the chain's code changes what terms it makes, so existing indexes are rebuilt. */
    public static final int VERSION = 8;

    private final WordLists lists;
    private final Map<String, String> spokenForms;
    private final CharArraySet stopwords;
    private final CharArraySet protectedWords;
    private final WordCounts counts;
    private final Lexicon lexicon;
    private final PersianStemmer stemmer;
    private final GluedWordSplitter splitter;
    private final Analyzer surface;
    private final Analyzer indexing;
    private final Analyzer query;
    private final SynonymTable synonyms;
    private final QueryReader reader;
    private final SpellCorrector corrector;
    private final Finglish finglish;

    private PersianAnalysis(WordLists lists, WordCounts counts, PersianAnalysis previous) throws IOException {
        this.lists = lists;
        this.spokenForms = lists.spokenForms();
        this.stopwords = new CharArraySet(lists.stopwords(), false);
        this.protectedWords = new CharArraySet(lists.protectedWords(), false);
        this.counts = counts;
        boolean sameLists = previous != null && previous.lists.equals(lists);
        this.lexicon = Lexicon.of(counts, lists, sameLists ? previous.lexicon : null);
        // the same words make the same dictionaries: only frequencies moved, and they only break ties
        boolean sameWords = sameLists && lexicon.sameWordsAs(previous.lexicon);
        this.stemmer = new PersianStemmer(lists.protectedWords(), lexicon::isSureStem);
        this.splitter = new GluedWordSplitter(this::isKnownPiece,
                piece -> Math.log(2 + lexicon.stemCount(stemmer.stem(piece))));
        this.surface = analyzer(ts -> ts);
        this.indexing = analyzer(ts -> stem(new NumberWordFilter(writeOutSpokenForms(ts))));
        // queries are folded as a whole string first (QueryReader), so their chain has no character filter
        this.query = analyzer(ts -> stem(
                new StopwordMarkerFilter(new NumberWordFilter(splitGluedWords(writeOutSpokenForms(ts))), stopwords)),
                false);
        this.synonyms = SynonymTable.parse(lists.synonyms(), this::indexTerms);
        this.corrector = sameWords ? previous.corrector
                : new SpellCorrector(lexicon.contentSurfaces(), lexicon::surfaceCount);
        this.finglish = sameWords ? previous.finglish : new Finglish(readableWords(), lexicon::surfaceCount);
        this.reader = new QueryReader(this, corrector);
    }

    /**
     * Builds the chain from the word lists in {@code configDir} and the vocabulary of {@code corpus} (the
     * texts of the articles being indexed).
     */
    public static PersianAnalysis load(Path configDir, Iterable<String> corpus) throws IOException {
        return of(WordLists.load(configDir), corpus);
    }

    public static PersianAnalysis of(WordLists lists, Iterable<String> corpus) throws IOException {
        return new PersianAnalysis(lists, countWords(lists, corpus), null);
    }

    /** The chain over word counts already made, e.g. moved by one changed article. */
    public static PersianAnalysis of(WordLists lists, WordCounts counts) throws IOException {
        return new PersianAnalysis(lists, counts, null);
    }

    /**
     * The chain over new counts, taking over from {@code previous} whatever the counts leave unchanged (with
     * the same words, its stems and dictionaries): one changed article costs milliseconds, not a rebuild.
     */
    public static PersianAnalysis after(PersianAnalysis previous, WordLists lists, WordCounts counts)
            throws IOException {
        return new PersianAnalysis(lists, counts, previous);
    }

    /** The words a Latin-letter reading may end in: article words, stopwords, spoken forms. */
    private Set<String> readableWords() {
        Set<String> readable = new HashSet<>(lexicon.surfaces());
        readable.addAll(lists.stopwords());
        readable.addAll(spokenForms.keySet());
        return readable;
    }

    /** Reads Persian written in Latin letters, against this vocabulary. */
    Finglish finglish() {
        return finglish;
    }

    /** The words of {@code texts} as the vocabulary counts them (folded, spoken forms written out). */
    public static WordCounts countWords(WordLists lists, Iterable<String> texts) {
        Map<String, String> spoken = lists.spokenForms();
        try (Analyzer vocabulary = analyzer(ts -> new ColloquialFilter(ts, spoken))) {
            return WordCounts.of(vocabulary, texts);
        }
    }

    private boolean isKnownPiece(String piece) {
        // a word the articles use is known without stemming it: most query words are
        return lexicon.surfaceCount(piece) > 0 || lists.stopwords().contains(piece) || spokenForms.containsKey(piece)
                || lexicon.hasStem(stemmer.stem(piece));
    }

    private TokenStream writeOutSpokenForms(TokenStream ts) {
        return new ColloquialFilter(ts, spokenForms);
    }

    private TokenStream splitGluedWords(TokenStream ts) {
        // a split part may itself be spoken («میخوامبیمه» -> «میخوام» «بیمه»)
        return writeOutSpokenForms(new GluedWordFilter(ts, splitter));
    }

    private TokenStream stem(TokenStream ts) {
        return new StemFilter(new SetKeywordMarkerFilter(ts, protectedWords), stemmer);
    }

    private static Analyzer analyzer(UnaryOperator<TokenStream> steps) {
        return analyzer(steps, true);
    }

    /** @param folding whether the analyzer folds characters itself ({@link CharFolding} as a char filter) */
    private static Analyzer analyzer(UnaryOperator<TokenStream> steps, boolean folding) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, steps.apply(new LowerCaseFilter(source)));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return folding ? CharFolding.filter(reader) : reader;
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

    /** For article fields at index time. */
    public Analyzer indexing() {
        return indexing;
    }

    /**
     * The terms of {@code base}, as the pairs of terms that stand together ({@link WordPairFilter}): for the
     * field that gives the "words stand together" bonus.
     */
    public static Analyzer wordPairs(Analyzer base) {
        return new AnalyzerWrapper(base.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return base;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                return new TokenStreamComponents(components.getSource(),
                        new WordPairFilter(components.getTokenStream()));
            }
        };
    }

    /** Folding and tokenizing only: for text a person is still typing, which must be neither stemmed nor cut. */
    public Analyzer surface() {
        return surface;
    }

    /** The query chain itself, for {@link QueryReader}: it takes text already folded by {@link CharFolding#fold}. */
    Analyzer queryChain() {
        return query;
    }

    /** Reads a query in one pass: terms, stopwords, synonyms, corrections and joined words. */
    public AnalyzedQuery analyse(String text) {
        return reader.read(text);
    }

    /** The index terms of a text (stopwords included), as indexing makes them. */
    public List<String> indexTerms(String text) {
        return Lexicon.tokens(indexing, text);
    }

    /** The index term of one folded vocabulary word: what the stemming step makes of it. */
    public String termOf(String foldedWord) {
        if (!Letters.startsPersian(foldedWord)) return foldedWord;
        return stemmer.stem(foldedWord);
    }

    /** Surface words (folded, not stemmed) of a text, as the articles' vocabulary was collected. */
    public List<String> surfaceWords(String text) {
        return Lexicon.tokens(surface, text);
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** The counts the lexicon was made from, to move by a changed article. */
    public WordCounts wordCounts() {
        return counts;
    }

    public WordLists wordLists() {
        return lists;
    }

    SynonymTable synonyms() {
        return synonyms;
    }

    public boolean isStopword(String foldedWord) {
        return lists.stopwords().contains(foldedWord);
    }

    /** Whether the chain writes this folded word another way (a spoken form or a hamza spelling). */
    public boolean isSpokenForm(String foldedWord) {
        return spokenForms.containsKey(foldedWord);
    }

    @Override
    public void close() {
        surface.close();
        indexing.close();
        query.close();
    }
}
