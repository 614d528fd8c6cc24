package pasokh.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import pasokh.analysis.PersianAnalysis;
import pasokh.analysis.WordPairFilter;

/**
 * How an article becomes a Lucene document: the field names and what goes in each.
 *
 * <p>Two text fields, not one per front-matter field: {@link #QUESTIONS} holds the ways people ask (the
 * title is one of them), {@link #TEXT} the answer (summary, then body). Each query word is then two term
 * lookups instead of four; on the judged queries this ranked as well as four fields with their own boosts,
 * and search time is mostly those lookups.
 */
final class ArticleDocuments {

    static final String SLUG = "slug";
    static final String QUESTIONS = "questions";
    static final String TEXT = "text";
    /** The pairs of words standing together in the questions ({@link WordPairFilter}). */
    static final String PAIRS = "pairs";

    /**
     * The answer's postings carry offsets, so snippets are found without analysing the article again; its
     * texts are not stored, they are in memory already ({@link IndexedArticle}).
     */
    private static final FieldType ANSWER = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    /** The questions need positions (typed phrases) but never give snippets. */
    private static final FieldType ASKED = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    /** A pair is found by its term alone. */
    private static final FieldType PAIRED = textType(IndexOptions.DOCS_AND_FREQS);

    private ArticleDocuments() {}

    private static FieldType textType(IndexOptions options) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(false);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }

    static Term idTerm(String slug) {
        return new Term(SLUG, slug);
    }

    /**
     * Where the body starts in the {@link #TEXT} field's offsets: after the summary and the one-character gap
     * Lucene leaves between two values of a field.
     */
    static int bodyOffset(IndexedArticle indexed) {
        return indexed.article().summary().length() + 1;
    }

    /** The chain for every field, pairs of words for {@link #PAIRS}. */
    static Analyzer analyzer(Analyzer chain) {
        return new PerFieldAnalyzerWrapper(chain, Map.of(PAIRS, PersianAnalysis.wordPairs(chain)));
    }

    static Document toDocument(IndexedArticle indexed) {
        Document doc = new Document();
        doc.add(new StringField(SLUG, indexed.slug(), Field.Store.NO));
        // the slug of a hit comes from doc values: no stored-field block to decompress
        doc.add(new SortedDocValuesField(SLUG, new BytesRef(indexed.slug())));
        doc.add(new Field(QUESTIONS, indexed.article().title(), ASKED));
        doc.add(new Field(PAIRS, indexed.article().title(), PAIRED));
        for (String q : indexed.article().questions()) {
            doc.add(new Field(QUESTIONS, q, ASKED));
            doc.add(new Field(PAIRS, q, PAIRED));
        }
        doc.add(new Field(TEXT, indexed.article().summary(), ANSWER));
        doc.add(new Field(TEXT, indexed.plainBody(), ANSWER));
        return doc;
    }
}
