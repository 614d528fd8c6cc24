package pasokh.editor;

import java.util.List;

/** What saving an article's source came to. */
public sealed interface SaveOutcome {

    record Saved(long version, ArticleState state) implements SaveOutcome {}

    /** Someone saved a newer version first; the refused text is kept. */
    record Conflict(Revision current, String diff) implements SaveOutcome {}

    /** The source is not a valid article; nothing was saved. */
    record Invalid(List<SourceProblem> problems) implements SaveOutcome {}
}
