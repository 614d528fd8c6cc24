package pasokh.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The passage of each hit that best shows why it was found, with the matched words marked. Match offsets
 * come straight from the postings of the query's terms, each term looked up once per index segment for the
 * whole page of hits; no text is analysed again and no span query is built per hit.
 */
final class SnippetMaker {

    private static final String ELLIPSIS = "…";
    /** A passage may run this much past the target length rather than be cut mid-paragraph. */
    private static final double LENGTH_SLACK = 1.3;
    /** Words shown before the first match of a cut passage, so it does not start on the match itself. */
    private static final int LEAD = 30;

    /** Where one query term matched, and which term it was. */
    private record Match(int start, int end, int term) {}

    private final DirectoryReader reader;
    private final int length;

    SnippetMaker(DirectoryReader reader, int length) {
        this.reader = reader;
        this.length = length;
    }

    /** One entry per hit, in order; null where neither body nor summary contains a term. */
    Snippet[] snippets(int[] docIds, IndexedArticle[] articles, Collection<String> terms) throws IOException {
        Snippet[] out = new Snippet[docIds.length];
        if (docIds.length == 0 || terms.isEmpty()) return out;
        BytesRef[] termBytes = terms.stream().map(BytesRef::new).toArray(BytesRef[]::new);
        List<List<Match>> body = matches(ArticleDocuments.BODY, docIds, termBytes);
        List<List<Match>> summary = null;
        for (int i = 0; i < docIds.length; i++) {
            if (!body.get(i).isEmpty()) {
                out[i] = passage(articles[i].plainBody(), body.get(i));
                continue;
            }
            if (summary == null) summary = matches(ArticleDocuments.SUMMARY, docIds, termBytes);
            if (!summary.get(i).isEmpty()) out[i] = passage(articles[i].article().summary(), summary.get(i));
        }
        return out;
    }

