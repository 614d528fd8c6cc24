package pasokh.account;

/** Who did something, and from where, as the audit log records it. */
public record Actor(String name, String address) {

    /** The command line on the server itself: the operating-system user is the one accountable. */
    public static Actor commandLine() {
        return new Actor("cli:" + System.getProperty("user.name", "?"), "local");
    }
}
