package pasokh.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pasokh.LoadedArticles;
import pasokh.PortalPaths;
import pasokh.SiteSettings;

/** The editor's form writes articles back: every shipped article survives being written from its fields. */
class FrontMatterWriterTest {

    @Test
    void everyShippedArticleReadsBackTheSameAfterBeingWrittenFromItsFields() throws Exception {
        LoadedArticles loaded = LoadedArticles.load(new PortalPaths(Path.of("articles"), Path.of("index-config"),
                Path.of("target/unused-data")));
        ArticleParser parser = new ArticleParser(loaded.categories(), SiteSettings.load(Path.of("index-config")).publicUrl());
        List<Article> all = loaded.articles().all();
        assertTrue(all.size() >= 68);
        for (Article a : all) {
            String written = FrontMatterWriter.write(FrontMatterWriter.of(a));
            ParseResult again = parser.parse(a.source(), a.category(), written);
            assertTrue(again.problems().stream().noneMatch(Problem::isError), a.slug() + ": " + again.problems());
            Article b = again.article().orElseThrow();
            assertTrue(a.number().isPresent(), a.slug() + " has its answer number");
            assertEquals(List.of(a.title(), a.category(), a.number(), a.summary(), a.sms(), a.questions(), a.legal(),
                    a.sources(), a.updated(), a.reviewBy(), a.status(), a.keyPoints(), a.tags(), a.order(),
                    a.historical(), a.audience(), a.body().strip()),
                    List.of(b.title(), b.category(), b.number(), b.summary(), b.sms(), b.questions(), b.legal(),
                            b.sources(), b.updated(), b.reviewBy(), b.status(), b.keyPoints(), b.tags(), b.order(),
                            b.historical(), b.audience(), b.body().strip()), a.slug());
        }
    }

    @Test
    void fieldsComeInTheReadmesOrderAndATextCannotBreakTheStructure() {
        String md = FrontMatterWriter.write(new FrontMatterWriter.Fields(
                Map.of("status", "published", "title", "بیمه: شرایط # و «نکته»", "category", "unemployment",
                        "summary", "- خلاصه \"نقل‌قول\"", "updated", "1405-09-11", "number", "234"),
                Map.of("questions", List.of("پرسش یک؟", "  ", "key: value?"), "audience", List.of("citizen")),
                "## متن\n"));
        List<String> keys = md.lines().filter(l -> l.matches("[a-z_]+:.*")).map(l -> l.substring(0, l.indexOf(':')))
                .toList();
        assertEquals(List.of("title", "category", "number", "audience", "summary", "questions", "legal", "sources",
                "updated", "status"), keys);
        assertTrue(md.contains("\nnumber: 234\n"), "a number is written plain, as editors write it: " + md);
        assertTrue(md.contains("title: \"بیمه: شرایط # و «نکته»\""), md);
        assertTrue(md.contains("summary: \"- خلاصه \\\"نقل‌قول\\\"\""), md);
        assertTrue(md.contains("  - \"key: value?\""), md);
        assertTrue(md.contains("  - پرسش یک؟\n"), "a plain sentence stays plain, as editors write it: " + md);
    }
}
