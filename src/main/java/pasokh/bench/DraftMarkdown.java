package pasokh.bench;

import java.util.List;
import java.util.Locale;
import pasokh.article.JalaliDate;

/**
 * A {@link Draft} as an article file: YAML front matter in the shipped articles' field order, then the
 * body. Every text is double-quoted, so a colon, a bracket or a leading dash in Persian prose can never
 * change what YAML reads.
 */
final class DraftMarkdown {

    private DraftMarkdown() {}

    static String of(Draft d) {
        StringBuilder out = new StringBuilder(8192);
        out.append("---\n");
        out.append("title: ").append(quoted(d.title())).append('\n');
        out.append("category: ").append(d.category()).append('\n');
        out.append("number: ").append(d.number()).append('\n');
        out.append("audience: [").append(String.join(", ", d.audience())).append("]\n");
        out.append("summary: ").append(quoted(d.summary())).append('\n');
        out.append("sms: ").append(quoted(d.sms())).append('\n');
        list(out, "questions", d.questions());
        list(out, "legal", d.legal());
        list(out, "sources", d.sources());
        out.append("updated: ").append(date(d.updated())).append('\n');
        out.append("review_by: ").append(date(d.reviewBy())).append('\n');
        out.append("status: published\n");
        list(out, "key_points", d.keyPoints());
        out.append("tags: [").append(String.join(", ", d.tags().stream().map(DraftMarkdown::quoted).toList()))
                .append("]\n");
        out.append("---\n\n");
        out.append(d.body().strip()).append('\n');
        return out.toString();
    }

    private static void list(StringBuilder out, String key, List<String> items) {
        if (items.isEmpty()) {
            out.append(key).append(": []\n");
            return;
        }
        out.append(key).append(":\n");
        for (String item : items) out.append("  - ").append(quoted(item)).append('\n');
    }

    /** Written with Locale.ROOT: JalaliDate's own toString follows the default locale's digits. */
    private static String date(JalaliDate date) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", date.year(), date.month(), date.day());
    }

    /** A YAML double-quoted scalar: only backslash and the quote need escaping; line breaks become spaces. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < ' ') out.append(' ');
            else out.append(c);
        }
        return out.append('"').toString();
    }
}
