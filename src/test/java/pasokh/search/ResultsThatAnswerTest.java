package pasokh.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pasokh.Portal;
import pasokh.testing.ShippedPortal;

/** On the shipped articles: searches list the articles that answer, and nothing else finds anything by accident. */
class ResultsThatAnswerTest {

    @TempDir
    static Path data;

    static Portal portal;

    @BeforeAll
    static void start() throws Exception {
        portal = ShippedPortal.start(data);
    }

    @AfterAll
    static void stop() throws Exception {
        portal.close();
    }

    private static SearchResult search(String text) {
        return portal.search().search(new SearchQuery(text, Optional.empty(), 1, 50));
    }

    private static Set<String> categories(SearchResult r) {
        return r.hits().stream().map(h -> h.article().category()).collect(Collectors.toSet());
    }

    @Test
    void aTopicSearchListsTheArticlesOfThatTopicNotTheWholeKnowledgeBase() {
        SearchResult r = search("بیمه بیکاری");
        assertTrue(r.total() >= 5 && r.total() <= 8,
                "the unemployment articles and hardly anything else: " + r.total());
        List<String> slugs = r.hits().stream().map(h -> h.article().slug()).toList();
        // ended measures (the COVID-era cover) come after everything that holds today
        List<String> current = r.hits().stream().filter(h -> !h.article().historical())
                .map(h -> h.article().category()).toList();
        int lastUnemployment = current.lastIndexOf("unemployment");
        assertTrue(current.subList(0, lastUnemployment + 1).stream().allMatch("unemployment"::equals),
                "every current unemployment article comes before any other: " + slugs);
        List<Boolean> ended = r.hits().stream().map(h -> h.article().historical()).toList();
        assertTrue(ended.contains(true) && !ended.subList(ended.indexOf(true), ended.size()).contains(false),
                "the ended COVID-era cover is listed, last: " + slugs);
    }

    @Test
    void anEndedMeasureStillComesFirstForThoseWhoAskAboutIt() {
        assertEquals("covid-unemployment-insurance",
                search("بیمه بیکاری کرونا").hits().getFirst().article().slug());
    }

    @Test
    void evenAGenericPairOfWordsListsAFewArticlesNotAlmostAll() {
        int published = portal.knowledge().current().articles().published().size();
        assertTrue(search("سابقه بیمه").total() < published / 2);
        assertTrue(search("مستمری").total() < published / 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "ب", "q=a", "از", "چطوری", "1", "<script>alert(1)</script>", "SELECT * FROM users",
        "' OR 1=1 --", "hello", "login error"})
    void aLetterAFunctionWordCodeOrEnglishFindsNothingByItself(String text) {
        SearchResult r = search(text);
        assertEquals(0, r.total(), text + " found " + r.hits().stream().map(h -> h.article().slug()).toList());
        assertEquals(Optional.empty(), r.rewrittenQuery(), "never read as Persian: " + text);
    }

    @Test
    void finglishAndLayoutSlipsAreStillRescued() {
        assertEquals(Optional.of("بیمه بیکاری"), search("fdli fd;hvd").rewrittenQuery());
        assertEquals(Optional.of("بیمه بیکاری"), search("bime bikari").rewrittenQuery());
        assertEquals("unemployment", search("bime bikari").hits().getFirst().article().category());
    }

    @Test
    void aQuotedPhraseOfGluedAndSpokenWordsAnswersInsteadOfFailing() {
        SearchResult r = assertDoesNotThrow(() -> search("\"مستمریبگیرا کی حقوق میگیرن\""));
        assertFalse(r.hits().isEmpty());
        assertEquals("retirement", r.hits().getFirst().article().category());
    }

    @Test
    void aLongQueryOfManyWordsWithSynonymsStaysWithinLuceneLimitsAndAnswers() {
        String many = String.join(" ", Collections.nCopies(12,
                "مستمری سابقه شرایط قوانین جرایم اقساط فوت حادثه شعب شکایات مدارک"));
        String text = many.substring(0, Math.min(200, many.length()));
        SearchResult r = assertDoesNotThrow(() -> search(text));
        assertTrue(r.total() > 0);
        SearchResult quoted = assertDoesNotThrow(() -> search("\"" + text.substring(0, 150) + "\""));
        assertTrue(quoted.total() > 0);
    }

    @Test
    void wordsTheArticlesNeverUseFindSomethingOnlyWithTheCorrectionShown() {
        List<String> words = List.of("زرافهای", "پنگوئنها", "کهکشانی", "آتشفشانی", "دایناسورها", "سیارکها",
                "ستارهشناس", "اقیانوسها");
        SearchResult r = assertDoesNotThrow(() -> search(String.join(" ", words)));
        assertTrue(r.total() == 0 || r.didYouMean().isPresent(),
                "a hit found through corrections says what was searched");
        assertTrue(r.total() <= 2, r.hits().stream().map(h -> h.article().slug()).toList().toString());
    }
}
