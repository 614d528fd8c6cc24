package pasokh.editor;

import java.time.Instant;

/** One saved text of an article. */
public record Revision(String slug, long version, String source, String author, Instant time, String state,
                       String note) {}