    /** For each doc of {@code docIds}, the offsets in {@code field} of every term, sorted by start. */
    private List<List<Match>> matches(String field, int[] docIds, BytesRef[] terms) throws IOException {
        List<List<Match>> found = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) found.add(new ArrayList<>());
        Integer[] order = new Integer[docIds.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(docIds[a], docIds[b]));
        List<LeafReaderContext> leaves = reader.leaves();
        int from = 0;
        while (from < order.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[order[from]], leaves));
            int to = from;
            while (to < order.length && docIds[order[to]] < leaf.docBase + leaf.reader().maxDoc()) to++;
            collect(leaf, field, terms, Arrays.copyOfRange(order, from, to), docIds, found);
            from = to;
        }
        for (List<Match> m : found) m.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static void collect(LeafReaderContext leaf, String field, BytesRef[] terms, Integer[] hitsInOrder, int[] docIds,
                                List<List<Match>> found) throws IOException {
        Terms fieldTerms = leaf.reader().terms(field);
        if (fieldTerms == null) return;
        TermsEnum te = fieldTerms.iterator();
        PostingsEnum postings = null;
        for (int t = 0; t < terms.length; t++) {
            if (!te.seekExact(terms[t])) continue;
            postings = te.postings(postings, PostingsEnum.OFFSETS);
            for (int hit : hitsInOrder) {
                int doc = docIds[hit] - leaf.docBase;
                if (postings.docID() < doc && postings.advance(doc) == DocIdSetIterator.NO_MORE_DOCS) break;
                if (postings.docID() != doc) continue;
                for (int k = postings.freq(); k > 0; k--) {
                    postings.nextPosition();
                    if (postings.startOffset() >= 0) found.get(hit).add(new Match(postings.startOffset(), postings.endOffset(), t));
                }
            }
        }
    }

    /** The paragraph (line) with the most different matched terms, cut to about the target length around them. */
    private Snippet passage(String text, List<Match> matches) {
        int bestStart = 0;
        int bestEnd = text.length();
        int bestScore = -1;
        int i = 0;
        while (i < matches.size()) {
            int lineStart = text.lastIndexOf('\n', Math.max(0, matches.get(i).start() - 1)) + 1;
            int lineEnd = text.indexOf('\n', matches.get(i).start());
            if (lineEnd < 0) lineEnd = text.length();
            int j = i;
            while (j < matches.size() && matches.get(j).start() < lineEnd) j++;
            int score = score(matches.subList(i, j));
            if (score > bestScore) {
                bestScore = score;
                bestStart = lineStart;
                bestEnd = lineEnd;
            }
            i = j;
        }
        int[] window = window(text, bestStart, bestEnd, matches);
        return render(text, window[0], window[1], matches, window[0] > bestStart, window[1] < bestEnd);
    }

    /** Different terms count most; more matches of them break ties. */
    private static int score(List<Match> matches) {
        long distinct = matches.stream().mapToInt(Match::term).distinct().count();
        return (int) distinct * 100 + matches.size();
    }

    /** Within a long line, the stretch of about the target length holding the most different terms. */
    private int[] window(String text, int lineStart, int lineEnd, List<Match> matches) {
        if (lineEnd - lineStart <= length * LENGTH_SLACK) return new int[] {lineStart, lineEnd};
        List<Match> inLine = matches.stream().filter(m -> m.start() >= lineStart && m.end() <= lineEnd).toList();
        int bestFrom = lineStart;
        int bestScore = -1;
        for (Match first : inLine) {
            int from = Math.max(lineStart, first.start() - LEAD);
            int to = Math.min(lineEnd, from + length);
            int score = score(inLine.stream().filter(m -> m.start() >= from && m.end() <= to).toList());
            if (score > bestScore) {
                bestScore = score;
                bestFrom = from;
            }
        }
        int from = bestFrom == lineStart ? lineStart : wordStartAfter(text, bestFrom);
        int to = Math.min(lineEnd, from + length);
        if (to < lineEnd) to = wordEndBefore(text, to, from);
        return new int[] {from, to};
    }

    private static int wordStartAfter(String text, int at) {
        int space = text.indexOf(' ', at);
        return space < 0 ? at : space + 1;
    }

    private static int wordEndBefore(String text, int at, int floor) {
        int space = text.lastIndexOf(' ', at);
        return space <= floor ? at : space;
    }

    private static Snippet render(String text, int from, int to, List<Match> matches, boolean cutBefore, boolean cutAfter) {
        List<Snippet.Part> parts = new ArrayList<>();
        if (cutBefore) parts.add(new Snippet.Part(ELLIPSIS + " ", false));
        int pos = from;
        for (Match m : matches) {
            if (m.start() < from || m.end() > to) continue;
            if (m.start() < pos) {
                // overlapping matches (a word and its synonym): extend the previous mark
                if (m.end() > pos) {
                    mark(parts, text.substring(pos, m.end()));
                    pos = m.end();
                }
                continue;
            }
            if (m.start() > pos) parts.add(new Snippet.Part(plain(text.substring(pos, m.start())), false));
            mark(parts, text.substring(m.start(), m.end()));
            pos = m.end();
        }
        if (pos < to) parts.add(new Snippet.Part(plain(text.substring(pos, to)), false));
        if (cutAfter) parts.add(new Snippet.Part(" " + ELLIPSIS, false));
        return new Snippet(trimHead(parts));
    }

    private static void mark(List<Snippet.Part> parts, String text) {
        if (!parts.isEmpty() && parts.getLast().highlighted()) {
            parts.set(parts.size() - 1, new Snippet.Part(parts.getLast().text() + text, true));
        } else {
            parts.add(new Snippet.Part(text, true));
        }
    }

    private static String plain(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** A passage may start with a list marker or the tail of a sentence («. - »); a snippet does not. */
    private static List<Snippet.Part> trimHead(List<Snippet.Part> parts) {
        if (!parts.isEmpty() && !parts.getFirst().highlighted()) {
            String head = parts.getFirst().text().replaceFirst("^[\\s.\\-–•:؛،]+", "");
            if (head.isEmpty()) parts.removeFirst();
            else parts.set(0, new Snippet.Part(head, false));
        }
        return parts;
    }
}
