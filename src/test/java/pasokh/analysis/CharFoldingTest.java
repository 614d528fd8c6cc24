package pasokh.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharFoldingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "بيمه بيكاري | بیمه بیکاری",             // Arabic yeh and kaf
        "مستمرى | مستمری",                        // alef maksura
        "بيمهٔ | بیمه",                            // hamza above as a mark
        "مدرسة | مدرسه",                           // teh marbuta
        "خانۀ | خانه",                             // heh with hamza
        "تأمین | تامین",                           // alef with hamza above
        "إسلام | اسلام",                           // alef with hamza below
        "آزمایش | ازمایش",                         // alef with madda
        "مؤسسه | موسسه",                           // waw with hamza
        "رئیس | رییس",                             // yeh with hamza
        "جزء | جز",                                // bare hamza
        "بـــیمه | بیمه",                          // tatweel
        "بِیمَهْ | بیمه",                          // diacritics
        "حقّ | حق",                                // shadda
        "۱۴۲۰ | 1420",                             // Persian digits
        "١٤٢٠ | 1420",                             // Arabic-Indic digits
        "ﺑﯿﻤﻪ | بیمه",                             // presentation forms
        "ﻻزم | لازم",                              // lam-alef ligature
        "BIME | bime",                             // Latin lower case
    })
    void foldsVariantsToOneForm(String typed, String folded) {
        assertEquals(folded, CharFolding.fold(typed));
    }

    @ParameterizedTest(name = "invisible U+{0}")
    @CsvSource({"200F", "200E", "200D", "00AD", "FEFF", "202B"})
    void invisibleCharactersVanish(String hex) {
        String mark = String.valueOf((char) Integer.parseInt(hex, 16));
        assertEquals("بیمه", CharFolding.fold("بی" + mark + "مه"));
    }

    @ParameterizedTest
    @CsvSource({"200C", "200B"})
    void zeroWidthNonJoinerSeparatesWordParts(String hex) {
        assertEquals("می شود", CharFolding.fold("می" + (char) Integer.parseInt(hex, 16) + "شود"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"تأمین‌اجتماعی", "بيمه\u200Fها"})
    void charFilterFoldsLikeTheStringForm(String text) throws IOException {
        try (Reader r = CharFolding.filter(new StringReader(text))) {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = r.read()) != -1) sb.append((char) c);
            assertEquals(CharFolding.fold(text), sb.toString());
        }
    }
}
