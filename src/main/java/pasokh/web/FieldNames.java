package pasokh.web;

import java.util.Map;

/** The front-matter fields as editors know them in Persian. */
final class FieldNames {

    private static final Map<String, String> PERSIAN = Map.ofEntries(
            Map.entry("title", "عنوان (title)"), Map.entry("category", "دسته (category)"),
            Map.entry("number", "شمارهٔ پاسخ (number)"),
            Map.entry("audience", "مخاطب (audience)"), Map.entry("summary", "خلاصه (summary)"),
            Map.entry("sms", "متن پیامک (sms)"), Map.entry("questions", "پرسش‌ها (questions)"),
            Map.entry("legal", "مبنای قانونی (legal)"), Map.entry("sources", "منابع (sources)"),
            Map.entry("updated", "تاریخ به‌روزرسانی (updated)"), Map.entry("review_by", "تاریخ بازبینی (review_by)"),
            Map.entry("status", "وضعیت (status)"), Map.entry("key_points", "نکته‌های کلیدی (key_points)"),
            Map.entry("tags", "برچسب‌ها (tags)"), Map.entry("order", "ترتیب (order)"),
            Map.entry("historical", "تاریخی (historical)"), Map.entry("owner", "مسئول بازبینی (owner)"),
            Map.entry("body", "متن مقاله"), Map.entry("front matter", "سرآیند"));

    private FieldNames() {}

    static String persian(String field) {
        return PERSIAN.getOrDefault(field, field);
    }
}
