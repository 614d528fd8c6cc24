package pasokh.web;

import java.util.List;

/** What the staff templates show. */
public final class StaffViews {

    private StaffViews() {}

    /** The bar on every staff page: who is signed in, and the sign-out form with its token. */
    public record Header(String user, String roles, String csrfToken) {}

    public record Link(String href, String label, String description) {}

    public record LoginPage(String next, String username, String formToken, String error, String notice) {}

    public record HomePage(Header header, List<Link> links) {}

    public record UserRow(String name, String roles, boolean disabled, String created, String lastSignIn) {}

    public record RoleOption(String id, String label, boolean checked) {}

    public record UsersPage(Header header, List<UserRow> users, List<RoleOption> newUserRoles, String newUserName,
                            String notice, String error) {

        /** The role boxes of one user's row, with that user's roles ticked. */
        public List<RoleOption> rolesOf(UserRow row) {
            return newUserRoles.stream().map(r -> new RoleOption(r.id(), r.label(),
                    List.of(row.roles().split(",")).contains(r.id()))).toList();
        }
    }

    public record AuditRow(String at, String actor, String action, String target, String address, String detail) {}

    public record AuditPage(Header header, List<AuditRow> rows, String total, String since, int page, int pages,
                            String newerHref, String olderHref) {}

    public record DeniedPage(Header header, int status, String title, String message) {}
}
