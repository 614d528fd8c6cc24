package pasokh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import pasokh.article.Article;

/**
 * The questions a synthetic log is made of: every published article's own {@code questions:} (what the
 * knowledge base answers) and the labelled questions of the gap calibration, answered and not (other
 * organisations' matters, greetings, rare cases). The log rewords them; it invents no topic of its own.
 */
final class QuestionSeeds {

    /** @param article the slug that answers it, or empty for a question no article answers */
    record Seed(String text, String article) {
        boolean covered() {
            return !article.isEmpty();
        }
    }

    private QuestionSeeds() {}

    /**
     * @param labelled the calibration file ({@code question<TAB>label<TAB>note}), or null for none
     * @throws IOException when neither gives a single question
     */
    static List<Seed> load(Path articles, Path labelled) throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        List<Seed> seeds = new ArrayList<>();
        for (Article a : SyntheticKnowledgeBase.parse(articles, SyntheticKnowledgeBase.articleFiles(articles))
                .published()) {
            for (String q : a.questions()) {
                if (seen.add(q)) seeds.add(new Seed(q, a.slug()));
            }
        }
        if (labelled != null) {
            for (String line : Files.readAllLines(labelled, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length < 3 || f[0].equals("question") || f[0].isBlank()) continue;
                if (seen.add(f[0])) seeds.add(new Seed(f[0], f[1].equals("covered") ? f[2] : ""));
            }
        }
        if (seeds.isEmpty()) throw new IOException(articles + ": no published article with questions to make a log of");
        return seeds;
    }
}
