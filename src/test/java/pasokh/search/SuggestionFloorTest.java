package pasokh.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.article.Article;
import pasokh.testing.ShippedPortal;

/**
 * Keeps the search box's suggestions from sliding back: every judged query of eval/, cut after 30%, 50% and 70% of
 * its letters (mid-word as often as not) and typed in all the ways the sets hold, must bring up its article among
 * the eight suggestions. Floors set from a run over the shipped articles (@8 was 0.94-0.97 per set, @1 0.77-0.79);
 * lower one only with a reason in the commit.
 */
class SuggestionFloorTest {

    static final double AMONG_EIGHT = 0.92;
    static final double FIRST = 0.74;
    static final double[] TYPED_SHARES = {0.3, 0.5, 0.7};

    @TempDir
    static Path data;

    static Portal portal;

    @BeforeAll
    static void start() throws IOException {
        portal = ShippedPortal.start(data);
    }

    @AfterAll
    static void stop() throws Exception {
        portal.close();
    }

    @Test
    void typedPrefixesOfEveryJudgedSetFindTheirArticle() throws IOException {
        List<String> below = new ArrayList<>();
        for (String set : RelevanceFloorTest.SETS) {
            int asked = 0;
            int first = 0;
            int amongEight = 0;
            Set<String> slugs = portal.knowledge().current().articles().published().stream()
                    .map(Article::slug).collect(Collectors.toSet());
            for (Judgments.Judgment j : Judgments.read(Path.of("eval", set + ".tsv"), slugs)) {
                for (double share : TYPED_SHARES) {
                    int length = Math.max(2, (int) Math.round(j.query().length() * share));
                    String typed = j.query().substring(0, Math.min(length, j.query().length()));
                    List<Suggestion> offered = portal.suggest().suggest(typed);
                    asked++;
                    for (int i = 0; i < offered.size(); i++) {
                        if (j.relevant().contains(offered.get(i).slug())) {
                            amongEight++;
                            if (i == 0) first++;
                            break;
                        }
                    }
                }
            }
            double eight = amongEight / (double) asked;
            double one = first / (double) asked;
            if (eight < AMONG_EIGHT || one < FIRST) below.add(String.format("%s: @8 %.3f, @1 %.3f", set, eight, one));
            assertTrue(asked > 100, set + " has judged queries");
        }
        assertTrue(below.isEmpty(), "below the floor: " + below);
    }
}
