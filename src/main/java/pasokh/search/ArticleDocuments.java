package pasokh.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/** How an article becomes a Lucene document: the field names and what goes in each. */
final class ArticleDocuments {

    static final String SLUG = "slug";
    static final String TITLE = "title";
    static final String QUESTIONS = "questions";
    static final String SUMMARY = "summary";
    static final String BODY = "body";

    /**
     * Snippets are cut from the summary and the body: offsets in their postings let them be found without
     * analysing whole articles again. Nothing is stored: the texts are in memory already
     * ({@link IndexedArticle}).
     */
    private static final FieldType SNIPPET_TEXT = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    /** Title and questions need positions (phrases, words standing together) but no snippets, so no offsets. */
    private static final FieldType TEXT = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

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

    static Document toDocument(IndexedArticle indexed) {
        Document doc = new Document();
        doc.add(new StringField(SLUG, indexed.slug(), Field.Store.NO));
        // the slug of a hit comes from doc values: no stored-field block to decompress
        doc.add(new SortedDocValuesField(SLUG, new BytesRef(indexed.slug())));
        doc.add(new Field(TITLE, indexed.article().title(), TEXT));
        for (String q : indexed.article().questions()) doc.add(new Field(QUESTIONS, q, TEXT));
        doc.add(new Field(SUMMARY, indexed.article().summary(), SNIPPET_TEXT));
        doc.add(new Field(BODY, indexed.plainBody(), SNIPPET_TEXT));
        return doc;
    }
}
