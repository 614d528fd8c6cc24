package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import pasokh.Portal;
import pasokh.account.Actor;
import pasokh.account.Role;
import pasokh.testing.ArticleText;
import pasokh.testing.Browser;
import pasokh.testing.ScratchKnowledgeBase;

/**
 * The staff pages in headless Chromium, driven from the keyboard as a staff member would: signing in (and
 * being sent back to the page asked for), managing users, the audit log, the 403 page, signing out (and the
 * browser's history not bringing the pages back), and the pages' accessibility and width on a desktop and a
 * phone. Each test clears the browser's cookies and uses its own users, so they do not depend on their order.
 */
class StaffPagesTest {

    private static final String ADMIN = "mina";
    private static final String ADMIN_PASSWORD = "kelid-e dorost 42";
    private static final String AGENT = "reza";
    private static final String AGENT_PASSWORD = "pasokhgoo-ye khub";
    private static final String SIGNED_OUT = "از حساب خود خارج شدید.";
    private static final String WRONG = "نام کاربری یا گذرواژه درست نیست.";

    @TempDir
    static Path dir;

    static Browser browser;
    static Portal portal;
    static Javalin app;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.open();
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("unemployment", "unemployment-eligibility", "شرایط دریافت بیمه بیکاری",
                "بیمه بیکاری به کسی می‌رسد که بی‌میل خود بیکار شده و شش ماه سابقه دارد.",
                ArticleText.questions("بیمه بیکاری"), "## شرایط\n\nمتن.");
        portal = Portal.start(kb.paths());
        portal.accounts().users().add(ADMIN, ADMIN_PASSWORD, EnumSet.of(Role.ADMIN), Actor.commandLine());
        portal.accounts().users().add(AGENT, AGENT_PASSWORD, EnumSet.of(Role.AGENT), Actor.commandLine());
        // the shipped public address (https): the session cookie is Secure, which Chromium keeps on loopback
        app = WebApp.create(portal).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (app != null) app.stop();
        if (portal != null) portal.close();
    }

    @BeforeEach
    void signedOutOnADesktop() {
        browser.desktop();
        browser.get(base + "/login");
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void aSignedOutVisitorIsSentToThePersianSignInFormAndBackToThePageAskedFor() {
        browser.get(base + "/admin/users");
        assertEquals("/login", path(), "signed out, /admin/users sends to the sign-in form");
        assertEquals("/admin/users", queryParam("next"), "the page asked for is kept");
        assertEquals("fa", browser.script("return document.documentElement.lang"));
        assertEquals("rtl", browser.script("return getComputedStyle(document.body).direction"));
        assertEquals("ورود کارکنان", text(By.tagName("h1")));
        assertEquals("/admin/users", value(By.cssSelector("input[name=next]")));
        assertEquals("username", browser.script("return document.activeElement.id"),
                "the cursor waits in the name box");
        assertEquals("نام کاربری", labelOf("username"));
        assertEquals("گذرواژه", labelOf("password"));

        typeAndWait(ADMIN, Keys.TAB, "not the password", Keys.ENTER);
        assertEquals("/login", path(), "a wrong password stays on the form");
        assertEquals(WRONG, text(By.cssSelector("[role=alert]")));
        assertEquals(ADMIN, value(By.id("username")), "the typed name is kept");
        assertEquals("", value(By.id("password")), "the wrong password is not sent back");
        assertEquals("/admin/users", value(By.cssSelector("input[name=next]")), "next is still kept");
        assertEquals("password", browser.script("return document.activeElement.id"),
                "with the name kept, the cursor waits in the password box");

        typeAndWait(ADMIN_PASSWORD, Keys.ENTER);
        assertEquals("/admin/users", path(), "the right password lands on the page asked for");
        assertEquals("کاربران", text(By.tagName("h1")));
        Set<String> listed = new java.util.HashSet<>(rowNames());
        Set<String> known = portal.accounts().users().list().stream().map(u -> u.name()).collect(Collectors.toSet());
        assertEquals(known, listed, "every user is listed, once");
        assertTrue(listed.containsAll(List.of(ADMIN, AGENT)), listed.toString());
        assertTrue(text(By.cssSelector(".staff-user .who")).contains(ADMIN), "the header says who is signed in");
    }

    @Test
    void anAdminAddsAndDisablesAUserThenSignsOutAndHistoryDoesNotBringThePageBack() {
        signIn(ADMIN, ADMIN_PASSWORD, "/admin/users");

        // add: a name, a password and one role ticked with the space bar, then the form's button
        focus(By.id("new-name"));
        browser.driver().switchTo().activeElement().sendKeys("Sara.K");
        press(Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys("sara's first password");
        WebElement editor = tabTo(e -> "editor".equals(e.getAttribute("value"))
                && e.findElements(By.xpath("ancestor::form[contains(@class,'add-user')]")).size() == 1, 10);
        press(Keys.SPACE);
        assertTrue(editor.isSelected(), "the space bar ticks the role");
        tabTo(e -> e.getTagName().equals("button") && e.getText().equals("افزودن"), 10);
        pressAndWait(Keys.ENTER);

        assertEquals("/admin/users", path());
        assertEquals("«sara.k» ساخته شد.", text(By.cssSelector("[role=status]")),
                "the notice names the user as stored (lower case)");
        WebElement row = row("sara.k");
        assertEquals("فعال", row.findElement(By.cssSelector(".state")).getText());
        assertEquals(List.of("editor"), tickedRoles(row), "the new row shows the role ticked");
        assertTrue(portal.accounts().users().find("sara.k").isPresent(), "the user was really added");

        // disable: reach the row's button by Tab and press it
        tabTo(e -> e.getTagName().equals("button") && e.getText().equals("غیرفعال کردن")
                && inRow(e, "sara.k"), 80);
        pressAndWait(Keys.ENTER);
        assertEquals("«sara.k» غیرفعال شد و از همهٔ نشست‌هایش خارج شد.", text(By.cssSelector("[role=status]")));
        row = row("sara.k");
        assertEquals("غیرفعال", row.findElement(By.cssSelector(".state")).getText());
        assertEquals(List.of("فعال کردن"), row.findElements(By.cssSelector("td:last-child button")).stream()
                .map(WebElement::getText).toList(), "a disabled user can be enabled again");
        assertEquals("فعال", row(ADMIN).findElement(By.cssSelector(".state")).getText(), "others are untouched");

        // sign out with the header's button, the fourth stop after the skip link and the brand
        browser.get(base + "/admin/users");
        tabTo(e -> e.getTagName().equals("button") && e.getText().equals("خروج"), 5);
        pressAndWait(Keys.ENTER);
        assertEquals("/login", path());
        assertEquals(SIGNED_OUT, text(By.cssSelector("[role=status]")));
        assertTrue(browser.driver().findElements(By.cssSelector(".logout-form")).isEmpty(), "no sign-out once out");

        browser.driver().navigate().back();
        assertSignInAsked("back after signing out");
        browser.driver().navigate().forward();
        assertEquals("/login", path(), "forward after signing out");
        assertTrue(browser.driver().findElements(By.cssSelector("table.users")).isEmpty());
        browser.get(base + "/admin/users");
        assertSignInAsked("reopening /admin/users after signing out");
        assertEquals("/admin/users", queryParam("next"));
    }

    @Test
    void anAgentOpeningTheUsersPageGetsAPersian403PageThatStillSignsOut() {
        signIn(AGENT, AGENT_PASSWORD, null);
        assertEquals("/staff", path(), "without a next, sign-in lands on the staff home");
        assertTrue(browser.driver().findElements(By.cssSelector("a[href='/admin/users']")).isEmpty(),
                "the staff home offers an agent no admin page");

        browser.get(base + "/admin/users");
        assertEquals("/admin/users", path(), "signed in, the agent is not sent to the sign-in form");
        assertEquals(403L, status(), "the answer is a 403");
        assertEquals("fa", browser.script("return document.documentElement.lang"));
        assertEquals("rtl", browser.script("return getComputedStyle(document.body).direction"));
        assertEquals("۴۰۳", text(By.cssSelector(".status")));
        assertEquals("دسترسی ندارید", text(By.tagName("h1")));
        assertTrue(text(By.tagName("main")).contains("حساب شما به این بخش دسترسی ندارد"), text(By.tagName("main")));
        assertTrue(browser.driver().findElements(By.cssSelector("table.users")).isEmpty(), "no user is shown");
        assertTrue(text(By.cssSelector(".staff-user .who")).contains(AGENT));

        tabTo(e -> e.getTagName().equals("button") && e.getText().equals("خروج"), 5);
        pressAndWait(Keys.ENTER);
        assertEquals("/login", path());
        assertEquals(SIGNED_OUT, text(By.cssSelector("[role=status]")));
        browser.get(base + "/staff");
        assertSignInAsked("/staff after the agent signed out");
    }

    @Test
    void theAuditPageShowsSignInsAndUserChangesNewestFirstWithJalaliDatesInPersianDigits() {
        Map<String, Object> before = tehranNow();
        signIn(ADMIN, ADMIN_PASSWORD, "/admin/users");
        focus(By.id("new-name"));
        browser.driver().switchTo().activeElement().sendKeys("nima");
        press(Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys("nima's password!");
        tabTo(e -> "agent".equals(e.getAttribute("value"))
                && e.findElements(By.xpath("ancestor::form[contains(@class,'add-user')]")).size() == 1, 10);
        press(Keys.SPACE);
        tabTo(e -> e.getTagName().equals("button") && e.getText().equals("افزودن"), 10);
        pressAndWait(Keys.ENTER);
        tabTo(e -> e.getTagName().equals("button") && e.getText().equals("غیرفعال کردن")
                && inRow(e, "nima"), 80);
        pressAndWait(Keys.ENTER);

        tabTo(e -> e.getTagName().equals("a") && e.getText().equals("گزارش رویدادها"), 10);
        pressAndWait(Keys.ENTER);
        Map<String, Object> after = tehranNow();
        assertEquals("/admin/audit", path());
        assertEquals("گزارش رویدادها", text(By.tagName("h1")));

        List<Map<String, String>> rows = browser.script("""
                return [...document.querySelectorAll('table.audit tbody tr')].map(tr => {
                  const c = [...tr.cells].map(td => td.textContent.trim());
                  return {at: c[0], actor: c[1], action: c[2], target: c[3]};
                });
                """);
        int disabled = indexOf(rows, ADMIN, "غیرفعال کردن کاربر", "nima");
        int added = indexOf(rows, ADMIN, "افزودن کاربر", "nima");
        int signedIn = indexOf(rows, ADMIN, "ورود", ADMIN);
        assertTrue(disabled >= 0 && added >= 0 && signedIn >= 0, "sign-in, add and disable are all shown: " + rows);
        assertTrue(disabled < added && added < signedIn, "newest first: " + rows);

        String total = text(By.cssSelector(".admin-audit > p:nth-of-type(2)"));
        assertTrue(total.matches("[۰-۹]+ رویداد؛ صفحهٔ ۱ از [۰-۹]+"), "counts in Persian digits: " + total);
        for (Map<String, String> r : rows) {
            assertTrue(r.get("at").matches("[۰-۹]{4}/[۰-۹]{2}/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}"),
                    "a Jalali time in Persian digits: «" + r.get("at") + "»");
        }
        // Chromium's own Persian calendar (ICU) is the independent check of the date and the Tehran time
        for (int i : List.of(disabled, added, signedIn)) {
            String at = latinDigits(rows.get(i).get("at"));
            assertTrue(at.startsWith((String) before.get("date")) || at.startsWith((String) after.get("date")),
                    "«" + rows.get(i).get("at") + "» is today in the Persian calendar: " + before + " / " + after);
            int minute = minuteOfDay(at.substring(11));
            int from = minuteOfDay((String) before.get("time"));
            int to = minuteOfDay((String) after.get("time"));
            assertTrue(from <= to ? minute >= from && minute <= to : minute >= from || minute <= to,
                    at + " lies between " + before + " and " + after + " in Tehran");
        }
    }

    @Test
    void axeFindsNothingAndNoPageScrollsSidewaysOnADesktopOrAPhone() {
        List<String> problems = new ArrayList<>();
        for (String size : List.of("1280x720", "360 px phone")) {
            if (size.startsWith("1280")) browser.desktop(); else browser.phone(360, 740);
            browser.driver().manage().deleteAllCookies();
            for (String page : List.of("/login", "/login?out=1")) check(page, size, problems);
            browser.get(base + "/login");
            focus(By.id("username"));
            typeAndWait(ADMIN, Keys.TAB, "wrong password", Keys.ENTER);
            check(null, size + " /login with its error", problems);
            signIn(ADMIN, ADMIN_PASSWORD, null);
            for (String page : List.of("/staff", "/admin/users", "/admin/users?done="
                    + URLEncoder.encode("«" + AGENT + "» فعال شد.", StandardCharsets.UTF_8), "/admin/audit")) {
                check(page, size, problems);
            }
            browser.driver().manage().deleteAllCookies();
            signIn(AGENT, AGENT_PASSWORD, null);
            check("/admin/audit", size + " (agent: 403)", problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theUsersTableScrollsInsideItsOwnBoxOnAPhone() {
        browser.phone(360, 740);
        signIn(ADMIN, ADMIN_PASSWORD, "/admin/users");
        Map<String, Object> box = browser.script("""
                const s = document.querySelector('.table-scroll');
                const r = s.getBoundingClientRect();
                return {left: r.left, right: r.right, inner: s.scrollWidth, outer: s.clientWidth,
                        page: document.documentElement.scrollWidth, screen: window.innerWidth};
                """);
        double left = ((Number) box.get("left")).doubleValue();
        double right = ((Number) box.get("right")).doubleValue();
        assertTrue(left >= 0 && right <= 360, "the box itself fits the screen: " + box);
        assertTrue(((Number) box.get("page")).longValue() <= 360, "the page does not scroll sideways: " + box);
        // the point of the box: the table is wider than a phone, and its far columns are reached inside it
        assertTrue(((Number) box.get("inner")).longValue() > ((Number) box.get("outer")).longValue(),
                "the seven-column table is wider than the phone and scrolls inside its box: " + box);
        WebElement last = tabTo(e -> e.getTagName().equals("button")
                && inRow(e, ADMIN)
                && e.findElements(By.xpath("ancestor::td[not(following-sibling::td)]")).size() == 1, 80);
        Map<String, Object> seen = browser.script("""
                const r = arguments[0].getBoundingClientRect();
                return {left: r.left, right: r.right};
                """, last);
        assertTrue(((Number) seen.get("left")).doubleValue() >= -1 && ((Number) seen.get("right")).doubleValue() <= 361,
                "a control in the last column, reached by Tab, is scrolled into sight: " + seen);
    }

    @Test
    void everyKeyboardStopOnTheAdminPagesShowsWhereTheFocusIs() {
        browser.phone(360, 740);
        signIn(ADMIN, ADMIN_PASSWORD, "/admin/users");
        List<String> unseen = new ArrayList<>();
        for (String page : List.of("/admin/users", "/admin/audit")) {
            browser.get(base + page);
            int visited = 0;
            for (int i = 0; i < 120; i++) {
                press(Keys.TAB);
                Map<String, Object> f = browser.script("""
                        const e = document.activeElement;
                        const again = e === document.body || e.dataset.tabbed === '1';
                        e.dataset.tabbed = '1';
                        const s = getComputedStyle(e);
                        const r = e.getBoundingClientRect();
                        return {again: again, what: e.outerHTML.slice(0, 100),
                                outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
                                inSight: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth};
                        """);
                if (Boolean.TRUE.equals(f.get("again"))) break;
                visited++;
                if (!Boolean.TRUE.equals(f.get("outline")) || !Boolean.TRUE.equals(f.get("inSight"))) {
                    unseen.add(page + ": " + f);
                }
            }
            assertTrue(visited > 5, page + ": Tab walked through the page's controls: " + visited);
        }
        assertEquals(List.of(), unseen, "focused by Tab but without a visible outline, or out of sight");
    }

    // --- checks

    private void check(String page, String size, List<String> problems) {
        if (page != null) browser.get(base + page);
        String where = (page == null ? "" : page + " ") + "at " + size + " (" + path() + ")";
        problems.addAll(browser.layoutProblems(where));
    }

    private void assertSignInAsked(String when) {
        assertEquals("/login", path(), when + ": the sign-in form is shown, not the staff page");
        assertEquals("ورود کارکنان", text(By.tagName("h1")), when);
        assertTrue(browser.driver().findElements(By.cssSelector("table.users, .logout-form")).isEmpty(),
                when + ": no staff data and no signed-in header");
        assertFalse(browser.driver().getPageSource().contains("sara.k"), when + ": no user names on the page");
    }

    // --- the browser, by keyboard

    /** Signs in through the form (by keyboard), optionally asking for {@code next} first. */
    private static void signIn(String name, String password, String next) {
        browser.get(base + (next == null ? "/login" : next));
        assertEquals("/login", path(), "signed out first");
        focus(By.id("username"));
        typeAndWait(name, Keys.TAB, password, Keys.ENTER);
        assertTrue(!path().equals("/login"), name + " signed in: " + browser.driver().getCurrentUrl());
    }

    /** Types into the focused element (texts and keys in turn) and waits for the page it submits to. */
    private static void typeAndWait(CharSequence... keys) {
        browser.markPage();
        for (CharSequence k : keys) browser.driver().switchTo().activeElement().sendKeys(k);
        browser.awaitNewPage();
    }

    private static void pressAndWait(Keys key) {
        typeAndWait(key);
    }

    private static void press(Keys key) {
        browser.driver().switchTo().activeElement().sendKeys(key);
    }

    /** Presses Tab until the focused element is the one wanted; fails when it is not reached in {@code max}. */
    private static WebElement tabTo(Predicate<WebElement> wanted, int max) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            press(Keys.TAB);
            WebElement now = browser.driver().switchTo().activeElement();
            if (wanted.test(now)) return now;
            passed.add(now.getTagName() + "«" + now.getText().strip() + "»");
        }
        throw new AssertionError("not reached by Tab in " + max + " presses; passed " + passed);
    }

    /** Puts the keyboard focus on an element, as a click into a box does. */
    private static void focus(By by) {
        browser.script("arguments[0].focus()", browser.driver().findElement(by));
    }




    // --- reading the page

    private static long status() {
        return browser.<Long>script("""
                const xhr = new XMLHttpRequest();
                xhr.open('GET', location.href, false);
                xhr.send();
                return xhr.status;
                """);
    }

    private static String path() {
        return URI.create(browser.driver().getCurrentUrl()).getPath();
    }

    private static String queryParam(String name) {
        String query = URI.create(browser.driver().getCurrentUrl()).getRawQuery();
        if (query == null) return null;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String text(By by) {
        return browser.driver().findElement(by).getText().strip();
    }

    private static String value(By by) {
        return browser.driver().findElement(by).getDomProperty("value");
    }

    private static String labelOf(String id) {
        return browser.script("return document.getElementById(arguments[0]).labels[0].textContent.trim()", id);
    }

    private static List<String> rowNames() {
        return browser.driver().findElements(By.cssSelector("table.users tbody tr")).stream()
                .map(tr -> tr.getAttribute("data-user")).toList();
    }

    private static WebElement row(String name) {
        return browser.driver().findElement(By.cssSelector("table.users tr[data-user='" + name + "']"));
    }

    /** Whether the element sits in the users table's row of {@code name}. */
    private static boolean inRow(WebElement e, String name) {
        return e.findElements(By.xpath("ancestor::tr")).stream().anyMatch(tr -> name.equals(tr.getAttribute("data-user")));
    }

    private static List<String> tickedRoles(WebElement row) {
        return row.findElements(By.cssSelector(".roles-form input[type=checkbox]")).stream()
                .filter(WebElement::isSelected).map(e -> e.getAttribute("value")).toList();
    }

    private static int indexOf(List<Map<String, String>> rows, String actor, String action, String target) {
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            if (r.get("actor").equals(actor) && r.get("action").equals(action) && r.get("target").equals(target)) {
                return i;
            }
        }
        return -1;
    }

    /** Today's Persian-calendar date and the time in Tehran, as Chromium's ICU reckons them, in Latin digits. */
    private static Map<String, Object> tehranNow() {
        return browser.script("""
                const parts = Object.fromEntries(new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
                    timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit',
                    hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).formatToParts(new Date())
                  .map(p => [p.type, p.value]));
                return {date: parts.year.replace(/\\D/g, '') + '/' + parts.month + '/' + parts.day,
                        time: parts.hour + ':' + parts.minute};
                """);
    }

    private static String latinDigits(String persian) {
        StringBuilder b = new StringBuilder();
        for (char c : persian.toCharArray()) b.append(c >= '۰' && c <= '۹' ? (char) ('0' + (c - '۰')) : c);
        return b.toString();
    }

    private static int minuteOfDay(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3, 5));
    }
}
