package pasokh.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GapCsvTest {

    @Test
    void aCallersTextThatExcelWouldRunAsAFormulaIsWrittenAsText() {
        assertEquals("'=HYPERLINK(\"http://x\")", GapCsv.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+98 مبلغ", GapCsv.cell("+98 مبلغ"));
        assertEquals("'-1+2", GapCsv.cell("-1+2"));
        assertEquals("'@SUM(A1)", GapCsv.cell("@SUM(A1)"));
        assertEquals("شرایط بیمه بیکاری = ؟", GapCsv.cell("شرایط بیمه بیکاری = ؟"));
    }
}
