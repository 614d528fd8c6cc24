package pasokh.web;

/** Why a staff request was refused before its handler ran; WebApp answers each as the contract says. */
sealed abstract class StaffRefusal extends RuntimeException permits StaffRefusal.SignInRequired,
        StaffRefusal.WrongRole, StaffRefusal.BadToken {

    StaffRefusal(String message) {
        super(message, null, false, false);
    }

    /** No live session: 401 under /api, a redirect to the sign-in page elsewhere. */
    static final class SignInRequired extends StaffRefusal {
        SignInRequired() {
            super("برای دیدن این صفحه باید وارد حساب کاربری خود شوید.");
        }
    }

    /** Signed in, but none of the roles the route needs: 403. */
    static final class WrongRole extends StaffRefusal {
        WrongRole() {
            super("حساب شما به این بخش دسترسی ندارد. اگر باید داشته باشد، از مدیر سامانه بخواهید نقش لازم را بدهد.");
        }
    }

    /** An unsafe request whose CSRF token is missing or is not this session's: 403. */
    static final class BadToken extends StaffRefusal {
        BadToken() {
            super("درخواست بدون نشانهٔ امنیتی درست رسید و انجام نشد. صفحه را دوباره باز کنید و از نو تلاش کنید.");
        }
    }
}
