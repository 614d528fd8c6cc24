package pasokh.editor;

/** An editorial action that cannot be done as asked; the message is Persian, for the editor. */
public class EditorException extends RuntimeException {

    /** {@code STORAGE}: the articles folder could not be written (a full disk, permissions); nothing was lost. */
    public enum Kind { NOT_FOUND, NOT_ALLOWED_NOW, CONFLICT, STORAGE }

    private final Kind kind;

    public EditorException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
