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
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOSupplier;

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
    private final TermDirectory terms;
    private final int length;

    SnippetMaker(DirectoryReader reader, TermDirectory terms, int length) {
        this.reader = reader;
        this.terms = terms;
        this.length = length;
    }

    /** One entry per hit, in order; null where neither body nor summary contains a term. */
    Snippet[] snippets(int[] docIds, IndexedArticle[] articles, Collection<String> highlightTerms) throws IOException {
        Snippet[] out = new Snippet[docIds.length];
        if (docIds.length == 0 || highlightTerms.isEmpty()) return out;
        List<String> termList = List.copyOf(highlightTerms);
        List<List<Match>> text = matches(ArticleDocuments.TEXT, docIds, termList);
        for (int i = 0; i < docIds.length; i++) {
            int bodyStart = ArticleDocuments.bodyOffset(articles[i]);
            List<Match> inBody = new ArrayList<>();
            List<Match> inSummary = new ArrayList<>();
            for (Match m : text.get(i)) {
                if (m.end() > bodyStart + articles[i].plainBody().length()) continue; // never past the text
                if (m.start() >= bodyStart) inBody.add(new Match(m.start() - bodyStart, m.end() - bodyStart, m.term()));
                else inSummary.add(m);
            }
            // the body says why the article was found; the summary is shown anyway
            if (!inBody.isEmpty()) out[i] = passage(articles[i].plainBody(), inBody);
            else if (!inSummary.isEmpty()) out[i] = passage(articles[i].article().summary(), inSummary);
        }
        return out;
    }

    /** For each doc of {@code docIds}, the offsets in {@code field} of every term, sorted by start. */
    private List<List<Match>> matches(String field, int[] docIds, List<String> terms) throws IOException {
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

    private void collect(LeafReaderContext leaf, String field, List<String> highlight, Integer[] hitsInOrder,
                         int[] docIds, List<List<Match>> found) throws IOException {
        Terms fieldTerms = leaf.reader().terms(field);
        if (fieldTerms == null) return;
        TermsEnum te = fieldTerms.iterator();
        PostingsEnum postings = null;
        for (int t = 0; t < highlight.size(); t++) {
            // straight to the term's postings: its place in the dictionary was read with the snapshot
            IOSupplier<TermState> state = terms.states(field, highlight.get(t)).get(leaf);
            TermState where = state == null ? null : state.get();
            if (where == null) continue;
            te.seekExact(new BytesRef(highlight.get(t)), where);
            postings = te.postings(postings, PostingsEnum.OFFSETS);
            for (int hit : hitsInOrder) {
                int doc = docIds[hit] - leaf.docBase;
                if (postings.docID() < doc && postings.advance(doc) == DocIdSetIterator.NO_MORE_DOCS) break;
                if (postings.docID() != doc) continue;
                for (int k = postings.freq(); k > 0; k--) {
                    postings.nextPosition();
                    if (postings.startOffset() >= 0) found.get(hit).add(new Match(postings.startOffset(),
                            postings.endOffset(), t));
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
            int j = i + 1;
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
        return score(matches, 0, Integer.MAX_VALUE);
    }

    /** The score of the matches lying within {@code from}-{@code to}. */
    private static int score(List<Match> matches, int from, int to) {
        long seen = 0;
        int distinct = 0;
        int count = 0;
        for (Match m : matches) {
            if (m.start() < from || m.end() > to) continue;
            count++;
            // a page's highlight terms are few; past 64 the rare extra term counts as new each time
            long bit = m.term() < 64 ? 1L << m.term() : 0;
            if (bit == 0 || (seen & bit) == 0) distinct++;
            seen |= bit;
        }
        return distinct * 100 + count;
    }

    /** Within a long line, the stretch of about the target length holding the most different terms. */
    private int[] window(String text, int lineStart, int lineEnd, List<Match> matches) {
        if (lineEnd - lineStart <= length * LENGTH_SLACK) return new int[] {lineStart, lineEnd};
        int bestFrom = lineStart;
        int bestScore = -1;
        for (Match first : matches) {
            if (first.start() < lineStart || first.end() > lineEnd) continue;
            int from = Math.max(lineStart, first.start() - LEAD);
            int to = Math.min(lineEnd, from + length);
            int score = score(matches, from, to);
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

    private static Snippet render(String text, int from, int to, List<Match> matches, boolean cutBefore,
                                  boolean cutAfter) {
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

    /** The text on one line, runs of white space as one space. */
    private static String plain(String text) {
        StringBuilder sb = null;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean white = Character.isWhitespace(c);
            if (white && (space || c != ' ') && sb == null) sb = new StringBuilder(text.length()).append(text, 0, i);
            if (sb != null && !(white && space)) sb.append(white ? ' ' : c);
            space = white;
        }
        return sb == null ? text : sb.toString();
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
