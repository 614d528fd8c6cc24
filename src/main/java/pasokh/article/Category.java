package pasokh.article;

/** A knowledge-base category: its id is the folder name and the URL part, the label is what readers see. */
public record Category(String id, String label, String description) {}
