package pasokh.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.analysis.PersianAnalysis;

/** Near-duplicate grouping over the shipped articles' analysis chain, the one imports use. */
class NearDuplicatesTest {

    @TempDir
    static Path dir;

    static GapFixture fixture;
    static PersianAnalysis analysis;

    @BeforeAll
    static void open() throws IOException {
        fixture = GapFixture.shipped(dir);
        analysis = fixture.kb.current().analysis();
    }

    @AfterAll
    static void close() throws IOException {
        fixture.close();
    }

    /** Spoken, written, Arabic-letter and no-half-space wordings of one question each, per topic. */
    static final List<List<String>> TOPICS = List.of(
            List.of("شرایط بیمه بیکاری چیه",
                    "شرایط بیمه بیکاری چیست؟",
                    "شرايط بيمه بيكاري چيه",
                    "شرایط بیمه‌ی بیکاری چیه",
                    "شرایط بیمه ی بیکاری چیست",
                    "شرایط دریافت بیمه بیکاری چیه"),
            List.of("میخوام کمک هزینه ازدواج بگیرم",
                    "می‌خواهم کمک هزینه ازدواج بگیرم",
                    "مي خوام كمك هزينه ازدواج بگيرم",
                    "می خواهم کمک‌هزینه ازدواج بگیرم"),
            List.of("سابقه بیمه‌ام را چطور ببینم",
                    "سابقه بیمه امو چطوری ببینم",
                    "سابقه بيمه ام رو چطوري ببينم",
                    "سابقه بیمه ام را چطوری ببینم؟"),
            List.of("حق اولاد فرزند سوم تعلق میگیرد؟",
                    "حق اولاد فرزند سوم تعلق می‌گیرد",
                    "حق اولاد فرزند سوم تعلق ميگيره؟"));

    static final List<String> UNRELATED = List.of("قیمت دلار امروز چنده", "پاسپورتم گم شده المثنی چطوری بگیرم",
            "سن بازنشستگی زنان با قانون جدید", "کد کارگاهی رو از کجا بگیرم", "مستمری بازماندگان چند درصده");

    static int[] signature(String text) {
        return MinHash.of(QuestionText.read(analysis, PersonalData.scrub(text)).shingles());
    }

    @Test
    void wordingsOfOneQuestionLandInOneGroupAndTopicsInTheirOwn() {
        List<String> texts = new ArrayList<>();
        List<Integer> topicOf = new ArrayList<>();
        for (int t = 0; t < TOPICS.size(); t++) {
            for (String w : TOPICS.get(t)) {
                texts.add(w);
                topicOf.add(t);
            }
        }
        for (int u = 0; u < UNRELATED.size(); u++) {
            texts.add(UNRELATED.get(u));
            topicOf.add(TOPICS.size() + u);
        }
        int[] root = NearDuplicates.group(texts.stream().map(NearDuplicatesTest::signature).toList());
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                boolean sameTopic = topicOf.get(i).equals(topicOf.get(j));
                assertEquals(sameTopic, root[i] == root[j],
                        (sameTopic ? "one group: " : "two groups: ") + texts.get(i) + " / " + texts.get(j));
            }
        }
        Set<Integer> groups = new HashSet<>();
        for (int r : root) groups.add(r);
        assertEquals(TOPICS.size() + UNRELATED.size(), groups.size());
    }

    @Test
    void theOrderOfTheTextsDoesNotChangeTheGroups() {
        List<String> texts = new ArrayList<>();
        TOPICS.forEach(texts::addAll);
        texts.addAll(UNRELATED);
        List<String> reversed = new ArrayList<>(texts.reversed());
        int[] a = NearDuplicates.group(texts.stream().map(NearDuplicatesTest::signature).toList());
        int[] b = NearDuplicates.group(reversed.stream().map(NearDuplicatesTest::signature).toList());
        int n = texts.size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(a[i] == a[j], b[n - 1 - i] == b[n - 1 - j], texts.get(i) + " / " + texts.get(j));
            }
        }
    }

    @Test
    void aPersonalNumberOrPlaceholderDoesNotSplitAGroup() {
        List<int[]> sigs = List.of(signature("کد ملیم ۰۰۱۲۳۴۵۶۷۸ هست، شرایط بیمه بیکاری چیه"),
                signature("کد ملیم ‹کد ملی› هست، شرایط بیمه بیکاری چیه"),
                signature("کد ملیم 4710839265 هست، شرایط بیمه بیکاری چیه"));
        int[] root = NearDuplicates.group(sigs);
        assertEquals(root[0], root[1]);
        assertEquals(root[0], root[2]);
    }

    @Test
    void similarityEstimatesTheShareOfSharedTerms() {
        assertEquals(1.0, MinHash.similarity(signature("شرایط بیمه بیکاری"), signature("شرايط بيمه بيكاري")));
        double unrelated = MinHash.similarity(signature("شرایط بیمه بیکاری"), signature("قیمت دلار امروز"));
        assertTrue(unrelated < 0.2, "unrelated: " + unrelated);
        double close = MinHash.similarity(signature("شرایط بیمه بیکاری"), signature("شرایط دریافت بیمه بیکاری"));
        assertTrue(close >= NearDuplicates.THRESHOLD && close < 1.0, "close: " + close);
        // stored signatures are read back the same
        int[] s = signature("حق اولاد فرزند سوم");
        assertArrayEquals(s, MinHash.fromBytes(MinHash.toBytes(s)));
    }
}
