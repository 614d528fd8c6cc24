package pasokh.editor;

import java.util.List;

/** What saving an article's source came to. */
public sealed interface SaveOutcome {

    /** {@code warnings}: what the editor should still see to (a new review date for changed figures). */
    record Saved(long version, ArticleState state, List<SourceProblem> warnings) implements SaveOutcome {
        public Saved(long version, ArticleState state) {
            this(version, state, List.of());
        }
    }

    /** Someone saved a newer version first; the refused text is kept. */
    record Conflict(Revision current, String diff) implements SaveOutcome {}

    /** The source is not a valid article; nothing was saved. */
    record Invalid(List<SourceProblem> problems) implements SaveOutcome {}
}
