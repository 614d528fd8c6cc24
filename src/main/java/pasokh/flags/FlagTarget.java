package pasokh.flags;

import java.util.Optional;
import pasokh.article.PersianDigits;

/**
 * What a flag is about: the whole article, its summary, or its {@code n}th key point or paragraph (from 1), written
 * {@code article}, {@code summary}, {@code key_point:n}, {@code paragraph:n}.
 */
public record FlagTarget(Part part, int number) {

    public enum Part {
        ARTICLE("article", "کل مقاله"),
        SUMMARY("summary", "خلاصه"),
        KEY_POINT("key_point", "نکتهٔ کلیدی"),
        PARAGRAPH("paragraph", "بند");

        private final String id;
        private final String label;

        Part(String id, String label) {
            this.id = id;
            this.label = label;
        }

        boolean numbered() {
            return this == KEY_POINT || this == PARAGRAPH;
        }
    }

    /** Longer numbers are not a paragraph of any article, and would not fit an int. */
    private static final int MAX_DIGITS = 4;

    public static Optional<FlagTarget> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip();
        int colon = t.indexOf(':');
        String name = colon < 0 ? t : t.substring(0, colon);
        for (Part part : Part.values()) {
            if (!part.id.equals(name)) continue;
            if (!part.numbered()) return colon < 0 ? Optional.of(new FlagTarget(part, 0)) : Optional.empty();
            if (colon < 0) return Optional.empty();
            String digits = t.substring(colon + 1);
            if (digits.isEmpty() || digits.length() > MAX_DIGITS) return Optional.empty();
            int n = 0;
            for (int i = 0; i < digits.length(); i++) {
                int d = Character.digit(digits.charAt(i), 10);
                if (d < 0) return Optional.empty();
                n = n * 10 + d;
            }
            return n >= 1 ? Optional.of(new FlagTarget(part, n)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** As stored and sent: {@code key_point:2}. */
    public String id() {
        return part.numbered() ? part.id + ":" + number : part.id;
    }

    /** As editors read it: «نکتهٔ کلیدی ۲». */
    public String persian() {
        return part.numbered() ? part.label + " " + PersianDigits.of(number) : part.label;
    }
}
