package pasokh.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            کد ملی من ۰۰۱۲۳۴۵۶۷۸ است                 | کد ملی من ‹کد ملی› است
            کدملی0012345678 سابقه                     | کدملی‹کد ملی› سابقه
            کد ملی ۰۰۱-۲۳۴۵۶۷-۸                       | کد ملی ‹کد ملی›
            کد ملی 001 234 5678                       | کد ملی ‹کد ملی›
            شماره من ۰۹۱۲۳۴۵۶۷۸۹ هست                  | شماره من ‹موبایل› هست
            موبایل 0912 345 6789                      | موبایل ‹موبایل›
            موبایل 0912  345  6789                    | موبایل ‹موبایل›
            موبایل 0912 - 345 - 6789                  | موبایل ‹موبایل›
            کد ملی ۰۰۱ - ۲۳۴۵۶۷ - ۸                   | کد ملی ‹کد ملی›
            +98 912 345 6789 تماس                     | ‹موبایل› تماس
            00989123456789                            | ‹موبایل›
            ٠٩١٢٣٤٥٦٧٨٩                               | ‹موبایل›
            تلفن ثابت ۰۲۱-۸۸۷۷۶۶۵۵                    | تلفن ثابت ‹تلفن›
            03112345678                               | ‹تلفن›
            کارت ۶۰۳۷-۹۹۷۱-۲۳۴۵-۶۷۸۹                  | کارت ‹شماره کارت›
            شبا IR820540102680020817909002 برای واریز  | شبا ‹شبا› برای واریز
            شبا IR 82 0540 1026 8002 0817 9090 02     | شبا ‹شبا›
            ایمیلم ali.rezaei@example.com هست         | ایمیلم ‹ایمیل› هست
            شماره بیمه ۱۲۳۴۵۶۷۸                       | شماره بیمه ‹شماره›
            """)
    void replacesEachKindWithItsPlaceholder(String text, String expected) {
        assertEquals(expected, PersonalData.scrub(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            مستمری سال ۱۴۰۳ چقدر زیاد شد؟             | مستمری سال 1403 چقدر زیاد شد؟
            تاریخ ۱۴۰۳/۰۵/۱۲ ساعت ۱۰:۳۰               | تاریخ 1403/05/12 ساعت 10:30
            حداقل حقوق ۱۲،۰۰۰،۰۰۰ تومان               | حداقل حقوق 12،000،000 تومان
            ۳۰ روز مرخصی و ۲۴ ماه سابقه               | 30 روز مرخصی و 24 ماه سابقه
            """)
    void keepsYearsDatesAmountsAndCounts(String text, String expected) {
        assertEquals(expected, PersonalData.scrub(text));
    }

    @org.junit.jupiter.api.Test
    void aNumberWrappedOverLinesIsOneNumber() {
        assertEquals("موبایل ‹موبایل› ممنون", PersonalData.scrub("موبایل 0912\n345\n6789 ممنون"));
        assertEquals("کارت ‹شماره کارت›", PersonalData.scrub("کارت 6037 9971\r\n2345 6789"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0012345678
            09123456789
            6037997123456789
            820540102680020817909002
            """)
    void noDigitsOfThePersonalNumberSurvive(String number) {
        String scrubbed = PersonalData.scrub("سلام " + number + " ممنون");
        assertFalse(scrubbed.matches(".*\\d{5,}.*"), scrubbed);
    }
}
