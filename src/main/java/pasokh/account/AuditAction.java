package pasokh.account;

import java.util.Arrays;

/** What the audit log records. Stored by id; later features add their own actions here. */
public enum AuditAction {
    SIGN_IN("sign-in", "ورود"),
    SIGN_IN_FAILED("sign-in-failed", "ورود ناموفق"),
    ACCOUNT_LOCKED("account-locked", "قفل موقت ورود"),
    SIGN_OUT("sign-out", "خروج"),
    USER_ADDED("user-added", "افزودن کاربر"),
    USER_DISABLED("user-disabled", "غیرفعال کردن کاربر"),
    USER_ENABLED("user-enabled", "فعال کردن کاربر"),
    PASSWORD_CHANGED("password-changed", "تغییر گذرواژه"),
    ROLES_CHANGED("roles-changed", "تغییر نقش‌ها"),
    DRAFT_SAVED("draft-saved", "ذخیرهٔ پیش‌نویس"),
    EDIT_REFUSED("edit-refused", "ویرایش هم‌زمان ردشده"),
    SENT_TO_REVIEW("sent-to-review", "ارسال برای بازبینی"),
    PUBLISHED("published", "انتشار"),
    UNPUBLISHED("unpublished", "لغو انتشار"),
    ARCHIVED("archived", "بایگانی"),
    RESTORED("restored", "بازگرداندن نسخه"),
    CHANGED_ON_DISK("changed-on-disk", "تغییر فایل بیرون از ویرایشگر"),
    QUESTION_RECORDED("question-recorded", "ثبت پرسش تماس‌گیرنده"),
    ARTICLE_FLAGGED("article-flagged", "گزارش ایراد مقاله"),
    FLAG_RESOLVED("flag-resolved", "رسیدگی به ایراد گزارش‌شده"),
    PHRASING_ACCEPTED("phrasing-accepted", "افزودن پرسش پیشنهادی به مقاله"),
    PHRASING_DISMISSED("phrasing-dismissed", "نادیده گرفتن پرسش پیشنهادی");

    private final String id;
    private final String label;

    AuditAction(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The Persian label of a stored id; an id this version does not know is shown as it is. */
    public static String labelOf(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).map(AuditAction::label).findFirst().orElse(id);
    }
}
