package pasokh.editor;

import java.util.List;
import java.util.Optional;
import pasokh.article.Article;

/** An article's source read as the site would read it: the article (unless an error stops it) and its problems. */
public record Preview(Optional<Article> article, List<SourceProblem> problems) {}
