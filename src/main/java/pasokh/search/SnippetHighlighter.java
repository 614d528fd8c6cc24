package pasokh.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Finds the best passage of each hit's body (or summary) for the query, as {@link Snippet}s. */
final class SnippetHighlighter extends UnifiedHighlighter {

    private static final String[] FIELDS = {ArticleDocuments.BODY, ArticleDocuments.SUMMARY};

    private final FacetedSearcher searcher;
    private final IndexedTexts texts;

    SnippetHighlighter(FacetedSearcher searcher, Analyzer analyzer, int snippetLength, IndexedTexts texts) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                // term offsets from postings are enough for our plain queries and far cheaper than
                // asking every clause of the query for its exact matches in every hit
                .withWeightMatches(false)
                .withFormatter(new SnippetFormatter())
                // Paragraphs and list items end with a line break in the indexed text: a far cheaper
                // passage boundary than java.text's sentence rules, which profiling showed dominating.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator('\n'), snippetLength, 0.5f))
                .withMaxNoHighlightPassages(0));
        this.searcher = searcher;
        this.texts = texts;
    }

    /** The texts come from memory, not from stored fields. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            IndexedTexts.Texts t = texts.get(searcher.slugOf(doc));
            CharSequence[] row = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) row[i] = t.field(fields[i]);
            values.add(row);
        }
        return values;
    }

    /** One entry per doc id, in order; null where neither body nor summary matched. */
    Snippet[] snippets(Query query, int[] docIds) throws IOException {
        int[] maxPassages = {1, 1};
        Map<String, Object[]> byField = highlightFieldsAsObjects(FIELDS, query, docIds, maxPassages);
        Snippet[] result = new Snippet[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            result[i] = pick(byField.get(ArticleDocuments.BODY)[i], byField.get(ArticleDocuments.SUMMARY)[i]);
        }
        return result;
    }

    private static Snippet pick(Object body, Object summary) {
        if (body instanceof Snippet s && s.hasHighlights()) return s;
        if (summary instanceof Snippet s && s.hasHighlights()) return s;
        return null;
    }
}
