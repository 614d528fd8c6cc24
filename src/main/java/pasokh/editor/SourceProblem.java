package pasokh.editor;

/** A problem in an article's source, as the editor form shows it: which field, which line, what is wrong. */
public record SourceProblem(String field, int line, String message, boolean error) {}
