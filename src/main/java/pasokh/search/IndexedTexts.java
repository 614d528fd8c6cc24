package pasokh.search;

import java.util.Map;

/** The summary and plain body of each indexed article, by slug: what snippets are cut from. */
final class IndexedTexts {

    record Texts(String summary, String body) {
        String field(String name) {
            return switch (name) {
                case ArticleDocuments.SUMMARY -> summary;
                case ArticleDocuments.BODY -> body;
                default -> throw new IllegalArgumentException("no snippet text for field " + name);
            };
        }
    }

    private volatile Map<String, Texts> bySlug = Map.of();

    void replaceAll(Map<String, Texts> texts) {
        this.bySlug = Map.copyOf(texts);
    }

    Texts get(String slug) {
        Texts t = bySlug.get(slug);
        return t != null ? t : new Texts("", "");
    }
}
