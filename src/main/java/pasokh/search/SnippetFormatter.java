package pasokh.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Turns the highlighter's passages into {@link Snippet} parts; passages are joined with an ellipsis. */
final class SnippetFormatter extends PassageFormatter {

    private static final String ELLIPSIS = " … ";

    @Override
    public Snippet format(Passage[] passages, String content) {
        List<Snippet.Part> parts = new ArrayList<>();
        int lastEnd = -1;
        for (Passage passage : passages) {
            if (lastEnd >= 0 && passage.getStartOffset() > lastEnd) parts.add(new Snippet.Part(ELLIPSIS, false));
            int pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int end = passage.getMatchEnds()[i];
                if (start < pos) {
                    // overlapping matches (e.g. a word and its synonym): extend the previous mark
                    if (end > pos) {
                        appendHighlight(parts, content.substring(pos, end));
                        pos = end;
                    }
                    continue;
                }
                if (start > pos) parts.add(new Snippet.Part(content.substring(pos, start), false));
                appendHighlight(parts, content.substring(start, end));
                pos = end;
            }
            if (pos < passage.getEndOffset()) parts.add(new Snippet.Part(content.substring(pos, passage.getEndOffset()), false));
            lastEnd = passage.getEndOffset();
        }
        return new Snippet(trim(parts));
    }

    private static void appendHighlight(List<Snippet.Part> parts, String text) {
        if (!parts.isEmpty() && parts.getLast().highlighted()) {
            parts.set(parts.size() - 1, new Snippet.Part(parts.getLast().text() + text, true));
        } else {
            parts.add(new Snippet.Part(text, true));
        }
    }

    /** Passages keep the line breaks of the source; a snippet reads as one line. */
    private static List<Snippet.Part> trim(List<Snippet.Part> parts) {
        List<Snippet.Part> out = new ArrayList<>(parts.size());
        for (Snippet.Part p : parts) out.add(new Snippet.Part(p.text().replaceAll("\\s+", " "), p.highlighted()));
        // A passage may start at the tail of the previous sentence or a list marker (". - "); drop it.
        if (!out.isEmpty() && !out.getFirst().highlighted()) {
            String head = out.getFirst().text().replaceFirst("^[\\s.\\-–•:؛،]+", "");
            out.set(0, new Snippet.Part(head, false));
        }
        return out;
    }
}
