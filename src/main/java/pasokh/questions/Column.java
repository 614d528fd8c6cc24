package pasokh.questions;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The columns a log may have, by their English or Persian header names. */
enum Column {
    TIME(true, "time", "date", "datetime", "created", "زمان", "تاریخ", "تاریخ و ساعت", "زمان تماس"),
    CHANNEL(true, "channel", "source channel", "کانال", "مجرا", "نوع تماس", "روش"),
    TEXT(true, "text", "question", "message", "متن", "پرسش", "سوال", "سؤال", "متن پرسش", "شرح"),
    ID(false, "id", "ticket", "شناسه", "شماره پیگیری"),
    PROVINCE(false, "province", "استان"),
    CATEGORY(false, "category", "topic", "دسته", "موضوع", "دسته‌بندی"),
    OUTCOME(false, "outcome", "result", "status", "نتیجه", "وضعیت"),
    ARTICLE(false, "article", "slug", "answer", "مقاله", "پاسخ");

    final boolean required;
    private final List<String> names;

    Column(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    /** JSON Lines name the columns on every row: a million rows ask for the same few names. */
    private static final int MAX_REMEMBERED = 1024;
    private static final Map<String, Optional<Column>> REMEMBERED = new ConcurrentHashMap<>();

    static Optional<Column> byHeader(String header) {
        Optional<Column> known = REMEMBERED.get(header);
        if (known != null) return known;
        Optional<Column> found = find(header);
        // a hostile file could name a million different keys: those are looked up, not remembered
        if (REMEMBERED.size() < MAX_REMEMBERED) REMEMBERED.put(header, found);
        return found;
    }

    private static Optional<Column> find(String header) {
        String h = normal(header);
        return Arrays.stream(values()).filter(c -> c.names.stream().map(Column::normal).anyMatch(h::equals)).findFirst();
    }

    /** Case, surrounding spaces, a BOM, ZWNJ, Arabic ي and ك, and _ for space do not matter in a header. */
    private static String normal(String s) {
        return s.replace("\uFEFF", "").replace('\u200c', ' ').replace('_', ' ').replace('ي', 'ی').replace('ك', 'ک')
                .strip().toLowerCase(Locale.ROOT);
    }

    String header() {
        return names.getFirst();
    }
}
