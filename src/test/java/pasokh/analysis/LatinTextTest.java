package pasokh.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatinTextTest {

    /**
     * English words that are also Persian: a Finglish spelling («man» من), or Persian typed on the wrong layout
     * («fun» بعد). Each would stop a real rescue if it were in english-words.txt. The first lines are those that
     * were written into the list and taken out again.
     */
    private static final List<String> PERSIAN_TOO = List.of(
            "age", "am", "an", "are", "bad", "band", "bank", "bar", "base", "be", "check", "clinic", "code", "codes",
            "dad", "dare", "did", "do", "doctor", "doctors", "done", "door", "dust", "fish", "foot", "form", "forms",
            "gap", "had", "hey", "in", "internet", "key", "lab", "list", "lists", "male", "man", "me", "million",
            "mobile", "name", "net", "no", "noon", "on", "online", "passport", "post", "rang", "rob", "sad", "sale",
            "site", "telephone", "to", "tool",
            // typed on the Persian layout: بعد، بعدی، مثل، پس
            "fun", "fund", "leg", "ms",
            // never written in, kept here so nobody adds them
            "az", "ba", "bale", "bare", "bime", "bord", "bud", "chi", "dam", "dame", "dar", "dast", "din", "ham",
            "hast", "jade", "jam", "kale", "kam", "kar", "kari", "mah", "made", "mane", "mast", "mire", "nam", "nan",
            "oon", "par", "pas", "pool", "ran", "sabt", "sal", "sang", "sin", "tan", "tar", "taxi", "vam", "vase");

    /**
     * English words the eval's Finglish questions borrow and the list keeps anyway: the web words an English
     * query is made of. «download app tamin man» stays Finglish because its Persian words are half of it.
     */
    private static final Set<String> ENGLISH_IN_FINGLISH = Set.of("app", "download");

    /** The Finglish and wrong-layout inputs of the other tests (RescueTest, SitePagesTest) and of the brief. */
    private static final List<String> TEST_QUERIES = List.of(
            "bime bikari", "sharayet bazneshastegi", "haghe bime", "mostamari bazmandegan", "tamin ejtemaei",
            "sabtenam", "azkaroftadegi", "bimebikari", "ghat", "shoroo", "mostamari chand ast", "vam ezdevaj",
            "sabte nam", "fdli fd;hvd", "lsjlvd fhckasj'hk", "pr fdli", "fdli ;hv'v htyhkd", ";hv'v", "[vd]");

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "</b>", "<img src=x onerror=alert(1)>", "<b>",
        "<svg/onload=alert(1)>", "<!-- hidden -->", "<?xml version=\"1.0\"?>", "&lt;b&gt;", "<a href='#'>x</a>"})
    void htmlAndXmlTagsAreMarkup(String query) {
        assertTrue(LatinText.isCodeOrMarkup(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alert(1)", "prompt(document.domain)", "document.cookie", "console.log(x)",
        "javascript:alert(1)", "window.location", "foo()", "x => x", "data:text/html;base64,PHNjcmlwdD4="})
    void scriptIsCode(String query) {
        assertTrue(LatinText.isCodeOrMarkup(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR 1=1 --", "' or 'a'='a", "admin'--", "1 OR 1=1", "1 UNION SELECT password FROM users",
        "x union all select null", "1; DROP TABLE users", "SELECT * FROM users", "1' AND sleep(5)",
        "information_schema.tables"})
    void sqlInjectionShapesAreCode(String query) {
        assertTrue(LatinText.isCodeOrMarkup(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example/x", "https://tamin.ir", "ldap://x/a", "www.google.com",
        "/etc/passwd", "cat etc/passwd", "../../etc/passwd", "..\\..\\boot.ini", "C:\\Windows\\win.ini",
        "%2e%2e%2fadmin", "/search?q=x"})
    void addressesAndPathsAreCode(String query) {
        assertTrue(LatinText.isCodeOrMarkup(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{7*7}}", "${jndi:ldap://x/a}", "#{7*7}", "<%= 7*7 %>", "{% debug %}", "$(id)"})
    void templateSyntaxIsCode(String query) {
        assertTrue(LatinText.isCodeOrMarkup(query), query);
    }

    /** The hostile Lucene inputs of HostileInputTest, less «\» alone: on the older layout that is «پ». */
    @ParameterizedTest
    @ValueSource(strings = {"*:*", "title:foo AND (", "AND (", "[a TO z]", "+-!&&||", "?*", "(((", ")", "\"", "~",
        "/.*/", "مستمری~3", "{!}", "title:x", "bime AND bikari", "bime^2", "bime && bikari", "q=a", "id=1"})
    void luceneSyntaxAndQueryStringsAreCode(String query) {
        assertTrue(LatinText.isCodeOrMarkup(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fdli fd;hvd", ";hv'v [ndn nv gdsj fdli", "[vd]", "[vdli]", "\\vnhoj pr fdli",
        "',hid unl fdli", "hovh[ anl fdli fd;hvd fil jugr ld'dvi?", "fdli\\", "lsjlvd fhckasj'hk, fdli"})
    void aLayoutSlipIsNotCodeThoughItIsFullOfPunctuation(String query) {
        assertFalse(LatinText.isCodeOrMarkup(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bime bikari", "sabtenam dar es.tamin.ir", "hey'at tashkhis motalebat", "hagh-e olad",
        "\"bime bikari\"", "bime (tamin)", "how to reset password?", "select a photo from the gallery",
        "PASSWORD NOT WORKING", "Tom and Jerry", "بیمه بیکاری", "ساعت 8:30 تا 14", "فروش/اجاره کارگاه", "1420",
        "؟", "50% off", "e-mail", "don't know"})
    void wordsAndOrdinarySentencesAreNotCode(String query) {
        assertFalse(LatinText.isCodeOrMarkup(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "hello world", "how to reset password", "login error", "Server error 500",
        "Forgot my password", "download failed", "where can I download the app", "hello, how are you?",
        "how to reset my tamin password", "Passwords expired"})
    void englishQueriesLookEnglish(String query) {
        assertTrue(LatinText.looksEnglish(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bime bikari", "sharayet bazneshastegi", "mostamari chand ast", "vam ezdevaj",
        "haghe bime", "sabte nam", "bimebikari", "man to bad", "fdli fd;hvd", "lsjlvd fhckasj'hk", "بیمه بیکاری",
        "q=a", "ok"})
    void finglishLayoutSlipsPersianAndLettersDoNotLookEnglish(String query) {
        assertFalse(LatinText.looksEnglish(query), query);
    }

    @Test
    void halfEnglishIsNotEnoughToLookEnglish() {
        assertEquals(0.5, LatinText.englishShare(List.of("download", "app", "tamin", "man")));
        assertFalse(LatinText.looksEnglish("download app tamin man"));
        assertTrue(LatinText.looksEnglish("download app tamin"), "two of three is most");
        assertEquals(0, LatinText.englishShare(List.of()));
    }

    @Test
    void wordsShorterThanThreeLettersDoNotCount() {
        assertTrue(LatinText.isEnglishWord("of"));
        assertFalse(LatinText.looksEnglish("is it of"), "only short words: nothing to judge by");
        assertTrue(LatinText.looksEnglish("is it free"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Passwords", "failed", "running", "making", "stopped", "used", "tries", "ties", "boxes",
        "user's", "users'", "hello,", "don't", "LOGIN"})
    void englishWordsAreKnownInAnyCaseAndWithRegularEndings(String word) {
        assertTrue(LatinText.isEnglishWord(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fdli", "fd;hvd", "hey'at", "bimeh", "xyzzy", "login1", "mostamari", "sabtenam", ""})
    void otherWordsAreNotEnglish(String word) {
        assertFalse(LatinText.isEnglishWord(word), word);
    }

    @Test
    void wordsThatAreAlsoPersianAreNotEnglish() {
        List<String> listed = PERSIAN_TOO.stream().filter(LatinText::isEnglishWord).toList();
        assertEquals(List.of(), listed, "words that also read as Persian must stay out of english-words.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "q=a", "ok", "OK!", "pr", "x y", "fd"})
    void aLetterOrTwoIsTooShortToRead(String query) {
        assertTrue(LatinText.tooShortToRead(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fdli", ";l;", "bime", "ok bime", "pr fdli", "بیمه", "1420", ""})
    void threeLettersOrNoLatinTextAtAllIsNotTooShort(String query) {
        assertFalse(LatinText.tooShortToRead(query), query);
    }

    @Test
    void typedWordsKeepLayoutSlipsWholeAndSplitCode() {
        assertEquals(List.of("fdli", "fd;hvd"), LatinText.latinWords("fdli fd;hvd"));
        assertEquals(List.of("q", "a"), LatinText.latinWords("q=a"));
        assertEquals(List.of("sabtenam", "dar", "es", "tamin", "ir"), LatinText.latinWords("sabtenam dar es.tamin.ir"));
        assertEquals(List.of("bime"), LatinText.latinWords("بیمه bime ۱۴۲۰"));
    }

    @Test
    void theListIsAboutThreeThousandLowercaseWordsEachOnce() throws IOException {
        List<String> words = new ArrayList<>();
        try (InputStream in = EnglishWords.class.getResourceAsStream(EnglishWords.RESOURCE)) {
            assertNotNull(in, EnglishWords.RESOURCE);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) words.add(line);
            }
        }
        List<String> malformed = words.stream().filter(w -> !w.matches("[a-z]+(?:'[a-z]+)?")).toList();
        assertEquals(List.of(), malformed, "one lowercase word a line");
        Set<String> seen = new HashSet<>();
        List<String> twice = words.stream().filter(w -> !seen.add(w)).toList();
        assertEquals(List.of(), twice, "each word once");
        assertTrue(words.size() >= 2500 && words.size() <= 4000, "about 3,000 words, got " + words.size());
        assertEquals(words.size(), EnglishWords.size(), "every line is loaded");
    }

    @Test
    void noFinglishOrLayoutQueryOfTheEvalOrTheTestsIsCodeEnglishOrTooShort() throws IOException {
        List<String> queries = new ArrayList<>(evalQueries(Set.of("finglish", "wrong-layout")));
        assertTrue(queries.size() > 300, "the eval sets hold several hundred such queries, read " + queries.size());
        queries.addAll(TEST_QUERIES);
        List<String> wrong = new ArrayList<>();
        for (String q : queries) {
            if (LatinText.isCodeOrMarkup(q)) wrong.add("code: " + q);
            if (LatinText.looksEnglish(q)) wrong.add("English: " + q);
            if (LatinText.tooShortToRead(q)) wrong.add("too short: " + q);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void noLatinWordOfThoseQueriesIsInTheEnglishListUnlessItIsEnglishOnly() throws IOException {
        List<String> queries = new ArrayList<>(evalQueries(Set.of("finglish", "wrong-layout")));
        queries.addAll(TEST_QUERIES);
        Set<String> english = new TreeSet<>();
        for (String q : queries) {
            for (String w : LatinText.latinWords(q)) {
                if (LatinText.isEnglishWord(w)) english.add(w.toLowerCase(Locale.ROOT));
            }
        }
        english.removeAll(ENGLISH_IN_FINGLISH);
        assertEquals(Set.of(), english, "a Latin word of a Finglish or layout query is in english-words.txt");
    }

    @Test
    void noEvalQueryOfAnyKindIsCode() throws IOException {
        List<String> code = evalQueries(null).stream().filter(LatinText::isCodeOrMarkup).toList();
        assertEquals(List.of(), code);
    }

    /** The queries of eval/*.tsv (query, relevant, class) of the given classes, or of all if {@code null}. */
    private static List<String> evalQueries(Set<String> classes) throws IOException {
        List<String> queries = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("eval"))) {
            files = listing.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).toList()) {
                String[] cols = line.split("\t");
                if (line.startsWith("#") || cols.length < 3) continue;
                if (classes == null || classes.contains(cols[2].strip())) queries.add(cols[0]);
            }
        }
        return queries;
    }
}
