package pasokh.questions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
        long fromDay = from.toEpochDay();
        long toDay = to.toEpochDay();
        // first only how often each text was asked: enough to group and rank; the details (days, channels,
        // provinces, wordings) are read next for the groups reported, not kept for every text of the period
        long[] counts = repository.countsByText(fromDay, toDay);
        long total = 0;
        for (long n : counts) total += n;
        Ranked ranked = ranked(counts, maxGroups);
        Details details = details(ranked.groups(), counts.length, fromDay, toDay);
        List<GapGroup> groups = IntStream.range(0, ranked.groups().size()).parallel()
                .mapToObj(g -> group(ranked.groups().get(g), details.sums[g], details, to)).toList();
        List<GapGroup> rising = groups.stream().filter(g -> g.size() >= 5 && g.trend() > 1.0)
                .sorted(Comparator.comparingDouble(GapGroup::trend).reversed()).limit(RISING_SHOWN).toList();
        return new GapReport(clock.instant(), from, to, total, ranked.texts(), groups, rising, ranked.formed());
    }

    /**
     * @param groups the largest groups, largest first, each its text ids most asked first
     * @param texts  texts asked in the period
     * @param formed groups they formed in all
     */
    private record Ranked(List<List<Long>> groups, int texts, int formed) {}

    private Ranked ranked(long[] counts, int maxGroups) {
        Asked asked = new Asked();
        repository.forEachSignature((id, signature, blank) -> {
            if (id < counts.length && counts[(int) id] > 0 && !blank) asked.add(id, signature);
        });
        Integer[] order = asked.mostAskedFirst(counts);
        List<int[]> signatures = new ArrayList<>(order.length);
        for (int i : order) signatures.add(MinHash.fromBytes(asked.signatures.get(i)));
        asked.signatures.clear();
        int[] leader = NearDuplicates.group(signatures);

        Map<Integer, List<Long>> members = new LinkedHashMap<>();
        Map<Integer, Long> sizes = new HashMap<>();
        for (int i = 0; i < order.length; i++) {
            long id = asked.ids[order[i]];
            members.computeIfAbsent(leader[i], k -> new ArrayList<>()).add(id);
            sizes.merge(leader[i], counts[(int) id], Long::sum);
        }
        // of two groups the same size, the one whose leader is asked more (then has the smaller id)
        List<List<Long>> byDemand = members.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<Integer, List<Long>> e) -> -sizes.get(e.getKey()))
                        .thenComparingInt(Map.Entry::getKey))
                .limit(maxGroups).map(Map.Entry::getValue).toList();
        return new Ranked(byDemand, order.length, members.size());
    }

    /** The groups' questions, read in one slice per core and added up. */
    private Details details(List<List<Long>> groups, int ids, long fromDay, long toDay) {
        int[] groupOf = new int[ids];
        Arrays.fill(groupOf, -1);
        for (int g = 0; g < groups.size(); g++) for (long id : groups.get(g)) groupOf[(int) id] = g;
        List<Details> parts = new ArrayList<>();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) parts.add(new Details(groups, groupOf));
        repository.forEachQuestion(fromDay, toDay, id -> id < groupOf.length && groupOf[(int) id] >= 0,
                parts.stream().map(d -> (QuestionRepository.QuestionVisitor) d::add).toList());
        Details all = parts.getFirst();
        for (Details d : parts.subList(1, parts.size())) all.addAll(d);
        return all;
    }

    /** What the groups reported asked for, from one slice of the period's questions. */
    private static final class Details {
        final TextDemand[] sums;
        /** The groups' wordings in the same pass: each member text's newest, as many as a group shows. */
        final Map<Long, NewestWordings> wordings = new HashMap<>();
        private final int[] groupOf;

        Details(List<List<Long>> groups, int[] groupOf) {
            this.groupOf = groupOf;
            sums = new TextDemand[groups.size()];
            for (int g = 0; g < sums.length; g++) sums[g] = new TextDemand(groups.get(g).getFirst());
        }

        /** How often each wording of a group's leader was asked: the most asked one stands for the group. */
        final Map<Long, Map<String, Long>> leaderWordings = new HashMap<>();

        void add(QuestionRepository.QuestionRow row) {
            long id = row.textId();
            TextDemand sum = sums[groupOf[(int) id]];
            String article = row.article();
            sum.add(row.day(), row.channel(), row.province(), article, article.isEmpty() ? null : row.articleVersion(), 1);
            NewestWordings kept = wordings.computeIfAbsent(id, k -> new NewestWordings(QUESTIONS_SHOWN));
            long at = row.at();
            boolean leader = sum.textId == id;
            if (leader || kept.wants(at)) {
                String text = row.text();
                if (text == null) return;
                if (kept.wants(at)) kept.add(text, at);
                if (leader) leaderWordings.computeIfAbsent(id, k -> new HashMap<>()).merge(text, 1L, Long::sum);
            }
        }

        void addAll(Details other) {
            for (int g = 0; g < sums.length; g++) sums[g].addAll(other.sums[g]);
            other.wordings.forEach((id, w) -> wordings.merge(id, w, NewestWordings::addAll));
            other.leaderWordings.forEach((id, counts) -> counts.forEach((w, n) ->
                    leaderWordings.computeIfAbsent(id, k -> new HashMap<>()).merge(w, n, Long::sum)));
        }

        /** The leader's most asked wording (of two as often, the first in sort order); empty once all are deleted. */
        Optional<String> mostAsked(long leader) {
            return leaderWordings.getOrDefault(leader, Map.of()).entrySet().stream()
                    .min(Comparator.comparingLong((Map.Entry<String, Long> e) -> -e.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey);
        }
    }

    /** The texts asked in the period: ids and stored signatures, in the order read. */
    private static final class Asked {
        long[] ids = new long[1024];
        final List<byte[]> signatures = new ArrayList<>();

        void add(long id, byte[] signature) {
            if (signatures.size() == ids.length) ids = Arrays.copyOf(ids, ids.length * 2);
            ids[signatures.size()] = id;
            signatures.add(signature);
        }

        /** Indices by demand, then by id: a group's leader is its most asked text, the same on every run. */
        Integer[] mostAskedFirst(long[] counts) {
            Integer[] order = new Integer[signatures.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, Comparator.comparingLong((Integer i) -> -counts[(int) ids[i]]).thenComparingLong(i -> ids[i]));
            return order;
        }
    }

    /** @param members text ids, most asked first */
    private GapGroup group(List<Long> members, TextDemand sum, Details details, LocalDate to) {
        long topId = members.getFirst();
        Map<Long, NewestWordings> wordings = details.wordings;
        // the way the group's question is most often put, not whichever wording an import met first: it is
        // what the search is asked and what an editor reads
        String representative = details.mostAsked(topId).orElseGet(() -> {
            QuestionRepository.TextRow top = repository.text(topId).orElseThrow();
            return top.sample() != null ? top.sample() : top.normal();
        });
        ArticleMatch match = matcher.match(representative);
        Optional<String> named = sum.articles.entrySet().stream()
                .filter(e -> e.getValue() * 2 >= sum.count)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        Verdict verdict = named.isPresent() && match.best().equals(named) ? Verdict.COVERED : thresholds.verdict(match);
        List<String> questions = new ArrayList<>();
        for (long id : members) {
            if (questions.size() >= QUESTIONS_SHOWN) break;
            NewestWordings kept = wordings.get(id);
            if (kept == null) continue;
            for (String w : kept.newestFirst()) {
                if (questions.size() >= QUESTIONS_SHOWN) break;
                if (!questions.contains(w)) questions.add(w);
            }
        }
        Map<String, Long> weeks = new TreeMap<>();
        Map<String, Long> months = new TreeMap<>();
        sum.days.forEach((day, n) -> {
            weeks.merge(JalaliPeriods.week(day), n, Long::sum);
            months.merge(JalaliPeriods.month(day), n, Long::sum);
        });
        return new GapGroup("g" + topId, representative, sum.count, verdict, match, named,
                sorted(sum.channels), sorted(sum.provinces), LocalDate.ofEpochDay(sum.firstDay),
                LocalDate.ofEpochDay(sum.lastDay), weeks, months, questions, trend(sum, to), articlesNamed(sum));
    }

    /**
     * Every article the group's questions name, most named first: what agents (or a CRM) said answered them,
     * with the versions agents had open. Evidence even when too few name it to decide the verdict.
     */
    private static List<NamedArticle> articlesNamed(TextDemand sum) {
        return sum.articles.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(e -> new NamedArticle(e.getKey(), e.getValue(),
                        List.copyOf(sum.versions.getOrDefault(e.getKey(), Set.of()))))
                .toList();
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
