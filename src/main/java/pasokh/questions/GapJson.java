package pasokh.questions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The report as `gaps --json` and {@code GET /api/gaps} write it. The field names are a contract other tools
 * read: add fields, never rename them.
 */
public record GapJson(String generatedAt, String from, String to, long questions, List<Group> groups,
                      List<String> rising) {

    public record BestArticle(String slug, double score) {}

    /** @param articlesNamed every article the group's questions name; {@code namedArticle} when one has half */
    public record Evidence(double coverage, List<String> matchedTerms, List<String> missingTerms,
                           String namedArticle, List<Named> articlesNamed) {}

    public record Named(String slug, long questions, List<Long> versions) {}

    public record Group(String id, String representative, long size, String verdict, BestArticle bestArticle,
                        Map<String, Long> channels, Map<String, Long> provinces, String firstSeen, String lastSeen,
                        Map<String, Long> weeks, Map<String, Long> months, double trend, Evidence evidence,
                        List<String> questions) {}

    public static GapJson of(GapReport r) {
        return new GapJson(r.generatedAt().toString(), r.from().toString(), r.to().toString(), r.questions(),
                r.groups().stream().map(GapJson::group).toList(), r.rising().stream().map(GapGroup::id).toList());
    }

    private static Group group(GapGroup g) {
        ArticleMatch m = g.match();
        return new Group(g.id(), g.representative(), g.size(), g.verdict().id(),
                m.best().map(slug -> new BestArticle(slug, Math.round(m.score() * 100) / 100.0)).orElse(null),
                g.channels(), g.provinces(), day(g.firstSeen()), day(g.lastSeen()), g.weeks(), g.months(),
                Math.round(g.trend() * 100) / 100.0,
                new Evidence(Math.round(m.coverage() * 100) / 100.0, m.matchedTerms(), m.missingTerms(),
                        g.namedArticle().orElse(null), g.articlesNamed().stream()
                        .map(n -> new Named(n.slug(), n.questions(), n.versions())).toList()),
                g.questions());
    }

    private static String day(LocalDate d) {
        return d.toString();
    }
}
