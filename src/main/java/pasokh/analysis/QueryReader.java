package pasokh.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns query text into an {@link AnalyzedQuery}: one pass through the query chain gives the terms, and the
 * offsets of each term give back the word it was typed as; synonyms, corrections and joined words are then
 * looked up on those, without analysing anything again.
 */
final class QueryReader {

    /** At most this many unknown words are corrected, so a hostile query of many unknown words stays cheap. */
    static final int MAX_CORRECTED_WORDS = 6;
    /** Words typed apart that may make one article word: «از کار افتادگی» is three. */
    private static final int MAX_JOINED_WORDS = 3;

    private final PersianAnalysis analysis;
    private final SpellCorrector corrector;

    QueryReader(PersianAnalysis analysis, SpellCorrector corrector) {
        this.analysis = analysis;
        this.corrector = corrector;
    }

    AnalyzedQuery read(String typed) {
        // folded up front, a string once, rather than through a character filter in the token stream
        String text = CharFolding.fold(typed);
        Tokens read = tokenize(text);
        List<String> terms = new ArrayList<>(read.tokens.size());
        for (AnalyzedQuery.Token t : read.tokens) terms.add(t.term());
        return new AnalyzedQuery(text, read.words, read.tokens, analysis.synonyms().find(terms),
                corrections(read.words, read.tokens), joined(read.words));
    }

    /** The words and tokens of one text, collected as the token stream goes. */
    private static final class Tokens {
        final List<AnalyzedQuery.Word> words = new ArrayList<>();
        final List<AnalyzedQuery.Token> tokens = new ArrayList<>();
        private final String text;
        private int wordStart = -1;
        private int wordEnd;
        private int firstToken;

        Tokens(String text) {
            this.text = text;
        }

        void add(String term, int position, boolean stopword, int start, int end) {
            // the parts of a glued or spoken word keep the offsets of the word as typed
            if (start != wordStart) {
                closeWord();
                wordStart = start;
                firstToken = tokens.size();
            }
            tokens.add(new AnalyzedQuery.Token(term, position, stopword, words.size()));
            wordEnd = Math.max(wordEnd, end);
        }

        void closeWord() {
            if (wordStart >= 0 && tokens.size() > firstToken) {
                String surface = text.substring(wordStart, wordEnd).strip();
                words.add(new AnalyzedQuery.Word(surface, wordStart, wordEnd, firstToken, tokens.size() - firstToken));
            }
            wordEnd = 0;
        }
    }

    private Tokens tokenize(String text) {
        Tokens read = new Tokens(text);
        try (TokenStream ts = analysis.queryChain().tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                read.add(term.toString(), position, StopwordMarkerFilter.STOPWORD.equals(type.type()),
                        offset.startOffset(), offset.endOffset());
            }
            read.closeWord();
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing in memory cannot fail", e);
        }
        return read;
    }

    /**
     * Each Persian word none of whose content terms the knowledge base knows, with the word it most likely
     * meant; at most {@link #MAX_CORRECTED_WORDS} are tried.
     */
    private List<AnalyzedQuery.Correction> corrections(List<AnalyzedQuery.Word> words,
                                                       List<AnalyzedQuery.Token> tokens) {
        List<AnalyzedQuery.Correction> out = new ArrayList<>();
        int attempts = 0;
        for (int i = 0; i < words.size() && attempts < MAX_CORRECTED_WORDS; i++) {
            AnalyzedQuery.Word word = words.get(i);
            if (!isUnknown(word, tokens)) continue;
            attempts++;
            Optional<String> fixed = corrector.correct(word.surface());
            if (fixed.isPresent()) out.add(new AnalyzedQuery.Correction(i, fixed.get(), analysis.termOf(fixed.get())));
        }
        return out;
    }

    private boolean isUnknown(AnalyzedQuery.Word word, List<AnalyzedQuery.Token> tokens) {
        if (!Letters.hasPersianLetter(word.surface())) return false;
        boolean anyContent = false;
        for (int t = word.firstToken(); t < word.firstToken() + word.tokenCount(); t++) {
            AnalyzedQuery.Token token = tokens.get(t);
            if (token.stopword()) continue;
            anyContent = true;
            if (analysis.lexicon().hasStem(token.term())) return false;
        }
        return anyContent;
    }

    /** Neighbouring words whose concatenation is an article word (and not a stopword). */
    private List<AnalyzedQuery.Joined> joined(List<AnalyzedQuery.Word> words) {
        List<AnalyzedQuery.Joined> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int n = MAX_JOINED_WORDS; n >= 2; n--) {
                if (i + n > words.size()) continue;
                StringBuilder glued = new StringBuilder();
                for (int k = i; k < i + n; k++) glued.append(words.get(k).surface());
                String g = glued.toString();
                if (Letters.hasPersianLetter(g) && analysis.lexicon().surfaceCount(g) > 0 && !analysis.isStopword(g)) {
                    out.add(new AnalyzedQuery.Joined(i, i + n - 1, g, analysis.termOf(g)));
                    break;
                }
            }
        }
        return out;
    }
}
