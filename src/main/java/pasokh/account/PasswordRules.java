package pasokh.account;

/** What a password must be. Length is what matters (NIST SP 800-63B); no composition rules. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    /** Argon2 takes any length; the cap keeps a hostile 1 MB "password" from costing more than a real one. */
    public static final int MAX_LENGTH = 200;

    private PasswordRules() {}

    public static void check(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new InvalidAccountException("the password is too short: at least " + MIN_LENGTH + " characters",
                    "گذرواژه باید دست‌کم ۱۰ نویسه باشد.");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidAccountException("the password is too long: at most " + MAX_LENGTH + " characters",
                    "گذرواژه نباید بیش از ۲۰۰ نویسه باشد.");
        }
    }
}
