package pasokh.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import pasokh.analysis.PersianAnalysis;
import pasokh.article.Article;

/**
 * Title completions for the search box: every word of a title can be completed, in any order
 * («مستمری باز» finds «مستمری بازماندگان»). Immutable and built with its snapshot, so a publish never
 * leaves the box suggesting an article that is gone.
 */
public final class TitleSuggester {

    public static final int MAX_SUGGESTIONS = 8;

    private record Title(Article article, List<String> words) {}

    private final PersianAnalysis analysis;
    private final List<Title> titles;

    public TitleSuggester(PersianAnalysis analysis, List<Article> published) {
        this.analysis = analysis;
        List<Title> all = new ArrayList<>(published.size());
        for (Article a : published) all.add(new Title(a, analysis.surfaceWords(a.title())));
        // shorter titles first: they are the more general answer to a few typed letters
        all.sort(Comparator.comparingInt((Title t) -> t.article().title().length())
                .thenComparing(t -> t.article().title()));
        this.titles = List.copyOf(all);
    }

    /** Titles holding every typed word, the last one possibly unfinished. */
    public List<Suggestion> suggest(String prefix) {
        List<String> typed = analysis.surfaceWords(QueryText.clean(prefix));
        if (typed.isEmpty()) return List.of();
        List<Suggestion> out = new ArrayList<>();
        for (Title t : titles) {
            if (matches(t.words(), typed)) {
                out.add(new Suggestion(t.article().title(), t.article().slug(), t.article().url()));
                if (out.size() == MAX_SUGGESTIONS) break;
            }
        }
        return out;
    }

    private static boolean matches(List<String> words, List<String> typed) {
        for (int i = 0; i < typed.size(); i++) {
            String w = typed.get(i);
            boolean last = i == typed.size() - 1;
            boolean found = false;
            for (String word : words) {
                if (last ? word.startsWith(w) : word.equals(w)) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }
}
