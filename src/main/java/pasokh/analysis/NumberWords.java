package pasokh.analysis;

import java.util.Map;
import java.util.Set;

/**
 * Persian number words as people write and speak them («سی و پنج», «پونزده», «هزار و چهارصد و چهار»), with
 * their values. Spoken variants are included because the same person who types «پونزده» will not type ۱۵.
 */
final class NumberWords {

    static final int THOUSAND = 1000;

    private static final Map<String, Integer> VALUES = Map.ofEntries(
            Map.entry("یک", 1), Map.entry("دو", 2), Map.entry("سه", 3), Map.entry("چهار", 4), Map.entry("پنج", 5),
            Map.entry("شش", 6), Map.entry("شیش", 6), Map.entry("هفت", 7), Map.entry("هشت", 8), Map.entry("نه", 9),
            Map.entry("ده", 10), Map.entry("یازده", 11), Map.entry("دوازده", 12), Map.entry("سیزده", 13),
            Map.entry("چهارده", 14), Map.entry("پانزده", 15), Map.entry("پونزده", 15), Map.entry("شانزده", 16),
            Map.entry("شونزده", 16), Map.entry("هفده", 17), Map.entry("هیفده", 17), Map.entry("هجده", 18),
            Map.entry("هیجده", 18), Map.entry("نوزده", 19),
            Map.entry("بیست", 20), Map.entry("سی", 30), Map.entry("چهل", 40), Map.entry("پنجاه", 50),
            Map.entry("شصت", 60), Map.entry("هفتاد", 70), Map.entry("هشتاد", 80), Map.entry("نود", 90),
            Map.entry("صد", 100), Map.entry("یکصد", 100), Map.entry("دویست", 200), Map.entry("سیصد", 300),
            Map.entry("چهارصد", 400), Map.entry("پانصد", 500), Map.entry("پونصد", 500), Map.entry("ششصد", 600),
            Map.entry("هفتصد", 700), Map.entry("هشتصد", 800), Map.entry("نهصد", 900),
            Map.entry("هزار", THOUSAND));

    /**
     * Words that are numbers only in front of something counted: «نه» is also "no", «یک» mostly "a". Alone
     * they stay words; «نه ماه» and «یک سال» become ۹ and ۱.
     */
    private static final Set<String> AMBIGUOUS_ALONE = Set.of("نه", "یک");

    /** What numbers count in this domain; also the spoken «تا» of «دو تا بچه». */
    private static final Set<String> COUNTED = Set.of(
            "سال", "ساله", "ماه", "ماهه", "روز", "روزه", "هفته", "ساعت", "درصد", "نفر", "فرزند", "بچه", "تا",
            "میلیون", "میلیارد", "تومان", "ریال", "بار", "قسط", "نوبت");

    private NumberWords() {}

    /** The value of a folded number word, or -1. */
    static int value(String word) {
        Integer v = VALUES.get(word);
        return v == null ? -1 : v;
    }

    static boolean ambiguousAlone(String word) {
        return AMBIGUOUS_ALONE.contains(word);
    }

    static boolean counted(String word) {
        return COUNTED.contains(word);
    }
}
