package pasokh.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import pasokh.testing.ArticleText;

class ArticleParserTest {

    private static final Categories CATEGORIES = new Categories(List.of(
            new Category("retirement", "بازنشستگی", ""),
            new Category("insured", "بیمه‌شدگان", "")));
    private static final Path FILE = Path.of("articles/retirement/pension-calculation.md");

    private final ArticleParser parser = new ArticleParser(CATEGORIES, "https://pasokh.tamin.ir");

    private static String valid() {
        return ArticleText.valid("retirement", "محاسبه مستمری", "مستمری بر پایه میانگین دستمزد دو سال آخر حساب می‌شود.",
                ArticleText.questions("محاسبه مستمری"), "## شرایط\n\nمتن پاسخ.");
    }

    private ParseResult parse(String text) {
        return parser.parse(FILE, "retirement", text);
    }

    /** The one problem a broken file must report, at the given line. */
    private void assertSingleError(String text, int line, String fragment) {
        ParseResult r = parse(text);
        assertTrue(r.article().isEmpty(), "a file with an error is not served");
        List<Problem> errors = r.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), () -> "expected one error, got " + r.problems());
        assertEquals(line, errors.getFirst().line(), () -> errors.getFirst().toString());
        assertTrue(errors.getFirst().message().contains(fragment), () -> errors.getFirst().toString());
        assertTrue(errors.getFirst().toString().startsWith(FILE + ":" + line + ": "), "path:line: message");
    }

    @Test
    void readsEveryFieldOfAValidArticle() {
        ParseResult r = parse(valid());
        assertEquals(List.of(), r.problems());
        Article a = r.article().orElseThrow();
        assertEquals("pension-calculation", a.slug());
        assertEquals("retirement", a.category());
        assertEquals("محاسبه مستمری", a.title());
        assertEquals(List.of(Audience.CITIZEN), a.audience());
        assertEquals(6, a.questions().size());
        assertEquals(List.of("ماده ۷۶ قانون تأمین اجتماعی"), a.legal());
        assertEquals(LocalDate.of(2024, 8, 2), a.updated());
        assertEquals(LocalDate.of(2041, 8, 2), a.reviewBy().orElseThrow());
        assertTrue(a.isPublished());
        assertTrue(a.body().contains("متن پاسخ."));
        assertEquals(23, a.bodyLine());
    }

    @Test
    void isoDatesAndSingleAudienceAreAccepted() {
        ParseResult r = parse(valid().replace("updated: 1403-05-12", "updated: 2024-08-02")
                .replace("audience: [citizen]", "audience: pensioner"));
        assertEquals(LocalDate.of(2024, 8, 2), r.article().orElseThrow().updated());
        assertEquals(List.of(Audience.PENSIONER), r.article().orElseThrow().audience());
    }

    @Test
    void malformedYamlIsReportedAtItsLine() {
        assertSingleError(valid().replace("category: retirement", "category: [retirement"), 4, "malformed YAML");
        ParseResult r = parse(valid().replace("category: retirement", "category: [retirement"));
        assertTrue(r.problems().getFirst().message().contains("line 3"), "points back to where the list was opened");
    }

    @Test
    void missingFrontMatterAndUnclosedFrontMatter() {
        assertSingleError("# فقط متن\n\nبدون سربرگ", 1, "missing front matter");
        assertSingleError(valid().replaceFirst("(?m)^(number: .*\n)---\n", "$1"), 1, "not closed");
    }

    @Test
    void missingAndUnknownFields() {
        assertSingleError(valid().replace("summary: مستمری بر پایه میانگین دستمزد دو سال آخر حساب می‌شود.\n", ""), 1,
                "missing required field 'summary'");
        assertSingleError(valid().replace("status: published", "status: published\nauthor: someone"), 21,
                "unknown field 'author'");
    }

    @Test
    void unknownCategoryAndWrongFolder() {
        assertSingleError(valid().replace("category: retirement", "category: pets"), 3, "unknown category 'pets'");
        assertSingleError(valid().replace("category: retirement", "category: insured"), 3, "does not match the folder");
    }

    @Test
    void summaryLongerThan200Characters() {
        String longSummary = "الف".repeat(70);
        assertSingleError(valid().replace("مستمری بر پایه میانگین دستمزد دو سال آخر حساب می‌شود.", longSummary), 5,
                "summary is 210 characters");
    }

    @Test
    void smsCountsItsLinkAgainstTheLimit() {
        String sms = "ب".repeat(100) + " {link}";
        ParseResult r = parse(valid().replaceFirst("sms: \".*\"", "sms: \"" + sms + "\""));
        assertTrue(r.problems().stream()
                        .anyMatch(p -> p.isError() && p.line() == 6 && p.message().contains("sms is 138 characters")),
                r.problems()::toString);
    }

    @Test
    void badDatesAndStatus() {
        assertSingleError(valid().replace("updated: 1403-05-12", "updated: 1403-07-31"), 18, "not a valid date");
        assertSingleError(valid().replace("status: published", "status: live"), 20, "status must be");
        assertSingleError(valid().replace("updated: 1403-05-12", "updated: 2200-01-01"), 18, "not a valid date");
    }

    @Test
    void emptyBodyIsAnError() {
        String text = valid();
        assertSingleError(text.substring(0, text.indexOf("---\n", 4) + 4) + "\n   \n", 23, "no body");
    }

    @Test
    void listItemWithColonExplainsTheQuotingFix() {
        ParseResult r = parse(valid().replace("status: published",
                "status: published\nkey_points:\n  - برای بیمه‌شده: یک سال سابقه"));
        assertTrue(r.problems().stream().anyMatch(p -> p.line() == 22 && p.message().contains("double quotes")),
                r.problems()::toString);
    }

    @Test
    void badSlugAndBadSourceUrl() {
        ParseResult r = parser.parse(Path.of("articles/retirement/Pension Calc.md"), "retirement", valid());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("not a valid slug")));
        assertSingleError(valid().replace("https://www.tamin.ir/", "javascript:alert(1)"), 17, "not an http(s) URL");
    }

    @Test
    void editorialProblemsKeepTheArticleServed() {
        String text = valid().replace("محاسبه مستمری چیست؟", "محاسبه مستمري چیست؟")
                .replace("  - محاسبه مستمری شرایط\n", "").replace("review_by: 1420-05-12", "review_by: 1402-01-01");
        ParseResult r = parse(text);
        assertTrue(r.article().isPresent(), "editorial problems do not take an answer offline");
        assertFalse(r.problems().stream().anyMatch(Problem::isError));
        List<String> messages = r.problems().stream().map(Problem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("Arabic ي or ك")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("only 5 question(s)")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("review_by must be after updated")), messages::toString);
    }

    @Test
    void agentsNeedAnSmsWithItsLinkAndEditorsAReviewDate() {
        ParseResult noSms = parse(valid().replaceFirst("sms: \".*\"\n", "").replace("review_by: 1420-05-12\n", ""));
        assertTrue(noSms.article().isPresent());
        List<String> messages = noSms.problems().stream().map(Problem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("no 'sms'")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("no 'review_by'")), messages::toString);
        ParseResult noLink = parse(valid().replaceFirst("sms: \".*\"", "sms: \"متن بدون نشانی\""));
        assertTrue(noLink.problems().stream().anyMatch(p -> p.line() == 6 && p.message().contains("{link}")),
                noLink.problems()::toString);
    }

    @Test
    void aFieldGivenTwiceNamesBothLines() {
        // YAML would silently keep the second title: readers would see one, the editor's diff review the other
        String text = valid().replace("status: published", "status: published\ntitle: عنوان دیگر");
        assertSingleError(text, 21, "title is given twice, on lines 2 and 21");
    }

    @Test
    void aBidiControlInTheFrontMatterIsAnErrorAtItsFieldAndLine() {
        // U+202E would show «محاسبه مستمری» reversed after it: a list of titles that lies about one of them
        assertSingleError(valid().replace("title: محاسبه مستمری", "title: محاسبه \u202Eمستمری"), 2,
                "U+202E RIGHT-TO-LEFT OVERRIDE in 'title'");
        assertSingleError(valid().replace("  - محاسبه مستمری چطوری", "  - محاسبه \u2066مستمری چطوری"), 9,
                "U+2066 LEFT-TO-RIGHT ISOLATE in 'questions'");
        String escaped = valid().replace("summary: مستمری بر پایه", "summary: \"\\u202Bمستمری بر پایه")
                .replace("حساب می‌شود.\n", "حساب می‌شود.\"\n");
        assertSingleError(escaped, 5,
                "U+202B RIGHT-TO-LEFT EMBEDDING in 'summary' (written as an escape)");
    }

    @Test
    void aBidiControlInTheBodyIsEditorialAndKeepsTheArticleServed() {
        ParseResult r = parse(valid().replace("متن پاسخ.", "متن \u202Cپاسخ."));
        assertTrue(r.article().isPresent());
        assertEquals(List.of("invisible bidi control character U+202C POP DIRECTIONAL FORMATTING in the body: "
                + "it can make the text display differently from what it says; delete it"),
                r.problems().stream().filter(p -> !p.isError() && p.line() == 25).map(Problem::message).toList());
    }

    @Test
    void aLinkTheRendererDropsIsEditorialAtItsLine() {
        ParseResult r = parse(valid().replace("متن پاسخ.",
                "متن پاسخ.\n\n[جای دیگر](/\\evil.example) و [کد](javascript:alert(1))"));
        assertTrue(r.article().isPresent());
        List<Problem> links = r.problems().stream().filter(p -> p.message().startsWith("link '")).toList();
        assertEquals(2, links.size(), r.problems()::toString);
        assertTrue(links.stream().allMatch(p -> p.line() == 27 && !p.isError()), links::toString);
        assertTrue(links.getFirst().message().contains("'/\\evil.example' is not rendered: browsers read '\\' as '/'"),
                links::toString);
    }

    @Test
    void anEditorSetOrderAndTheHistoricalMarkAreRead() {
        Article plain = parse(valid()).article().orElseThrow();
        assertEquals(OptionalInt.empty(), plain.order());
        assertFalse(plain.historical(), "an article is current unless marked");
        ParseResult r = parse(valid().replace("status: published", "status: published\norder: ۲\nhistorical: true"));
        assertEquals(List.of(), r.problems());
        assertEquals(OptionalInt.of(2), r.article().orElseThrow().order());
        assertTrue(r.article().orElseThrow().historical());
        assertFalse(parse(valid().replace("status: published", "status: published\nhistorical: false"))
                .article().orElseThrow().historical());
    }

    @Test
    void anOrderMustBeAWholeNumberFromOneAndHistoricalTrueOrFalse() {
        for (String order : new String[] {"abc", "0", "-3", "1.5", "۰", "9999999999"}) {
            assertSingleError(valid().replace("status: published", "status: published\norder: " + order), 21,
                    "'order' must be a whole number from 1 up, not '" + order + "'");
        }
        assertSingleError(valid().replace("status: published", "status: published\norder:"), 21, "'order' is empty");
        assertSingleError(valid().replace("status: published", "status: published\nhistorical: yes"), 21,
                "'historical' must be true or false, not 'yes'");
        assertSingleError(valid().replace("status: published", "status: published\nauthor: someone"), 21,
                "tags, order, owner, historical)");
    }

    @Test
    void theAnswerNumberIsReadInAnyDigitsAndItsAbsenceIsEditorial() {
        assertEquals(OptionalInt.of(234), parse(withNumber("234")).article().orElseThrow().number());
        assertEquals(OptionalInt.of(234), parse(withNumber("۲۳۴")).article().orElseThrow().number());
        assertEquals(OptionalInt.of(234), parse(withNumber("٢٣٤")).article().orElseThrow().number());
        assertEquals(OptionalInt.of(999_999), parse(withNumber("999999")).article().orElseThrow().number());
        ParseResult none = parse(valid().replaceFirst("(?m)^number: .*\n", ""));
        assertTrue(none.article().isPresent(), "an article without a number is still served");
        assertEquals(List.of("no 'number'"), none.problems().stream().map(Problem::message)
                .map(m -> m.substring(0, m.indexOf(':'))).toList());
        assertFalse(none.problems().getFirst().isError());
    }

    @Test
    void anAnswerNumberMustBeAWholeNumberFromOneTo999999() {
        for (String number : new String[] {"0", "1000000", "-5", "12a", "2.5", "۱۲ ۳", "99999999999999"}) {
            assertSingleError(withNumber(number), 21,
                    "'number' must be a whole number from 1 to 999999, not '" + number + "'");
        }
        assertSingleError(withNumber("[1, 2]"), 21, "'number' must be a single text value");
    }

    private static String withNumber(String number) {
        return valid().replaceFirst("(?m)^number: .*$", "number: " + number);
    }

    @Test
    void yamlBombsAndTypeTricksAreRefused() {
        String bomb = valid().replace("title: محاسبه مستمری", "a: &a [x,x,x,x,x,x,x,x,x]\n"
                + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "title: محاسبه مستمری");
        ParseResult r = parse(bomb);
        assertTrue(r.article().isEmpty());
        assertFalse(r.problems().isEmpty());
        // a global tag would ask a YAML loader to build a Java object: the file is refused at that line instead
        assertSingleError(valid().replace("title: محاسبه مستمری", "title: !!java.io.File /etc/passwd"), 2,
                "Global tag is not allowed");
    }
}
