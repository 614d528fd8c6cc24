package pasokh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pasokh.article.Article;
import pasokh.article.Problem;
import pasokh.search.SearchQuery;

/** The articles we ship, as a citizen meets them: all valid, all served, findable by plain questions. */
class ShippedKnowledgeBaseTest {

    @TempDir
    static Path data;

    static Portal portal;

    @BeforeAll
    static void start() throws IOException {
        portal = Portal.start(new PortalPaths(Path.of("articles"), Path.of("index-config"), data));
    }

    @AfterAll
    static void stop() throws IOException {
        portal.close();
    }

    @Test
    void everyShippedArticleIsClean() {
        List<Problem> problems = portal.knowledge().current().articles().problems();
        assertEquals(List.of(), problems.stream().map(Problem::toString).toList(), "run `pasokh check` for details");
    }

    @Test
    void everyCategoryHasArticlesAndEveryArticleIsPublished() {
        var kb = portal.knowledge().current();
        Set<String> used = kb.articles().published().stream().map(Article::category).collect(Collectors.toSet());
        for (var c : kb.categories().all()) assertTrue(used.contains(c.id()), "category without articles: " + c.id());
        assertEquals(kb.articles().all().size(), kb.articles().published().size());
        assertTrue(kb.articles().published().size() >= 68, "one article per kb-topics slug");
    }

    @Test
    void theEndedCovidMeasuresAreHistoricalAndListedLastInTheirCategory() {
        var articles = portal.knowledge().current().articles();
        Set<String> historical = articles.published().stream().filter(Article::historical).map(Article::slug)
                .collect(Collectors.toSet());
        assertEquals(Set.of("covid-unemployment-insurance", "covid-relief-measures"), historical);
        List<String> unemployment = articles.publishedIn("unemployment").stream().map(Article::slug).toList();
        assertEquals(historical, Set.copyOf(unemployment.subList(unemployment.size() - 2, unemployment.size())),
                unemployment::toString);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "شرایط بیمه بیکاری | unemployment-eligibility",
        "نحوه محاسبه مستمری بازنشستگی | pension-calculation",
        "کمک هزینه ازدواج | marriage-allowance",
        "جریمه دیرکرد لیست بیمه | late-payment-penalties",
        "بیمه زنان خانه‌دار | housewives-insurance",
        "نسخه الکترونیک | electronic-prescription",
    })
    void plainQuestionsFindTheirArticleFirst(String query, String slug) {
        var hits = portal.search().search(new SearchQuery(query, Optional.empty(), 1, 3)).hits();
        assertEquals(slug, hits.getFirst().article().slug(),
                () -> hits.stream().map(h -> h.article().slug()).toList().toString());
    }
}
