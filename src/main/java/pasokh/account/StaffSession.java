package pasokh.account;

import java.util.Collections;
import java.util.Set;

/**
 * A signed-in staff member on one request: who, with which roles (read from the account on every request,
 * so a change of roles applies at once), and the token their unsafe requests must carry.
 */
public record StaffSession(String user, Set<Role> roles, String csrfToken) {

    public boolean hasAny(Set<Role> wanted) {
        return !Collections.disjoint(roles, wanted);
    }
}
