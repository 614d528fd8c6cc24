package pasokh.questions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import pasokh.store.QuestionRepository;

/**
 * Builds the gap report: the period's demand per distinct text, texts grouped with their near-duplicates,
 * each group matched against the knowledge base with the site's own search, and a verdict from the
 * calibrated thresholds. Works from what the imports stored (analysed texts and their signatures), so a new
 * day's import adds its texts and nothing earlier is analysed again.
 */
public final class GapAnalysis {

    /** Groups matched and reported; below them demand is a long tail of one-off questions. */
    public static final int DEFAULT_MAX_GROUPS = 500;
    private static final int QUESTIONS_SHOWN = 20;
    private static final int RISING_SHOWN = 10;

    private final QuestionRepository repository;
    private final ArticleMatcher matcher;
    private final GapThresholds thresholds;
    private final Clock clock;

    public GapAnalysis(QuestionRepository repository, ArticleMatcher matcher, GapThresholds thresholds, Clock clock) {
        this.repository = repository;
        this.matcher = matcher;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    public GapReport report(LocalDate from, LocalDate to, int maxGroups) {
        Map<Long, TextDemand> demand = new HashMap<>();
        long[] total = new long[1];
        repository.forEachDemand(from.toEpochDay(), to.toEpochDay(), row -> {
            demand.computeIfAbsent(row.textId(), TextDemand::new)
                    .add(row.day(), row.channel(), row.province(), row.article(), row.count());
            total[0] += row.count();
        });
        List<QuestionRepository.TextRow> texts = new ArrayList<>();
        repository.forEachText(t -> {
            if (demand.containsKey(t.id()) && !t.normal().isEmpty()) texts.add(t);
        });
        int[] root = NearDuplicates.group(texts.stream().map(t -> MinHash.fromBytes(t.signature())).toList());

        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) members.computeIfAbsent(root[i], k -> new ArrayList<>()).add(i);
        List<List<Integer>> byDemand = members.values().stream()
                .sorted(Comparator.comparingLong((List<Integer> m) -> -size(m, texts, demand))
                        .thenComparingLong(m -> texts.get(m.getFirst()).id()))
                .limit(maxGroups).toList();

        List<GapGroup> groups = byDemand.parallelStream().map(m -> group(m, texts, demand, to)).toList();
        List<GapGroup> rising = groups.stream().filter(g -> g.size() >= 5 && g.trend() > 1.0)
                .sorted(Comparator.comparingDouble(GapGroup::trend).reversed()).limit(RISING_SHOWN).toList();
        return new GapReport(clock.instant(), from, to, total[0], texts.size(), groups, rising);
    }

    private static long size(List<Integer> m, List<QuestionRepository.TextRow> texts, Map<Long, TextDemand> demand) {
        long n = 0;
        for (int i : m) n += demand.get(texts.get(i).id()).count;
        return n;
    }

    private GapGroup group(List<Integer> m, List<QuestionRepository.TextRow> texts, Map<Long, TextDemand> demand,
                           LocalDate to) {
        List<QuestionRepository.TextRow> rows = m.stream().map(texts::get)
                .sorted(Comparator.comparingLong((QuestionRepository.TextRow t) -> -demand.get(t.id()).count)
                        .thenComparingLong(QuestionRepository.TextRow::id))
                .toList();
        TextDemand sum = new TextDemand(rows.getFirst().id());
        rows.forEach(t -> sum.addAll(demand.get(t.id())));
        QuestionRepository.TextRow top = rows.getFirst();
        String representative = top.sample() != null ? top.sample() : top.normal();
        ArticleMatch match = matcher.match(representative);
        Optional<String> named = sum.articles.entrySet().stream()
                .filter(e -> e.getValue() * 2 >= sum.count)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        Verdict verdict = named.isPresent() && match.best().equals(named) ? Verdict.COVERED : thresholds.verdict(match);
        List<String> questions = new ArrayList<>();
        for (QuestionRepository.TextRow t : rows) {
            if (questions.size() >= QUESTIONS_SHOWN) break;
            for (String w : repository.wordings(t.id(), QUESTIONS_SHOWN - questions.size())) {
                if (!questions.contains(w)) questions.add(w);
            }
        }
        Map<String, Long> weeks = new TreeMap<>();
        Map<String, Long> months = new TreeMap<>();
        sum.days.forEach((day, n) -> {
            weeks.merge(JalaliPeriods.week(day), n, Long::sum);
            months.merge(JalaliPeriods.month(day), n, Long::sum);
        });
        return new GapGroup("g" + top.id(), representative, sum.count, verdict, match, named,
                sorted(sum.channels), sorted(sum.provinces), LocalDate.ofEpochDay(sum.firstDay),
                LocalDate.ofEpochDay(sum.lastDay), weeks, months, questions, trend(sum, to));
    }

    /** The last seven days of the period against the average of the four weeks before them. */
    private static double trend(TextDemand d, LocalDate to) {
        long end = to.toEpochDay();
        long last = 0, before = 0;
        for (var e : d.days.entrySet()) {
            long age = end - e.getKey();
            if (age < 7) last += e.getValue();
            else if (age < 35) before += e.getValue();
        }
        double average = before / 4.0;
        return (last + 1) / (average + 1);
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
