package pasokh.search;

import java.util.List;

/**
 * A passage of an article with the words that matched the query marked. Kept as plain parts rather than
 * HTML so each output (page template, JSON) escapes it its own way and nothing is trusted blindly.
 */
public record Snippet(List<Part> parts) {

    public record Part(String text, boolean highlighted) {}

    public Snippet {
        parts = List.copyOf(parts);
    }

    public static Snippet plain(String text) {
        return new Snippet(List.of(new Part(text, false)));
    }

    public boolean hasHighlights() {
        return parts.stream().anyMatch(Part::highlighted);
    }

    /** HTML-escaped text with {@code <mark>} around the matches, as the JSON API promises. */
    public String toHtml() {
        StringBuilder sb = new StringBuilder();
        for (Part part : parts) {
            if (part.highlighted()) sb.append("<mark>");
            escapeHtml(part.text(), sb);
            if (part.highlighted()) sb.append("</mark>");
        }
        return sb.toString();
    }

    static void escapeHtml(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
    }
}
