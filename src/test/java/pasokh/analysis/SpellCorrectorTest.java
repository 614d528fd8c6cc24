package pasokh.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpellCorrectorTest {

    /** The answer a full scan of the dictionary gives, by the same distance and tie rules. */
    private static Optional<String> byFullScan(List<String> dictionary, String word) {
        if (word.length() < 3) return Optional.empty();
        double allowed = word.length() == 3 ? 0.5 : word.length() <= 6 ? 1.0 : 2.0;
        String best = null;
        double bestDistance = Double.MAX_VALUE;
        for (String c : dictionary) {
            if (Math.abs(c.length() - word.length()) > allowed || c.length() < 2) continue;
            double d = SpellCorrector.distance(word, c, allowed);
            if (d > allowed) continue;
            if (d < bestDistance || (d == bestDistance && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    @Test
    void theLetterPairIndexFindsWhatAFullScanFinds() {
        List<String> dictionary = new ArrayList<>(AnalysisFixture.analysis().lexicon().contentSurfaces());
        dictionary.sort(null);
        SpellCorrector corrector = new SpellCorrector(dictionary, w -> 1);
        Random random = new Random(7);
        String letters = "ابپتثجچحخدذرزسشصضطظعغفقکگلمنوهی";
        int compared = 0;
        for (String word : dictionary) {
            if (word.length() < 4) continue;
            StringBuilder typo = new StringBuilder(word);
            int at = random.nextInt(word.length());
            switch (random.nextInt(3)) {
                case 0 -> typo.setCharAt(at, letters.charAt(random.nextInt(letters.length())));
                case 1 -> typo.deleteCharAt(at);
                default -> typo.insert(at, letters.charAt(random.nextInt(letters.length())));
            }
            String t = typo.toString();
            // the whole word only: the suffix fallback is the same in both
            Optional<String> expected = byFullScan(dictionary, t);
            if (expected.isEmpty()) continue;
            assertEquals(expected, corrector.correct(t), t);
            compared++;
        }
        assertEquals(true, compared > 30, "compared " + compared);
    }
}
