package pasokh.editor;

import java.util.Arrays;
import java.util.Optional;

/** Where an article is in its life: draft -> review -> published; archived when withdrawn for good. */
public enum ArticleState {
    DRAFT("draft", "پیش‌نویس"),
    REVIEW("review", "در انتظار بازبینی"),
    PUBLISHED("published", "منتشرشده"),
    ARCHIVED("archived", "بایگانی‌شده");

    private final String id;
    private final String label;

    ArticleState(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<ArticleState> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
