package pasokh.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What an agent types for «پاسخ شماره ۲۳۴» is read as that number; a query with more in it is not. */
class NumberQueryTest {

    @Test
    void theNumberIsReadInEveryDigitScriptAndWithTheWordsSaidAroundIt() {
        for (String typed : List.of("234", "۲۳۴", "٢٣٤", " ۲۳۴ ", "۲ ۳ ۴", "پاسخ شماره ۲۳۴", "پاسخ‌شماره۲۳۴",
                "شماره ۲۳۴", "شمارهٔ ۲۳۴", "شمارۀ ۲۳۴", "شماره‌ی ۲۳۴", "پاسخ شمارهٔ ٢٣٤", "پاسخ ۲۳۴", "#234",
                "# ۲۳۴", "۲۳۴ #", "پاسخ #۲۳۴", "شماره: ۲۳۴", "٢٣٤ پاسخ")) {
            assertEquals(OptionalInt.of(234), NumberQuery.numberIn(typed), typed);
        }
    }

    @Test
    void aQueryWithAnotherWordOrNoWholeNumberIsAnOrdinaryQuery() {
        for (String typed : List.of("بیمه ۲۳۴", "۲۳۴ روز سابقه", "ماده ۲۳۴", "۲۳۴/۱", "2.5", "12,13", "پاسخ شماره",
                "", "0", "۰۰۰", "1000000", "99999999999999999999", "abc", "پاسخ شماره ۲۳۴ بیمه")) {
            assertEquals(OptionalInt.empty(), NumberQuery.numberIn(typed), typed);
        }
        assertEquals(OptionalInt.empty(), NumberQuery.numberIn(null));
    }
}
