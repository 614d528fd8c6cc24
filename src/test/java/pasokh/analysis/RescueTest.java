package pasokh.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RescueTest {

    private final QueryRescue rescue = new QueryRescue(AnalysisFixture.analysis());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "fdli fd;hvd | بیمه بیکاری",
        "lsjlvd fhckasj'hk | مستمری بازنشستگان",
        "pr fdli | حق بیمه",
    })
    void persianTypedOnAnEnglishLayout(String typed, String meant) {
        assertEquals(Optional.of(meant), rescue.rescue(typed));
    }

    @Test
    void theKeysForPersianTextAreTheSlipTheRescueUndoes() {
        KeyboardLayout layout = KeyboardLayout.isiri9147();
        assertEquals("fdli fd;hvd", layout.keysFor("بیمه بیکاری"));
        assertEquals("حق بیمه بازنشستگی", layout.type(layout.keysFor("حق بیمه بازنشستگی")));
    }

    @Test
    void theOlderWindowsLayoutWhereMTypesHamzaYeh() {
        assertEquals("ئ", KeyboardLayout.legacyWindows().type("m"));
        assertEquals("پ", KeyboardLayout.isiri9147().type("m"));
        assertEquals("پ", KeyboardLayout.legacyWindows().type("\\"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "bime bikari | بیمه بیکاری",
        "sharayet bazneshastegi | شرایط بازنشستگی",
        "haghe bime | حق بیمه",
        "mostamari bazmandegan | مستمری بازماندگان",
        "tamin ejtemaei | تامین اجتماعی",
        "sabtenam | ثبت نام",
    })
    void finglishIsReadAsPersianWords(String typed, String meant) {
        assertEquals(Optional.of(meant), rescue.rescue(typed));
    }

    @Test
    void persianQueriesAreNeverRewritten() {
        for (String q : List.of("بیمه بیکاری", "مستمری", "بیمهبیکاری", "سوابغ بیمه", "1420")) {
            assertEquals(Optional.empty(), rescue.rescue(q), q);
        }
    }

    @Test
    void latinTextThatIsNotPersianIsLeftAlone() {
        assertEquals(Optional.empty(), rescue.rescue("xyzzy qwq"));
    }

    @Test
    void gluedWordsSplitOnlyIntoKnownParts() {
        GluedWordSplitter splitter = new GluedWordSplitter(
                w -> List.of("بیمه", "بیکاری", "تامین", "اجتماعی", "می", "تواند").contains(w), w -> 1);
        assertEquals(List.of("بیمه", "بیکاری"), splitter.split("بیمهبیکاری"));
        assertEquals(List.of("می", "تواند"), splitter.split("میتواند"));
        assertEquals(List.of("بیمه"), splitter.split("بیمه"), "a known word stays whole");
        assertEquals(List.of("زرافه"), splitter.split("زرافه"), "an unknown word with no known parts stays whole");
    }

    @Test
    void typosAreCorrectedToKnownWordsSoundAlikeLettersFirst() {
        SpellCorrector corrector = new SpellCorrector(List.of("سوابق", "سوابغ", "بازنشستگی", "مستمری"),
                w -> w.equals("سوابق") ? 10 : 1);
        assertEquals(Optional.of("بازنشستگی"), corrector.correct("باذنشستگی"));
        assertEquals(Optional.of("مستمری"), corrector.correct("مستمزی"));
        assertTrue(SpellCorrector.distance("سوابق", "سوابغ", 5) < SpellCorrector.distance("سوابق", "سوابل", 5),
                "ق/غ sound alike and cost less than a random letter");
        assertEquals(Optional.empty(), corrector.correct("حق"), "short words are not second-guessed");
    }

    @Test
    void aMistypedWordWithASuffixIsCorrectedThroughItsBase() {
        SpellCorrector corrector = new SpellCorrector(List.of("افغان", "اختیاری", "کارگر"), w -> 1);
        assertEquals(Optional.of("افغانی"), corrector.correct("افقانی"), "ق for غ in «افغان» + «ی»");
        assertEquals(Optional.of("کارگرها"), corrector.correct("کارگزها"));
    }

    @Test
    void aLayoutSlipIsNotOutscoredByFinglishThatShredsWordsIntoLittleOnes() throws IOException {
        // As Finglish, «;hv'v» reads «و و» and «htyhkd» «حتی کد»: more known words than the layout reading
        // «بیمه کارگر افغانی» (whose last word no article uses), but nothing a person meant.
        try (PersianAnalysis analysis = PersianAnalysis.load(Path.of("index-config"),
                List.of("بیمه کارگر تبعه افغانستانی", "کد کارگاه را بپرسید"))) {
            assertEquals(Optional.of("بیمه کارگر افغانی"), new QueryRescue(analysis).rescue("fdli ;hv'v htyhkd"));
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "azkaroftadegi | از کار افتادگی",
        "bimebikari | بیمه بیکاری",
        "ghat | قطع",
        "shoroo | شروع",
    })
    void finglishGluedWordsAndASilentFinalAinAreRead(String typed, String meant) {
        Finglish finglish = new Finglish(List.of("از", "کار", "افتادگی", "بیمه", "بیکاری", "قطع", "قطر", "شروع",
                "شرور"), w -> 1);
        assertEquals(Optional.of(meant), finglish.read(typed));
    }

    @Test
    void aLatinWordKnownOnlyFromAWebAddressDoesNotBlockItsPersianReading() throws IOException {
        try (PersianAnalysis analysis = PersianAnalysis.load(Path.of("index-config"),
                List.of("ثبت نام در سامانه bimebikari (bimebikari.mcls.gov.ir)", "شرایط بیمه بیکاری"))) {
            assertEquals(Optional.of("بیمه بیکاری"), new QueryRescue(analysis).rescue("bimebikari"));
        }
    }
}
