package pasokh.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pasokh.analysis.AnalysisFixture.index;
import static pasokh.analysis.AnalysisFixture.query;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the "how Persian queries really look" notes, turned from a failure into a match. */
class PersianAnalysisTest {

    @Test
    void gluedWordsMeetTheirWrittenForm() {
        assertEquals(index("تأمین اجتماعی"), query("تأمیناجتماعی"));
        assertEquals(index("تأمین اجتماعی"), query("تامین اجتماعی"));
    }

    @Test
    void zwnjSpaceAndGluedFormsAllMeet() {
        List<String> written = index("بیمه‌شدگان");
        assertEquals(written, query("بیمه‌شدگان"));
        assertEquals(written, query("بیمه شدگان"));
        assertEquals(written, query("بیمهشدگان"));
    }

    @Test
    void verbPrefixGluedSpacedOrWithZwnjMeet() {
        assertEquals(query("می‌تواند"), query("میتواند"));
        assertEquals(query("می‌تواند"), query("می تواند"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "مؤسسه | موسسه",
        "رئیس | رییس",
        "مسئول | مسیول",
        "هیئت | هیأت",
        "هیئت | هیات",
        "بيمه بيكاري | بیمه بیکاری",
        "۱۴۲۰ | 1420",
        "١٤٢٠ | 1420",
    })
    void spellingVariantsMeet(String a, String b) {
        assertEquals(query(a), query(b));
        assertFalse(query(a).isEmpty());
    }

    @Test
    void domainWordsAreNotOverStemmed() {
        assertNotEquals(index("مالیات"), index("مال"));
        assertEquals(List.of("سازمان"), index("سازمان"));
        assertEquals(List.of("درمان"), index("درمان"));
        assertEquals(List.of("دفتر"), index("دفتر"));
    }

    @Test
    void pluralsAndPossessivesMeetTheirStem() {
        assertEquals(index("کارگر"), index("کارگران"));
        assertEquals(query("بیمه"), query("بیمه‌ها"));
        assertEquals(query("بیمه"), query("بیمهها"));
        assertEquals(index("بیمه"), query("بیمم"), "spoken possessive");
    }

    @Test
    void spokenPossessivesThatDropTheSilentHehMeetTheirWord() {
        PersianStemmer stemmer = new PersianStemmer(Set.of("بیمه", "کارگاه"), s -> s.equals("سابق"));
        assertEquals("بیمه", stemmer.stem("بیمش"), "بیمه + ش");
        assertEquals("بیمه", stemmer.stem("بیممو"), "بیمه + م + و (را)");
        assertEquals("کارگاه", stemmer.stem("کارگاها"), "کارگاه + ها, spoken");
        assertEquals("سابق", stemmer.stem("سابقم"), "سابقه + م");
        assertEquals("سازمان", new PersianStemmer(Set.of(), s -> false).stem("سازمان"), "no known stem: untouched");
    }

    @Test
    void domainWordsAreNotStopwords() {
        assertEquals(2, query("حق بیمه").size());
        assertEquals(2, query("ثبت نام").size());
        assertEquals(1, query("خدمات").size());
    }

    @Test
    void invisibleCharactersAndPresentationFormsDoNotMakeNewTerms() {
        assertEquals(query("بیمه"), query("بی\u200Fمه"));
        assertEquals(query("بیمه"), query("بی\u200Dمه"));
        assertEquals(query("بیمه"), query("بی\u00ADمه"));
        assertEquals(query("لازم"), query("ﻻزم"));
        assertEquals(query("بیمه"), query("ﺑﯿﻤﻪ"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "میشه بیمه بیکاری گرفت | بیمه بیکاری گرفت",
        "چجوری مستمری بگیرم | چگونه مستمری بگیرم",
        "واسه بیمه بیکاری | برای بیمه بیکاری",
        "چقد حق بیمه | چقدر حق بیمه",
    })
    void spokenFormsReadAsWritten(String spoken, String written) {
        assertEquals(query(written), query(spoken));
    }

    @Test
    void aQueryOfOnlyStopwordsStillHasTerms() {
        assertTrue(query("چطور است").isEmpty(), "stopwords carry no topic");
        AnalyzedQuery read = AnalysisFixture.analysis().analyse("چطور است");
        assertEquals(2, read.tokens().size(), "but they are kept, marked, for phrases and the stopword-only fallback");
        assertTrue(read.tokens().stream().allMatch(AnalyzedQuery.Token::stopword));
        assertFalse(read.hasContent());
    }

    @Test
    void synonymsExpandAtQueryTime() {
        AnalyzedQuery read = AnalysisFixture.analysis().analyse("مستمری");
        assertEquals(1, read.synonyms().size(), "مستمری also searches its synonyms");
        assertTrue(read.synonyms().getFirst().alternatives().contains(index("حقوق بازنشستگی")),
                read.synonyms().toString());
        assertEquals(1, index("مستمری").size(), "but the index holds only what the article says");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "سی و پنج سال سابقه | ۳۵ سال سابقه",
        "بیست سال | 20 سال",
        "پونزده روز | ۱۵ روز",
        "هزار و چهارصد و چهار | ۱۴۰۴",
        "دو هزار و پانصد | 2500",
        "نه ماه | ۹ ماه",
        "چهارده میلیون | ۱۴ میلیون",
    })
    void numbersInWordsMeetTheirDigits(String words, String digits) {
        assertEquals(query(digits), query(words));
        assertEquals(index(digits), index(words));
    }

    @Test
    void wordsThatAreOnlySometimesNumbersStayWords() {
        assertTrue(index("نه کارفرما و نه کارگر").contains("نه"), "«نه» here means neither/nor");
        assertEquals(List.of("35", "و", "سابقه"), index("سی و پنج و سابقه"), "a trailing «و» stays a word");
    }
}
