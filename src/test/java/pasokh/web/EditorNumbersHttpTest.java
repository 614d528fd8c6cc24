package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pasokh.account.Role;
import pasokh.article.PersianDigits;

/**
 * The editor's new-article form over real HTTP offers the next answer number; a number once given (here, to an
 * article since archived) is never offered or accepted again.
 */
class EditorNumbersHttpTest extends StaffPortal {

    private static final Pattern NUMBER_INPUT = Pattern.compile("<input id=\"f-number\" name=\"number\"[^>]*>");

    @Test
    void theNewArticleFormOffersTheNextNumberAndAnArchivedArticlesNumberIsNeverGivenAgain() throws Exception {
        String editor = user("numbers.editor", Role.EDITOR);
        String publisher = user("numbers.publisher", Role.PUBLISHER);
        int highest = portal.knowledge().current().articles().all().stream()
                .mapToInt(a -> a.number().orElse(0)).max().orElseThrow();
        JavalinTest.test(WebApp.create(portal), (server, client) -> {
            Http http = new Http(client.getOrigin());
            StaffClient ed = StaffClient.signIn(http, editor, PASSWORD);
            StaffClient pub = StaffClient.signIn(http, publisher, PASSWORD);
            int offered = offeredNumber(ed);
            assertEquals(highest + 1, offered, "one above the highest number of the folder");

            HttpResponse<String> saved = ed.submit("/editor/new", form("seasonal-workers", offered));
            assertEquals(303, saved.statusCode(), saved::body);
            assertTrue(saved.headers().firstValue("Location").orElse("").startsWith("/editor/articles/seasonal-workers?done=saved"),
                    "saved (with or without house-rule warnings): " + saved.headers().firstValue("Location"));
            String source = StaffClient.json(ed.get("/api/editor/articles/seasonal-workers")).get("source").asText();
            assertTrue(source.contains("\ncategory: special-groups\nnumber: " + offered + "\naudience:"),
                    "written right after the category: " + source);
            assertEquals(offered + 1, offeredNumber(ed), "a saved draft holds its number");

            assertEquals(200, json(pub, "/api/editor/articles/seasonal-workers/publish", "{\"version\":1}")
                    .statusCode());
            assertEquals(302, http.get("/a/" + offered).statusCode(), "the number leads to the article");
            assertEquals(200, json(pub, "/api/editor/articles/seasonal-workers/archive", "{}").statusCode());
            assertEquals(404, http.get("/a/" + offered).statusCode(), "archived: the number leads nowhere now");

            assertEquals(offered + 1, offeredNumber(ed), "the archived article's number is not offered again");
            HttpResponse<String> reused = ed.submit("/editor/new", form("seasonal-workers-two", offered));
            assertEquals(422, reused.statusCode());
            Matcher input = NUMBER_INPUT.matcher(reused.body());
            assertTrue(input.find() && input.group().contains("aria-invalid=\"true\""), "the number field is marked");
            String named = "شمارهٔ " + PersianDigits.of(offered) + " پیش‌تر به مقالهٔ «seasonal-workers»";
            assertTrue(reused.body().contains(named), "a Persian message naming the article that had it");
        });
    }

    private static int offeredNumber(StaffClient ed) throws Exception {
        HttpResponse<String> page = ed.get("/editor/new");
        assertEquals(200, page.statusCode());
        Matcher input = NUMBER_INPUT.matcher(page.body());
        assertTrue(input.find(), "the form has a number input");
        Matcher value = Pattern.compile("value=\"([0-9]+)\"").matcher(input.group());
        assertTrue(value.find(), "filled in: " + input.group());
        return Integer.parseInt(value.group(1));
    }

    private static String[] form(String slug, int number) {
        return new String[] {"mode", "fields", "action", "save", "baseVersion", "0", "slug", slug,
                "title", "بیمه کارگران فصلی", "category", "special-groups", "number", String.valueOf(number),
                "audience", "citizen", "summary", "کارگر فصلی در ماه‌های کار بیمه می‌شود.",
                "sms", "کارگر فصلی در ماه‌های کار بیمه می‌شود: {link}",
                "questions", String.join("\n", "کارگر فصلی " + slug + " بیمه دارد؟", "بیمه کار فصلی " + slug + " چطور است؟",
                        "سابقه کار فصلی " + slug + " حساب می‌شود؟", "کارگر فصلی " + slug + " بیمه بیکاری دارد؟",
                        "بیمه کارگر فصلی " + slug + " با کیست؟", "کار فصلی " + slug + " و بازنشستگی"), "legal", "",
                "sources", "https://www.tamin.ir/", "updated", "1405-09-14", "review_by", "1406-09-14",
                "status", "published", "body", "## پاسخ کوتاه\n\nکارگر فصلی در ماه‌های کار بیمه می‌شود."};
    }

    private static HttpResponse<String> json(StaffClient s, String path, String body) throws Exception {
        return s.http.post(path, "application/json", body, "Cookie", s.cookieHeader(), "X-CSRF-Token", s.token);
    }
}
