package pasokh.account;

/** An operation named a user who does not exist. */
public final class UnknownUserException extends InvalidAccountException {

    public UnknownUserException(String name) {
        super("no user named '" + name + "'", "کاربری با نام «" + name + "» وجود ندارد.");
    }
}
