package pasokh.account;

/**
 * Input an account operation cannot accept: a taken or malformed name, an unknown role, a short password.
 * Carries the message twice: English for the command line (like every other CLI error), Persian for pages.
 */
public class InvalidAccountException extends RuntimeException {

    private final String persian;

    public InvalidAccountException(String message, String persian) {
        super(message);
        this.persian = persian;
    }

    public String persian() {
        return persian;
    }
}
