package pasokh.bench;

import java.util.List;
import pasokh.article.JalaliDate;

/** A generated article before it becomes a file: the front-matter fields and the Markdown body. */
record Draft(
        String slug,
        String category,
        int number,
        String title,
        List<String> audience,
        String summary,
        String sms,
        List<String> questions,
        List<String> legal,
        List<String> sources,
        JalaliDate updated,
        JalaliDate reviewBy,
        List<String> keyPoints,
        List<String> tags,
        String body) {}
