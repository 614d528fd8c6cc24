package pasokh.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pasokh.testing.ArticleText;

/**
 * The articles {@link PublishingChild} writes and {@link KillDuringPublishTest} checks: each one's complete
 * texts, large (hundreds of KB, under the 1 MB an article file may have) so a kill often lands mid-write,
 * and different all the way through so a file made of two of them, or cut short, is told apart.
 */
final class KillTexts {

    record Target(String category, String slug, List<String> variants) {
        Path file(Path articles) {
            return articles.resolve(category).resolve(slug + ".md");
        }
    }

    private KillTexts() {}

    static List<Target> targets() {
        return List.of(
                target("retirement", "pension-calculation", "محاسبه مستمری", 300_000),
                target("unemployment", "unemployment-eligibility", "بیمه بیکاری", 200_000),
                target("allowances", "marriage-allowance", "کمک هزینه ازدواج", 380_000));
    }

    private static Target target(String category, String slug, String stem, int chars) {
        List<String> variants = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
            StringBuilder body = new StringBuilder("## نسخهٔ ").append(v).append("\n\n");
            int line = 0;
            // every line names its variant: a mix of two versions cannot equal either
            while (body.length() < chars + v * 17_000) {
                body.append("بند ").append(line++).append(" از نسخهٔ ").append(v).append(" دربارهٔ ").append(stem)
                        .append(".\n");
            }
            body.append("پایان نسخهٔ ").append(v);
            variants.add(ArticleText.valid(category, stem + " (نسخهٔ " + v + ")", "خلاصهٔ " + stem + ".",
                    ArticleText.questions(stem), body.toString()));
        }
        return new Target(category, slug, List.copyOf(variants));
    }
}
