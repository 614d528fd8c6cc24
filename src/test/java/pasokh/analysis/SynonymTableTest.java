package pasokh.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymTableTest {

    private static List<String> words(String phrase) {
        return phrase.isBlank() ? List.of() : Arrays.asList(phrase.split(" "));
    }

    @Test
    void equivalentWordingsFindEachOtherAndTheLongestWins() throws IOException {
        SynonymTable table = SynonymTable.parse("دفترچه, کارت درمان\nدفترچه درمان, نسخه الکترونیک\n",
                SynonymTableTest::words);
        List<SynonymTable.Match> found = table.find(List.of("دفترچه", "درمان", "من"));
        assertEquals(1, found.size());
        assertEquals(0, found.getFirst().from());
        assertEquals(2, found.getFirst().to(), "«دفترچه درمان» over «دفترچه»");
        assertEquals(List.of(List.of("نسخه", "الکترونیک")), found.getFirst().alternatives());
        assertEquals(List.of(List.of("کارت", "درمان")), table.find(List.of("دفترچه")).getFirst().alternatives());
    }

    @Test
    void aOneWayRuleAddsItsTargetOnly() throws IOException {
        SynonymTable table = SynonymTable.parse("اخراج, تعدیل => بیکاری\n", SynonymTableTest::words);
        assertEquals(List.of(List.of("بیکاری")), table.find(List.of("تعدیل")).getFirst().alternatives());
        assertTrue(table.find(List.of("بیکاری")).isEmpty(), "the target does not search the everyday words");
    }

    @Test
    void aBrokenLineIsRefusedWithItsNumber() {
        IOException e = assertThrows(IOException.class,
                () -> SynonymTable.parse("a, b\nc => d => e\n", SynonymTableTest::words));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
