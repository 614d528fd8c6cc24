package pasokh.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NewestWordingsTest {

    @Test
    void keepsTheWordingsAskedLastWhateverTheOrderOfTheQuestions() {
        Random random = new Random(5);
        List<long[]> questions = new ArrayList<>();
        for (int i = 0; i < 5000; i++) questions.add(new long[] {random.nextInt(300), random.nextInt(1_000_000)});
        Collections.shuffle(questions, random);
        NewestWordings kept = new NewestWordings(20);
        NewestWordings half = new NewestWordings(20);
        NewestWordings otherHalf = new NewestWordings(20);
        Map<String, Long> latest = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            String wording = "w" + questions.get(i)[0];
            long at = questions.get(i)[1];
            if (kept.wants(at)) kept.add(wording, at);
            (i % 2 == 0 ? half : otherHalf).add(wording, at);
            latest.merge(wording, at, Math::max);
        }
        List<String> expected = latest.keySet().stream()
                .sorted(Comparator.comparingLong((String w) -> -latest.get(w)).thenComparing(Comparator.naturalOrder()))
                .limit(20).toList();
        assertEquals(expected, kept.newestFirst());
        assertEquals(expected, half.addAll(otherHalf).newestFirst(), "two slices merged");
    }
}
