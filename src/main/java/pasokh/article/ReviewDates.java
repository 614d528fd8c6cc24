package pasokh.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Review dates as editorial rules: an article whose {@code review_by} has passed must be re-checked (its yearly
 * figures may be stale), and a new text whose figures changed needs a new {@code review_by}. Figures are the
 * runs of digits of the text, in any script.
 */
public final class ReviewDates {

    private static final Pattern DIGITS = Pattern.compile("\\d+", Pattern.UNICODE_CHARACTER_CLASS);

    private ReviewDates() {}

    /** Editorial problems for every article whose review date is before {@code today}. */
    public static List<Problem> overdue(ArticleSet set, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        for (Article a : set.all()) {
            if (a.reviewBy().isEmpty() || !a.reviewBy().get().isBefore(today)) continue;
            out.add(Problem.editorial(a.source(), FieldLine.of(a, "review_by"), "review_by " + JalaliDate.of(a.reviewBy().get())
                    + " has passed: re-check the article (its yearly figures above all), then set a new review_by"
                    + a.owner().map(o -> " (owner: " + o + ")").orElse("")));
        }
        return out;
    }

    /** The figures of a text, in order, as Latin digits: «۱۴۰۵» and «1405» are the same figure. */
    public static List<String> figures(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            StringBuilder b = new StringBuilder();
            m.group().codePoints().forEach(c -> b.append(Character.digit(c, 10)));
            out.add(b.toString());
        }
        return out;
    }

}
