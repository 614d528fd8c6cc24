package pasokh.editor;

/** An editorial action that cannot be done as asked; the message is Persian, for the editor. */
public class EditorException extends RuntimeException {

    public enum Kind { NOT_FOUND, NOT_ALLOWED_NOW, CONFLICT }

    private final Kind kind;

    public EditorException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
