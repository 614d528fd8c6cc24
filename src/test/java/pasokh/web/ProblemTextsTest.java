package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import pasokh.SiteSettings;
import pasokh.article.ArticleParser;
import pasokh.article.Categories;
import pasokh.article.Problem;
import pasokh.testing.ArticleText;

/** The editor's form reads the parser's problems in Persian: every kind an editor commonly meets. */
class ProblemTextsTest {

    @Test
    void theParsersCommonProblemsReadInPersianNamingTheField() throws Exception {
        ArticleParser parser = new ArticleParser(Categories.load(Path.of("index-config")),
                SiteSettings.load(Path.of("index-config")).publicUrl());
        String valid = ArticleText.valid("retirement", "عنوان", "خلاصه", ArticleText.questions("عنوان"), "متن");
        List<String> broken = List.of(
                valid.replace("title: عنوان", "title: ''"),
                valid.replaceFirst("(?m)^summary:.*$", "summary: " + "خیلی بلند ".repeat(60)),
                valid.replace("category: retirement", "category: nowhere"),
                valid.replace("category: retirement", "category: unemployment"),
                valid.replaceFirst("(?m)^updated:.*$", "updated: 1405-13-40"),
                valid.replaceFirst("(?m)^sms:.*\\n", ""),
                valid.replace("status: published", "status: live"),
                valid.replaceFirst("(?m)^legal:", "extra: x\nlegal:"),
                valid.replace("متن", "متن با كاف عربی"),
                // the rarer kinds
                valid.replaceFirst("(?m)^title:.*$", "$0\ntitle: دوباره"),
                valid.replaceFirst("(?m)^audience:.*$", "audience: []"),
                valid.replaceFirst("(?m)^audience:.*$", "audience: [citizen, martian]"),
                valid.replaceFirst("(?m)^legal:\\n", "legal:\n  - ماده ۷۶: شرط سن\n"),
                valid.replaceFirst("(?m)^title:.*$", "title: \"بسته نشده"),
                valid.replaceFirst("(?m)^sms:.*$", "sms: \"" + "پیامک بلند ".repeat(14) + "{link}\""),
                valid.replaceFirst("(?m)^updated:.*$", "updated: 1405-09-11").replaceFirst("(?m)^review_by:.*$",
                        "review_by: 1405-01-01"),
                valid.replaceFirst("(?m)^number:.*\\n", ""),
                valid.replaceFirst("(?m)^number:.*$", "number: 1000000"));
        int seen = 0;
        for (String text : broken) {
            List<Problem> problems = parser.parse(Path.of("articles/retirement/x.md"), "retirement", text).problems();
            assertFalse(problems.isEmpty(), "the parser finds a problem in:\n" + text);
            for (Problem p : problems) {
                String persian = ProblemTexts.persian(p.message());
                assertNotEquals(p.message(), persian, "no Persian for: " + p.message());
                assertFalse(persian.matches(".*\\b(must|missing|unknown|field)\\b.*"), persian);
                seen++;
            }
        }
        assertTrue(seen >= broken.size(), seen + " problems read");
        for (Problem p : parser.parse(Path.of("articles/retirement/Bad Name.md"), "retirement", valid).problems()) {
            assertNotEquals(p.message(), ProblemTexts.persian(p.message()), "no Persian for: " + p.message());
        }
        assertTrue(ProblemTexts.persian("'title' is empty").contains("عنوان"));
        assertFalse(parser.parse(Path.of("articles/retirement/Bad Name.md"), "retirement", valid).problems().isEmpty(),
                "a file name that is no slug is a problem");
    }

    @Test
    void theAnswerNumbersProblemsReadInPersianWithPersianDigits() {
        String missing = ProblemTexts.persian("no 'number': give the article its answer number, which callers say"
                + " on the phone (the editor's new-article form offers the next free one)");
        assertTrue(missing.contains("شمارهٔ پاسخ") && missing.contains("number"), missing);
        String range = ProblemTexts.persian("'number' must be a whole number from 1 to 999999, not 'x12'");
        assertTrue(range.contains("۹۹۹۹۹۹") && range.contains("«x12»") && range.contains("شمارهٔ پاسخ"), range);
        String shared = ProblemTexts.persian("number 234 is also used by articles/allowances/child-allowance.md:"
                + " each article has its own number, never reused");
        assertTrue(shared.contains("۲۳۴") && shared.contains("«child-allowance»") && !shared.contains("articles/"),
                shared);
    }

    @Test
    void aQuestionAnotherArticleHasReadsInPersianNamingThatArticleBySlug() {
        String persian = ProblemTexts.persian("question «حق اولاد چقدر است؟» is also in /data/articles/allowances/"
                + "child-allowance.md: each question belongs to one article");
        assertTrue(persian.contains("«حق اولاد چقدر است؟»") && persian.contains("«child-allowance»")
                && !persian.contains("/data"), persian);
        String twice = ProblemTexts.persian("question «حق اولاد؟» is listed twice");
        assertTrue(twice.contains("دو بار"), twice);
    }
}
