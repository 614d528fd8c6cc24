package pasokh.web;

import java.util.List;

/** What the editor templates show. */
public final class EditorViews {

    private EditorViews() {}

    /** @param openFlags agents' reports of the article not yet resolved */
    public record Row(String slug, String title, String category, String state, String stateId, String updated,
                      String reviewBy, String due, String dueClass, String version, String href, long openFlags) {

        /** The row's classes: its review urgency, and whether agents reported a problem. */
        public String rowClass() {
            return (dueClass + (openFlags > 0 ? " flagged" : "")).strip();
        }
    }

    /** An article with open flags, as the list's summary above the table names it. */
    public record Flagged(String title, String href, String shownCount, long count) {}

    /** @param phrasingsMore how many more are proposed than shown; null when all are shown */
    public record ListPage(StaffViews.Header header, String query, List<Row> rows, String counts, String notice,
                           List<Flagged> flagged, List<Phrasing> phrasings, String phrasingsMore) {}

    /** An open flag on the edit page; {@code target} and {@code time} in Persian. */
    public record FlagRow(long id, String target, String text, String user, String time, String version,
                          String resolveHref) {}

    /** A proposed phrasing: {@code href} the article's edit page, {@code count} in Persian digits. */
    public record Phrasing(String text, String slug, String title, String href, String count) {}

    /**
     * One problem of the text: {@code key} is the front-matter field (or {@code body}, {@code front matter}),
     * {@code field} its Persian name, {@code target} the id of the input it is about, if the page has one.
     */
    public record Problem(String key, String field, String line, String message, boolean error, String target) {}

    public record RevisionRow(String version, String author, String time, String state, String note, String diffHref) {}

    public record Option(String id, String label, boolean selected) {}

    /** The front matter as form inputs; list fields one item per line. */
    public record Form(String title, List<Option> categories, String number, List<Option> audience, String summary,
                       String sms, String questions, String legal, String sources, String updated, String reviewBy,
                       String owner, boolean published, String keyPoints, String tags, String order,
                       boolean historical, String body) {}

    public record EditPage(StaffViews.Header header, boolean creating, String slug, String state, long version,
                           String source, Form form, boolean publisher, boolean published, String notice,
                           String error, List<Problem> problems, String previewHtml, String conflictDiff,
                           String conflictSource, String conflictAuthor, List<RevisionRow> revisions,
                           List<FlagRow> flags) {

        /** The problems about one field, shown by its input. */
        public List<Problem> problemsOf(String key) {
            return form == null ? List.of() : problems.stream().filter(p -> p.key().equals(key)).toList();
        }

        /** {@code "true"} for an input whose field has an error; null (no attribute) otherwise. */
        public String invalid(String key) {
            return problemsOf(key).stream().anyMatch(Problem::error) ? "true" : null;
        }

        /** The id of the message by the input, for {@code aria-describedby}; null when there is none. */
        public String describedBy(String key) {
            return problemsOf(key).isEmpty() ? null : "problem-" + key;
        }
    }

    public record DiffPage(StaffViews.Header header, String slug, String from, String to, String diff) {}
}
