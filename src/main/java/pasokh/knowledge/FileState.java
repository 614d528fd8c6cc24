package pasokh.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import pasokh.article.Article;
import pasokh.article.Problem;

/**
 * One article file as the knowledge base last read it: its text's digest, the article served from it and
 * the problems found. A file that turned broken keeps serving its last good article ({@code keptLastGood}).
 */
record FileState(Path file, String digest, Optional<Article> served, List<Problem> problems, boolean keptLastGood) {

    FileState {
        problems = List.copyOf(problems);
    }
}
