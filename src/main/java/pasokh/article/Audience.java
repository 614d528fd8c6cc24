package pasokh.article;

import java.util.Arrays;
import java.util.Optional;

/** Who an article is written for; the ids are what editors write in front matter. */
public enum Audience {
    CITIZEN("citizen", "بیمه‌شدگان و عموم"),
    PENSIONER("pensioner", "بازنشستگان و مستمری‌بگیران"),
    EMPLOYER("employer", "کارفرمایان"),
    AGENT("agent", "کارشناسان ۱۴۲۰");

    private final String id;
    private final String label;

    Audience(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() { return id; }

    public String label() { return label; }

    public static Optional<Audience> fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }

    public static String allIds() {
        return String.join(", ", Arrays.stream(values()).map(Audience::id).toList());
    }
}
