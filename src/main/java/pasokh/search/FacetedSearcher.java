package pasokh.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher that carries the facet state of its own reader. Building that state costs a pass over the
 * category values, so it is done once per refresh, not once per query.
 */
final class FacetedSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facetState;

    FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
        super(reader);
        this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    }

    /** The slug of a document, from doc values: no stored-field block to decompress. */
    String slugOf(int docId) throws IOException {
        var leaves = getIndexReader().leaves();
        var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(docId, leaves));
        var slugs = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), ArticleDocuments.SLUG);
        if (!slugs.advanceExact(docId - leaf.docBase)) throw new IOException("document " + docId + " has no slug");
        return slugs.lookupOrd(slugs.ordValue()).utf8ToString();
    }

    /** Null while the index is empty: there is nothing to count. */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    private static boolean hasFacets(IndexReader reader) {
        return reader.leaves().stream().anyMatch(leaf -> leaf.reader().getFieldInfos()
                .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
    }
}
