package pasokh.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import pasokh.article.Article;
import pasokh.article.Audience;
import pasokh.article.MarkdownRenderer;

/** How an article becomes a Lucene document: the field names and what goes in each. */
final class ArticleDocuments {

    static final String SLUG = "slug";
    static final String CATEGORY = "category";
    static final String AUDIENCE = "audience";
    static final String TITLE = "title";
    static final String QUESTIONS = "questions";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String CATEGORY_FACET = "category";

    /**
     * Offsets in postings let the highlighter find passages without re-analysing whole articles. Nothing
     * is stored: the texts are in memory already ({@link IndexedTexts}), and decompressing stored blocks
     * for every results page was a large share of search time.
     */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType();

    static {
        TEXT_WITH_OFFSETS.setTokenized(true);
        TEXT_WITH_OFFSETS.setStored(false);
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final FacetsConfig facetsConfig;
    private final MarkdownRenderer markdown;

    ArticleDocuments(FacetsConfig facetsConfig, MarkdownRenderer markdown) {
        this.facetsConfig = facetsConfig;
        this.markdown = markdown;
    }

    static FacetsConfig facetsConfig() {
        return new FacetsConfig();
    }

    /** The texts an article is indexed with, kept for snippets. */
    IndexedTexts.Texts texts(Article article) {
        return new IndexedTexts.Texts(article.summary(), markdown.toPlainText(article.body()));
    }

    Document toDocument(Article article, IndexedTexts.Texts texts) throws java.io.IOException {
        Document doc = new Document();
        doc.add(new StringField(SLUG, article.slug(), Field.Store.NO));
        doc.add(new SortedDocValuesField(SLUG, new BytesRef(article.slug())));
        doc.add(new StringField(CATEGORY, article.category(), Field.Store.NO));
        for (Audience a : article.audience()) doc.add(new StringField(AUDIENCE, a.id(), Field.Store.NO));
        doc.add(new Field(TITLE, article.title(), TEXT_WITH_OFFSETS));
        for (String q : article.questions()) doc.add(new Field(QUESTIONS, q, TEXT_WITH_OFFSETS));
        doc.add(new Field(SUMMARY, texts.summary(), TEXT_WITH_OFFSETS));
        doc.add(new Field(BODY, texts.body(), TEXT_WITH_OFFSETS));
        doc.add(new SortedSetDocValuesFacetField(CATEGORY_FACET, article.category()));
        return facetsConfig.build(doc);
    }
}
