package pasokh.questions;

/** A row that was not imported, and why; printed as {@code file:line: reason}. Never holds a personal number. */
public record ImportProblem(String file, long line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
