package pasokh.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a staff member may do. A user may hold several roles. */
public enum Role {
    AGENT("agent", "کارشناس پاسخگویی"),
    EDITOR("editor", "ویراستار"),
    PUBLISHER("publisher", "ناشر"),
    MANAGER("manager", "مدیر"),
    ADMIN("admin", "مدیر سامانه");

    private final String id;
    private final String label;

    Role(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used on the command line, in the API and in the database. */
    public String id() {
        return id;
    }

    /** The Persian name staff pages show. */
    public String label() {
        return label;
    }

    /**
     * Reads {@code agent,editor} (spaces and case ignored).
     *
     * @throws InvalidAccountException naming the unknown role and the known ones, or when none is given
     */
    public static Set<Role> parseList(String text) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : (text == null ? "" : text).split(",")) {
            String id = part.strip().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) continue;
            roles.add(Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst()
                    .orElseThrow(() -> new InvalidAccountException("unknown role '" + part.strip() + "' (roles: "
                            + known() + ")", "نقش «" + part.strip() + "» وجود ندارد.")));
        }
        if (roles.isEmpty()) {
            throw new InvalidAccountException("give at least one role (" + known() + ")", "دست‌کم یک نقش انتخاب کنید.");
        }
        return roles;
    }

    /** @throws InvalidAccountException when no role is given */
    public static void requireAny(Set<Role> roles) {
        if (roles.isEmpty()) parseList("");
    }

    public static String known() {
        return Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "));
    }

    /** The stored form: ids in declaration order, comma-separated. */
    public static String format(Set<Role> roles) {
        return roles.stream().sorted().map(Role::id).collect(Collectors.joining(","));
    }
}
