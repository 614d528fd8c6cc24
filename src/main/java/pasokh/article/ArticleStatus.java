package pasokh.article;

import java.util.Optional;

/** Only published articles reach citizens; drafts are checked but never indexed. */
public enum ArticleStatus {
    PUBLISHED("published"),
    DRAFT("draft");

    private final String id;

    ArticleStatus(String id) { this.id = id; }

    public String id() { return id; }

    public static Optional<ArticleStatus> fromId(String id) {
        for (ArticleStatus s : values()) {
            if (s.id.equals(id)) return Optional.of(s);
        }
        return Optional.empty();
    }
}
