package pasokh.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Where every term of the searched fields lies in one snapshot's index, read once when the snapshot is
 * built. A query's term clauses then start from these positions instead of walking the term dictionary
 * (that walk was the largest single cost of a search), and a term no article uses costs nothing at all.
 *
 * <p>Not a cache: it holds every term of its fields, never fills up as queries arrive, and dies with its
 * snapshot.
 */
public final class TermDirectory {

    private final IndexReaderContext top;
    private final Map<String, Map<String, TermStates>> byField = new HashMap<>();

    private TermDirectory(IndexReaderContext top) {
        this.top = top;
    }

    static TermDirectory of(DirectoryReader reader, String... fields) throws IOException {
        TermDirectory directory = new TermDirectory(reader.getContext());
        for (String field : fields) {
            Map<String, TermStates> terms = new HashMap<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms fieldTerms = leaf.reader().terms(field);
                if (fieldTerms == null) continue;
                TermsEnum te = fieldTerms.iterator();
                for (BytesRef term = te.next(); term != null; term = te.next()) {
                    TermStates states = terms.computeIfAbsent(term.utf8ToString(), t -> new TermStates(directory.top));
                    states.register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
                }
            }
            directory.byField.put(field, terms);
        }
        return directory;
    }

    /** The term's states in {@code field}; empty (matching nothing, looked up nowhere) when no article uses it. */
    TermStates states(String field, String term) {
        Map<String, TermStates> terms = byField.get(field);
        TermStates states = terms == null ? null : terms.get(term);
        return states != null ? states : new TermStates(top);
    }

    /** How many terms it holds, for the heap report. */
    int size() {
        return byField.values().stream().mapToInt(Map::size).sum();
    }

    /** Whether this directory was read for {@code field}. */
    boolean covers(String field) {
        return byField.containsKey(field);
    }
}
