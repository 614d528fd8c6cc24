package pasokh.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import pasokh.article.Article;
import pasokh.article.ArticleStatus;
import pasokh.article.Audience;

/** Article files as editors write them, for tests. */
public final class ArticleText {

    private ArticleText() {}

    /**
     * The answer number of a text made here comes from its content, so the same article gets the same number in
     * every JVM (the publishing child of the kill test makes its texts again) and distinct fixtures of a test
     * get distinct numbers but by a rare coincidence. Far above the shipped articles' numbers.
     */
    private static final int FIRST_NUMBER = 500_001;
    private static final int NUMBERS = 499_000;

    public static String valid(String category, String title, String summary, List<String> questions, String body) {
        int number = FIRST_NUMBER + Math.floorMod(List.of(category, title, summary, questions, body).hashCode(), NUMBERS);
        return "---\n"
                + "title: " + title + "\n"
                + "category: " + category + "\n"
                + "audience: [citizen]\n"
                + "summary: " + summary + "\n"
                + "sms: \"" + summary.substring(0, Math.min(40, summary.length())) + " {link}\"\n"
                + "questions:\n" + questions.stream().map(q -> "  - " + q + "\n").collect(Collectors.joining())
                + "legal:\n  - ماده ۷۶ قانون تأمین اجتماعی\n"
                + "sources:\n  - https://www.tamin.ir/\n"
                + "updated: 1403-05-12\n"
                + "review_by: 1420-05-12\n"
                + "status: published\n"
                // last: the other fields (and any a test adds after status) keep the lines they had before numbers
                + "number: " + number + "\n"
                + "---\n"
                + body + "\n";
    }

    /** A published article built in memory, for tests below the file format (index, search). */
    public static Article article(String category, String slug) {
        return new Article(slug, category, "عنوان " + slug, List.of(Audience.CITIZEN), "خلاصه " + slug,
                Optional.empty(), questions("پرسش " + slug), List.of(), List.of("https://www.tamin.ir/"),
                LocalDate.of(2024, 8, 2), Optional.empty(),
                ArticleStatus.PUBLISHED, List.of(), List.of(), "متن مقاله " + slug + " درباره مستمری", 10,
                Path.of("articles", category, slug + ".md"));
    }

    /** Six distinct questions derived from a stem, enough to satisfy the house rule. */
    public static List<String> questions(String stem) {
        return List.of(stem + " چیست؟", stem + " چطوری", stem + " چقدر", stem + " شرایط", stem + " مدارک",
                "من " + stem + " میخوام");
    }
}
