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
                valid.replace("متن", "متن با كاف عربی"));
        int seen = 0;
        for (String text : broken) {
            for (Problem p : parser.parse(Path.of("articles/retirement/x.md"), "retirement", text).problems()) {
                String persian = ProblemTexts.persian(p.message());
                assertNotEquals(p.message(), persian, "no Persian for: " + p.message());
                assertFalse(persian.matches(".*\\b(must|missing|unknown|field)\\b.*"), persian);
                seen++;
            }
        }
        assertTrue(seen >= broken.size(), seen + " problems read");
        assertTrue(ProblemTexts.persian("'title' is empty").contains("عنوان"));
    }
}
