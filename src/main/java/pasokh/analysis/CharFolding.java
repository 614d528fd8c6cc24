package pasokh.analysis;

import java.io.Reader;
import java.text.Normalizer;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Character-level normalisation: one table, used both as a Lucene char filter (so highlight offsets
 * still point into the original text) and on plain strings (word lists, rescue, lexicon).
 *
 * <p>Our normal form uses Persian ی and ک (what editors write and what the site shows), Latin digits,
 * and a space for ZWNJ: glued, spaced and ZWNJ-joined words all become separate tokens, and the glued
 * ones are split again at query time by {@link GluedWordSplitter}.
 */
public final class CharFolding {

    private static final Map<String, String> TABLE = buildTable();
    private static final NormalizeCharMap CHAR_MAP = buildCharMap();
    /** The table by character, for folding plain strings without a map lookup per character. */
    private static final String[] BY_CHAR = byChar();

    private CharFolding() {}

    private static Map<String, String> buildTable() {
        Map<String, String> t = new TreeMap<>();
        // Arabic presentation forms (ﻻ ﺑ ﮐ ...) -> their base letters.
        for (int c = 0xFB50; c <= 0xFDFF; c++) addCompatibility(t, (char) c);
        for (int c = 0xFE70; c <= 0xFEFC; c++) addCompatibility(t, (char) c);
        // Yeh and kaf variants -> Persian ی and ک.
        for (char c : "يىئےۍېۑ".toCharArray()) t.put(String.valueOf(c), "ی");
        for (char c : "كڪګ".toCharArray()) t.put(String.valueOf(c), "ک");
        // Teh marbuta and heh with hamza -> ه; hamza seats on alef and waw -> the plain letter.
        t.put("ة", "ه");
        t.put("ۀ", "ه");
        t.put("ە", "ه");
        t.put("أ", "ا");
        t.put("إ", "ا");
        t.put("آ", "ا");
        t.put("ٱ", "ا");
        t.put("ؤ", "و");
        // The bare hamza varies freely (مسئله/مسأله/مساله, جزء/جز): drop it.
        t.put("ء", "");
        // Diacritics, superscript alef, hamza marks, tatweel: never distinguish words in queries.
        for (int c = 0x064B; c <= 0x065F; c++) t.put(String.valueOf((char) c), "");
        t.put("\u0670", "");
        t.put("\u0640", "");
        // Invisible characters that end up inside words: RLM, LRM, ZWJ, soft hyphen, BOM, bidi controls.
        for (char c : "\u200E\u200F\u200D\u00AD\uFEFF\u061C\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"
                .toCharArray()) {
            t.put(String.valueOf(c), "");
        }
        // ZWNJ and zero-width space separate word parts.
        t.put("\u200C", " ");
        t.put("\u200B", " ");
        // Persian and Arabic-Indic digits -> Latin; Arabic decimal and thousands separators.
        for (int d = 0; d <= 9; d++) {
            t.put(String.valueOf((char) ('۰' + d)), String.valueOf(d));
            t.put(String.valueOf((char) ('٠' + d)), String.valueOf(d));
        }
        t.put("٫", ".");
        t.put("٬", ",");
        return t;
    }

    private static void addCompatibility(Map<String, String> t, char c) {
        if (!Character.isDefined(c)) return;
        String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        if (folded.equals(String.valueOf(c))) return;
        StringBuilder sb = new StringBuilder();
        for (char f : folded.toCharArray()) {
            String mapped = switch (f) {
                case 'ي', 'ى', 'ئ' -> "ی";
                case 'ك' -> "ک";
                case 'ة' -> "ه";
                case 'أ', 'إ', 'آ' -> "ا";
                case 'ؤ' -> "و";
                default -> (f >= 0x064B && f <= 0x065F) || f == '\u0640' || f == 'ء' ? "" : String.valueOf(f);
            };
            sb.append(mapped);
        }
        // Isolated diacritic forms (ﹰ ﹲ ...) fold to a space plus the mark; keep only letters.
        t.put(String.valueOf(c), sb.toString().strip());
    }

    private static NormalizeCharMap buildCharMap() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        TABLE.forEach(b::add);
        return b.build();
    }

    private static String[] byChar() {
        String[] table = new String[Character.MAX_VALUE + 1];
        TABLE.forEach((from, to) -> {
            if (from.length() == 1) table[from.charAt(0)] = to;
        });
        return table;
    }

    /** For Lucene analyzers. */
    public static Reader filter(Reader reader) {
        return new MappingCharFilter(CHAR_MAP, reader);
    }

    /** The same folding on a plain string, plus lower case (as the token filters do). */
    public static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String mapped = BY_CHAR[c];
            if (mapped != null) sb.append(mapped);
            else sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }
}
