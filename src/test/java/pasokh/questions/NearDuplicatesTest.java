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

    /**
     * Texts come most asked first and each joins its group's leader (no chaining, see NearDuplicates): no group
     * may mix topics, and most wordings must join their topic's leader. Not all: «سابقه بیمه امو چطوری ببینم»
     * shares too few analysed terms with «سابقه بیمه‌ام را چطور ببینم» (about 0.4) and leads a group of its own.
     */
    @Test
    void wordingsOfOneQuestionMostlyJoinTheirLeaderAndTopicsNeverMix() {
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
        int[] leader = NearDuplicates.group(texts.stream().map(NearDuplicatesTest::signature).toList());
        int joined = 0, wordings = 0;
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(topicOf.get(i), topicOf.get(leader[i]), "never another topic's group: " + texts.get(i)
                    + " -> " + texts.get(leader[i]));
            if (topicOf.get(i) < TOPICS.size() && texts.indexOf(TOPICS.get(topicOf.get(i)).getFirst()) != i) {
                wordings++;
                if (leader[i] == texts.indexOf(TOPICS.get(topicOf.get(i)).getFirst())) joined++;
            }
        }
        assertTrue(joined >= wordings * 3 / 4, joined + " of " + wordings + " wordings joined their leader");
        for (int u = 0; u < UNRELATED.size(); u++) {
            int i = texts.indexOf(UNRELATED.get(u));
            assertEquals(i, leader[i], "an unrelated question leads its own group: " + texts.get(i));
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
