package pasokh.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReaderOrderTest {

    private static final String ALPHABET = "آ ا ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی";

    private static Article article(String slug, String title, OptionalInt order, boolean historical,
                                   ArticleStatus status, String category) {
        return new Article(slug, category, title, List.of(Audience.CITIZEN), "خلاصه", Optional.empty(), List.of(),
                List.of(), List.of(), LocalDate.of(2024, 8, 2), Optional.empty(), status, List.of(), List.of(), order,
                historical, "متن", 10, Path.of("articles", category, slug + ".md"));
    }

    private static Article article(String slug, String title, OptionalInt order, boolean historical) {
        return article(slug, title, order, historical, ArticleStatus.PUBLISHED, "unemployment");
    }

    @Test
    void persianLettersSortInThePersianAlphabetNotByCodePoint() {
        // by code point پ چ ژ ک گ ی (U+067E...U+06CC) would follow every Arabic letter, and ه would precede و
        List<String> letters = List.of(ALPHABET.split(" "));
        List<String> shuffled = new ArrayList<>(letters);
        Collections.shuffle(shuffled, new Random(1403));
        shuffled.sort(ReaderOrder.persian());
        assertEquals(letters, shuffled);
    }

    @Test
    void titlesSortAsAPersianDictionaryDoes() {
        List<String> titles = new ArrayList<>(List.of("یارانه", "هزینه درمان", "وام", "گواهی کسر حقوق", "کار",
                "ژیان", "زمان", "چک", "جریمه", "پرداخت", "بیمه", "امهال", "آب"));
        Collator collator = ReaderOrder.persian();
        titles.sort(collator);
        assertEquals(List.of("آب", "امهال", "بیمه", "پرداخت", "جریمه", "چک", "زمان", "ژیان", "کار", "گواهی کسر حقوق",
                "وام", "هزینه درمان", "یارانه"), titles);
        assertEquals(0, collator.compare("بیمه\u200cشده", "بیمهشده"), "a ZWNJ never changes the place");
        assertTrue(collator.compare("کار", "كار") < 0 && collator.compare("كار", "کاغذ") < 0,
                "a title typed with Arabic kaf stays among the ک titles (the checker asks for ک anyway)");
    }

    @Test
    void editorOrderFirstThenPersianTitleThenHistoricalLast() {
        // slugs run against the titles' order: were the slug to decide, the list would come out reversed
        Article second = article("a-second", "مرحله دوم", OptionalInt.of(2), false);
        Article first = article("b-first", "مرحله اول", OptionalInt.of(1), false);
        Article pay = article("c-pay", "پرداخت مقرری", OptionalInt.empty(), false);
        Article insurance = article("d-insurance", "بیمه بیکاری", OptionalInt.empty(), false);
        Article covidFirst = article("e-covid", "یک طرح پایان‌یافته", OptionalInt.of(1), true);
        Article covid = article("f-covid", "امهال دوران کرونا", OptionalInt.empty(), true);
        Article covidLater = article("g-covid", "بیمه بیکاری کرونا", OptionalInt.empty(), true);
        Article draft = article("h-draft", "آغاز", OptionalInt.of(1), false, ArticleStatus.DRAFT, "unemployment");
        Article elsewhere = article("i-elsewhere", "آغاز", OptionalInt.of(1), false, ArticleStatus.PUBLISHED,
                "retirement");
        ArticleSet set = new ArticleSet(
                List.of(covidLater, covid, covidFirst, insurance, pay, first, second, draft, elsewhere), List.of());
        assertEquals(List.of("b-first", "a-second", "d-insurance", "c-pay", "e-covid", "f-covid", "g-covid"),
                set.publishedIn("unemployment").stream().map(Article::slug).toList());
        assertEquals(List.of("i-elsewhere"), set.publishedIn("retirement").stream().map(Article::slug).toList());
        assertEquals(List.of(), set.publishedIn("pets"));
    }

    @Test
    void theSlugOnlyBreaksATieBetweenIdenticalTitles() {
        Article b = article("b", "بیمه بیکاری", OptionalInt.empty(), false);
        Article a = article("a", "بیمه بیکاری", OptionalInt.empty(), false);
        assertEquals(List.of(a, b), ReaderOrder.sort(List.of(b, a)));
    }
}
