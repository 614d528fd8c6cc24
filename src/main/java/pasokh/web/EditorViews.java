package pasokh.web;

import java.util.List;

/** What the editor templates show. */
public final class EditorViews {

    private EditorViews() {}

    public record Row(String slug, String title, String category, String state, String stateId, String updated,
                      String reviewBy, String due, String dueClass, String version, String href) {}

    public record ListPage(StaffViews.Header header, String query, List<Row> rows, String counts, String notice) {}

    public record Problem(String field, String line, String message) {}

    public record RevisionRow(String version, String author, String time, String state, String note, String diffHref) {}

    public record Option(String id, String label, boolean selected) {}

    /** The front matter as form inputs; list fields one item per line. */
    public record Form(String title, List<Option> categories, List<Option> audience, String summary, String sms,
                       String questions, String legal, String sources, String updated, String reviewBy, String owner,
                       boolean published, String keyPoints, String tags, String order, boolean historical,
                       String body) {}

    public record EditPage(StaffViews.Header header, boolean creating, String slug, String state, long version,
                           String source, Form form, boolean publisher, boolean published, String notice,
                           String error, List<Problem> problems, String previewHtml, String conflictDiff,
                           String conflictSource, String conflictAuthor, List<RevisionRow> revisions) {}

    public record DiffPage(StaffViews.Header header, String slug, String from, String to, String diff) {}
}
