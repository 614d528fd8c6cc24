package pasokh.questions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearDuplicatesLeaderTest {

    private static int[] signature(String terms) {
        return MinHash.of(Set.copyOf(Arrays.asList(terms.split(" "))));
    }

    @Test
    void nearDuplicatesJoinTheirMostAskedLeader() {
        int[] groups = NearDuplicates.group(List.of(
                signature("شرایط بیمه بیکاری مقرری"),
                signature("حق اولاد فرزند سوم"),
                signature("شرایط بیمه بیکاری مقرری چقدر"),
                signature("حق اولاد فرزند سوم کارگر")));
        assertArrayEquals(new int[] {0, 1, 0, 1}, groups);
    }

    @Test
    void aChainOfTextsEachLikeTheNextIsNotOneGroup() {
        // each shares five of six words with the one before; the last shares none with the first
        List<int[]> chain = List.of(signature("a b c d e f"), signature("a b c d e g"), signature("a b c d g h"),
                signature("a b c g h i"), signature("a b g h i j"), signature("a g h i j k"), signature("g h i j k l"));
        int[] groups = NearDuplicates.group(chain);
        assertEquals(0, groups[1], Arrays.toString(groups));
        assertNotEquals(groups[0], groups[6], Arrays.toString(groups));
        for (int i = 0; i < groups.length; i++) {
            assertTrue(MinHash.similarity(chain.get(i), chain.get(groups[i])) >= NearDuplicates.THRESHOLD,
                    "every member is close to its leader: " + Arrays.toString(groups));
        }
    }
}
