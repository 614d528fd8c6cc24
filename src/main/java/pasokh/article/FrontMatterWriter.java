package pasokh.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an article's Markdown from its fields, in the order the README lists them, so a file saved from the
 * editor's form reads like one written by hand (and a diff against it shows only what changed): a text is
 * written plain, and double-quoted only when YAML would read it otherwise (a colon or « #» in it, a leading
 * dash or bracket, a word YAML takes for a number, a date, true or null).
 */
public final class FrontMatterWriter {

    /** The fields as the form sends them: single values, or lists (one item per line of a text box). */
    public record Fields(Map<String, String> values, Map<String, List<String>> lists, String body) {}

    /** The README's order; fields left empty are not written. */
    public static final List<String> ORDER = List.of("title", "category", "number", "audience", "summary", "sms",
            "questions", "legal", "sources", "updated", "review_by", "owner", "status", "key_points", "tags", "order",
            "historical");
    private static final List<String> LISTS = List.of("questions", "legal", "sources", "key_points", "tags");
    private static final List<String> REQUIRED_LISTS = List.of("questions", "legal", "sources");
    private static final List<String> PLAIN = List.of("category", "number", "updated", "review_by", "status", "order",
            "historical", "owner");

    private FrontMatterWriter() {}

    public static String write(Fields f) {
        StringBuilder out = new StringBuilder("---\n");
        for (String key : ORDER) {
            if (LISTS.contains(key)) {
                List<String> items = f.lists().getOrDefault(key, List.of()).stream().map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                if (items.isEmpty()) {
                    // a required list may be empty (an article with no law to cite), but must be there
                    if (REQUIRED_LISTS.contains(key)) out.append(key).append(": []\n");
                    continue;
                }
                out.append(key).append(":\n");
                for (String item : items) out.append("  - ").append(scalar(item)).append('\n');
            } else if (key.equals("audience")) {
                List<String> items = f.lists().getOrDefault(key, List.of());
                if (!items.isEmpty()) out.append("audience: [").append(String.join(", ", items)).append("]\n");
            } else {
                String v = f.values().getOrDefault(key, "").strip();
                if (v.isEmpty()) continue;
                out.append(key).append(": ").append(PLAIN.contains(key) && v.matches("[\\p{L}\\p{N}._-]+") ? v : scalar(v))
                        .append('\n');
            }
        }
        String body = f.body().replace("\r\n", "\n").strip();
        return out.append("---\n\n").append(body).append('\n').toString();
    }

    /** The fields of a parsed article, for the form. */
    public static Fields of(Article a) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title", a.title());
        v.put("category", a.category());
        a.number().ifPresent(n -> v.put("number", String.valueOf(n)));
        v.put("summary", a.summary());
        a.sms().ifPresent(s -> v.put("sms", s));
        v.put("updated", JalaliDate.of(a.updated()).toString());
        a.reviewBy().ifPresent(d -> v.put("review_by", JalaliDate.of(d).toString()));
        a.owner().ifPresent(o -> v.put("owner", o));
        v.put("status", a.status().id());
        a.order().ifPresent(o -> v.put("order", String.valueOf(o)));
        if (a.historical()) v.put("historical", "true");
        Map<String, List<String>> l = new LinkedHashMap<>();
        l.put("audience", new ArrayList<>(a.audience().stream().map(Audience::id).toList()));
        l.put("questions", a.questions());
        l.put("legal", a.legal());
        l.put("sources", a.sources());
        l.put("key_points", a.keyPoints());
        l.put("tags", a.tags());
        return new Fields(v, l, a.body());
    }

    private static final java.util.regex.Pattern SPECIAL_START = java.util.regex.Pattern.compile("^[-?:,\\[\\]{}#&*!|>'\"%@`\\s]");
    private static final java.util.regex.Pattern YAML_WORD = java.util.regex.Pattern.compile(
            "(?i)(true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.:e+-]*)");

    private static String scalar(String s) {
        boolean plain = !s.isEmpty() && !SPECIAL_START.matcher(s).find() && !s.endsWith(" ") && !s.endsWith(":")
                && !s.contains(": ") && !s.contains(" #") && !s.contains("\n") && !s.contains("\t")
                && !YAML_WORD.matcher(s).matches();
        return plain ? s : quoted(s);
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
