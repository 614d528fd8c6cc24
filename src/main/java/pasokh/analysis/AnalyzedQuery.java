package pasokh.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A query read once by the Persian chain: every clause of the search, every highlight and the «did you mean»
 * offer are built from this value, never by analysing the text again.
 *
 * @param text        the text that was analysed (after any Finglish or keyboard-layout reading), folded
 * @param words       the words as typed, folded, in order
 * @param tokens      the index terms the words became, in order, stopwords included and marked
 * @param synonyms    runs of tokens the editors' synonyms name, with their other wordings
 * @param corrections words the knowledge base does not know, with the word they most likely meant
 * @param joined      neighbouring words that the articles write as one («کار فرما» -> «کارفرما»)
 */
public record AnalyzedQuery(String text, List<Word> words, List<Token> tokens, List<SynonymTable.Match> synonyms,
                            List<Correction> corrections, List<Joined> joined) {

    /** One index term of the query; {@code word} is the index of the word it came from. */
    public record Token(String term, int position, boolean stopword, int word) {

        /**
         * Whether this term says what the query is about: not a stopword, and not a lone letter or digit
         * (`q=a`, the «1» of `alert(1)`), which would otherwise match half the articles by itself.
         */
        public boolean isContent() {
            return !stopword && term.length() >= 2;
        }
    }

    /** A word as typed (folded), at {@code start}-{@code end} of the text, and its tokens. */
    public record Word(String surface, int start, int end, int firstToken, int tokenCount) {}

    /**
     * The word at index {@code word} is unknown; {@code surface} is what it most likely meant, {@code term} its
     * index term.
     */
    public record Correction(int word, String surface, String term) {}

    /** Words {@code fromWord} to {@code toWord} (inclusive) typed apart, written as one in the articles. */
    public record Joined(int fromWord, int toWord, String surface, String term) {}

    public AnalyzedQuery {
        words = List.copyOf(words);
        tokens = List.copyOf(tokens);
        synonyms = List.copyOf(synonyms);
        corrections = List.copyOf(corrections);
        joined = List.copyOf(joined);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    public boolean hasContent() {
        return tokens.stream().anyMatch(Token::isContent);
    }

    /**
     * The text with each unknown word replaced by its correction, to offer as «did you mean»; empty when nothing
     * was corrected.
     */
    public Optional<String> correctedText() {
        if (corrections.isEmpty()) return Optional.empty();
        List<String> out = new ArrayList<>(words.size());
        for (Word w : words) out.add(w.surface());
        for (Correction c : corrections) out.set(c.word(), c.surface());
        return Optional.of(String.join(" ", out));
    }

    /** The corrected word at this index, if there is one. */
    public Optional<Correction> correctionOf(int word) {
        for (Correction c : corrections) {
            if (c.word() == word) return Optional.of(c);
        }
        return Optional.empty();
    }
}
