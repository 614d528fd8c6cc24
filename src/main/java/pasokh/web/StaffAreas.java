package pasokh.web;

import java.util.List;
import java.util.Set;
import pasokh.account.Role;

/** The staff pages the landing page offers; each is shown to those whose roles open it ({@link StaffAccess}). */
final class StaffAreas {

    private static final List<StaffViews.Link> PAGES = List.of(
            new StaffViews.Link("/agent", "میز پاسخگویی", "یافتن پاسخ در میانهٔ تماس، پیامک آماده، ثبت پرسش تماس‌گیرنده"),
            new StaffViews.Link("/editor", "مقاله‌ها", "نوشتن و ویرایش پیش‌نویس، بازبینی، انتشار و نسخه‌ها"),
            new StaffViews.Link("/insights", "پرسش‌های بی‌پاسخ", "آنچه مردم می‌پرسند و پایگاه دانش پاسخ نمی‌دهد، با روند و مجرا"),
            new StaffViews.Link("/admin/users", "کاربران", "افزودن کارکنان، نقش‌ها، غیرفعال کردن و بازنشانی گذرواژه"),
            new StaffViews.Link("/admin/audit", "گزارش رویدادها", "ورودها، خروج‌ها و تغییرات حساب‌ها"));

    private StaffAreas() {}

    static List<StaffViews.Link> linksFor(Set<Role> roles) {
        return PAGES.stream().filter(p -> roles.stream().anyMatch(StaffAccess.rolesFor(p.href())::contains)).toList();
    }
}
