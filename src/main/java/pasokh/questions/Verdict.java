package pasokh.questions;

/** Whether the knowledge base answers a group of questions. */
public enum Verdict {
    COVERED("covered", "پوشش داده شده"),
    WEAK("weak", "پوشش ضعیف"),
    MISSING("missing", "بی‌پاسخ");

    private final String id;
    private final String label;

    Verdict(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
