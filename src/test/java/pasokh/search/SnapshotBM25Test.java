package pasokh.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.junit.jupiter.api.Test;
import pasokh.article.MarkdownRenderer;
import pasokh.testing.ArticleText;

class SnapshotBM25Test {

    @Test
    void ranksAndScoresExactlyAsLucenesBM25() throws Exception {
        MarkdownRenderer markdown = new MarkdownRenderer();
        List<IndexedArticle> articles = IntStream.range(0, 30)
                .mapToObj(i -> IndexedArticle.of(ArticleText.article("retirement", "article-" + i), markdown)).toList();
        try (IndexStore store = IndexStore.inMemory();
             DirectoryReader reader = store.replaceAll(articles, new StandardAnalyzer(), "x")) {
            Query query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ArticleDocuments.TEXT, "مستمری")), BooleanClause.Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term(ArticleDocuments.QUESTIONS, "article")), 3f),
                            BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(ArticleDocuments.TEXT, "7")), BooleanClause.Occur.SHOULD)
                    .build();
            IndexSearcher lucene = new IndexSearcher(reader);
            lucene.setSimilarity(new BM25Similarity());
            IndexSearcher ours = new IndexSearcher(reader);
            ours.setSimilarity(new SnapshotBM25());
            ScoreDoc[] expected = lucene.search(query, 30).scoreDocs;
            ScoreDoc[] actual = ours.search(query, 30).scoreDocs;
            assertTrue(expected.length > 5);
            assertEquals(expected.length, actual.length);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i].doc, actual[i].doc, "rank " + i);
                assertEquals(expected[i].score, actual[i].score, 1e-5, "rank " + i);
            }
        }
    }
}
