package pasokh.search;

/** A completion offered while typing: the article title and where it lives. */
public record Suggestion(String text, String slug, String url) {}
