package pasokh.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuerySetTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void queriesAreTheFirstColumnOnceEachInTheOrderTheyFirstAppear() throws IOException {
        Path first = file("a.tsv", """
                query\trelevant\tclass
                # a comment\tnot-a-query\tformal
                مستمری بازنشستگی\tretirement\tformal

                بیمه بیکاری\tunemployment\tcolloquial
                مستمری بازنشستگی\tearly-retirement\tformal
                """);
        Path second = file("b.tsv", """
                query\trelevant\tclass
                  بیمه بیکاری \tunemployment\tfinglish
                وام ازدواج\tmarriage-loan\tformal
                """);
        QuerySet set = QuerySet.read(List.of(first, second));
        assertEquals(List.of("مستمری بازنشستگی", "بیمه بیکاری", "وام ازدواج"), set.queries());
        assertEquals(3, set.size());
        assertEquals(List.of("بیمه بیکاری", "وام ازدواج", "مستمری بازنشستگی"),
                QuerySet.read(List.of(second, first)).queries(), "the order follows the files");
    }

    @Test
    void aFileWithoutQueriesIsNamedAndAMissingOneSaysNotFound() throws IOException {
        Path empty = file("empty.tsv", "query\trelevant\tclass\n# nothing yet\n");
        IOException e = assertThrows(IOException.class, () -> QuerySet.read(List.of(empty)));
        assertTrue(e.getMessage().contains("empty.tsv: no queries"), e.getMessage());
        assertThrows(NoSuchFileException.class, () -> QuerySet.read(List.of(dir.resolve("missing.tsv"))));
    }

    @Test
    void searchPathsArePercentEncodedUtf8WithSpacesAsPercent20() {
        assertEquals("/api/search?q=%D8%A8%DB%8C%D9%85%D9%87%20%D8%A8%DB%8C%DA%A9%D8%A7%D8%B1%DB%8C",
                QuerySet.searchPath("بیمه بیکاری"));
        assertEquals("/api/search?q=a%2Bb%26c%3Dd%3F%23", QuerySet.searchPath("a+b&c=d?#"));
        QuerySet set = QuerySet.of(List.of("بیمه بیکاری", "bime tamin"));
        assertEquals(List.of(QuerySet.searchPath("بیمه بیکاری"), "/api/search?q=bime%20tamin"), set.searchPaths());
        // the load generator takes them as they are: visible ASCII only
        new LoadSettings("127.0.0.1", 80, set.searchPaths(), 1, Budget.none(), Budget.requests(1));
    }

    @Test
    void queriesFallInBucketsByTheirNumberOfWords() {
        assertEquals(WordBucket.ONE_TO_TWO, WordBucket.of("مستمری"));
        assertEquals(WordBucket.ONE_TO_TWO, WordBucket.of("  بیمه   بیکاری "));
        assertEquals(WordBucket.THREE_TO_FIVE, WordBucket.of("شرایط بیمه بیکاری"));
        assertEquals(WordBucket.THREE_TO_FIVE, WordBucket.of("a b\tc\u00a0d e"), "tab and no-break space split");
        assertEquals(WordBucket.SIX_TO_NINE, WordBucket.of("1 2 3 4 5 6"));
        assertEquals(WordBucket.SIX_TO_NINE, WordBucket.of("1 2 3 4 5 6 7 8 9"));
        assertEquals(WordBucket.TEN_OR_MORE, WordBucket.of("1 2 3 4 5 6 7 8 9 10"));
        assertEquals(1, WordBucket.words("می\u200cخواهم"), "a zero-width non-joiner is inside a word");
    }

    @Test
    void everyBucketIsListedInOrderWithItsQueriesInOrder() {
        QuerySet set = QuerySet.of(List.of("a b c", "a", "1 2 3 4 5 6 7 8 9 10 11", "b c d", "x y"));
        Map<WordBucket, List<String>> buckets = set.byWords();
        assertEquals(List.of(WordBucket.values()), List.copyOf(buckets.keySet()));
        assertEquals(List.of("a", "x y"), buckets.get(WordBucket.ONE_TO_TWO));
        assertEquals(List.of("a b c", "b c d"), buckets.get(WordBucket.THREE_TO_FIVE));
        assertEquals(List.of(), buckets.get(WordBucket.SIX_TO_NINE));
        assertEquals(List.of("1 2 3 4 5 6 7 8 9 10 11"), buckets.get(WordBucket.TEN_OR_MORE));
        assertEquals(List.of("1-2", "3-5", "6-9", "10+"),
                List.of(WordBucket.values()).stream().map(WordBucket::label).toList());
    }

    @Test
    void blankTextsAreDroppedAndNothingAtAllIsRefused() {
        assertEquals(List.of("a"), QuerySet.of(List.of(" ", "a", "a ")).queries());
        assertThrows(IllegalArgumentException.class, () -> QuerySet.of(List.of(" ", "")));
    }
}
