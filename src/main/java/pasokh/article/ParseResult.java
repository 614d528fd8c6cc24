package pasokh.article;

import java.util.List;
import java.util.Optional;

/** What reading one article file gave: the article (unless an error made it unusable) and every problem. */
public record ParseResult(Optional<Article> article, List<Problem> problems) {

    public ParseResult {
        problems = List.copyOf(problems);
    }
}
