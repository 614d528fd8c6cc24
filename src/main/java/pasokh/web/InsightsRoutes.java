package pasokh.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import pasokh.article.Article;
import pasokh.article.JalaliDate;
import pasokh.flags.ArticleFlags;
import pasokh.knowledge.KnowledgeBase;
import pasokh.knowledge.Snapshot;
import pasokh.questions.Channel;
import pasokh.questions.GapCsv;
import pasokh.questions.GapGroup;
import pasokh.questions.GapJson;
import pasokh.questions.GapReport;
import pasokh.questions.GapReports;
import pasokh.questions.RecordedQuestions;
import pasokh.questions.Verdict;

/** The managers' and editors' view of demand: {@code /insights}, its CSV, drafts from a group, {@code /api/gaps}. */
final class InsightsRoutes {

    private static final int DEFAULT_DAYS = 91;
    private static final int SHOWN = 25;
    /** Groups in the page's report; a draft's link looks its group up in the same report. */
    private static final int PAGE_GROUPS = 500;

    private final GapReports gaps;
    private final RecordedQuestions recorded;
    private final ArticleFlags flags;
    private final KnowledgeBase knowledge;
    private final StaffAccess access;
    private final Templates templates;
    private final Clock clock;

    InsightsRoutes(GapReports gaps, RecordedQuestions recorded, ArticleFlags flags, KnowledgeBase knowledge,
                   StaffAccess access, Templates templates, Clock clock) {
        this.gaps = gaps;
        this.recorded = recorded;
        this.flags = flags;
        this.knowledge = knowledge;
        this.access = access;
        this.templates = templates;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        access.routes(routes)
                .get("/insights", this::page)
                .get("/insights/gaps.csv", this::csv)
                .get("/insights/groups/{id}/draft", this::draft)
                .get("/api/gaps", ctx -> ApiRoutes.json(ctx, GapJson.of(report(ctx))));
    }

    private record Period(LocalDate from, LocalDate to, String sinceText, String untilText) {}

    private Period period(Context ctx) {
        LocalDate today = LocalDate.now(clock);
        String since = ctx.queryParam("since") == null ? "" : ctx.queryParam("since").strip();
        String until = ctx.queryParam("until") == null ? "" : ctx.queryParam("until").strip();
        LocalDate to = until.isEmpty() ? today : day(until, "until");
        LocalDate from = since.isEmpty() ? to.minusDays(DEFAULT_DAYS - 1) : day(since, "since");
        if (to.isBefore(from)) throw new BadRequest("تاریخ پایان پیش از تاریخ آغاز است.");
        return new Period(from, to, since.isEmpty() ? shown(from) : since, until.isEmpty() ? shown(to) : until);
    }

    /** A day as the period form shows it when nothing was typed: Jalali, as people write it, ۱۴۰۵/۰۹/۱۴. */
    private static String shown(LocalDate day) {
        return Fa.digits(JalaliDate.of(day).toString().replace('-', '/'));
    }

    private static LocalDate day(String text, String field) {
        return JalaliDate.parseTyped(text).orElseThrow(() -> new BadRequest(
                "تاریخ «" + text + "» (" + field + ") خوانده نشد؛ مثلاً ۱۴۰۵/۰۹/۰۱ یا 2026-11-22 بنویسید."));
    }

    private GapReport report(Context ctx) {
        Period p = period(ctx);
        int groups = 500;
        String n = ctx.queryParam("groups");
        if (n != null) {
            try {
                groups = Integer.parseInt(n.strip());
            } catch (NumberFormatException e) {
                groups = -1;
            }
            if (groups < 1 || groups > 5000) throw new BadRequest("پارامتر groups باید عددی از ۱ تا ۵٬۰۰۰ باشد.");
        }
        return gaps.report(p.from(), p.to(), groups);
    }

    private void page(Context ctx) {
        Period p = period(ctx);
        GapReport r = gaps.report(p.from(), p.to(), PAGE_GROUPS);
        Map<String, Long> weeks = new java.util.TreeMap<>();
        Map<String, Long> months = new java.util.TreeMap<>();
        Map<String, Long> channels = new LinkedHashMap<>();
        Map<String, Long> provinces = new LinkedHashMap<>();
        long[] byVerdict = new long[Verdict.values().length];
        for (GapGroup g : r.groups()) {
            g.weeks().forEach((k, v) -> weeks.merge(k, v, Long::sum));
            g.months().forEach((k, v) -> months.merge(k, v, Long::sum));
            g.channels().forEach((k, v) -> channels.merge(label(k), v, Long::sum));
            g.provinces().forEach((k, v) -> provinces.merge(k, v, Long::sum));
            byVerdict[g.verdict().ordinal()] += g.size();
        }
        long reported = r.groups().stream().mapToLong(GapGroup::size).sum();
        List<InsightsViews.Figure> figures = List.of(
                new InsightsViews.Figure("پرسش در این دوره", Fa.num(r.questions())),
                new InsightsViews.Figure("گروه پرسش", Fa.num(r.groups().size())),
                new InsightsViews.Figure("بی‌پاسخ", share(byVerdict[Verdict.MISSING.ordinal()], reported)),
                new InsightsViews.Figure("پوشش ضعیف", share(byVerdict[Verdict.WEAK.ordinal()], reported)),
                new InsightsViews.Figure("پوشش داده شده", share(byVerdict[Verdict.COVERED.ordinal()], reported)),
                new InsightsViews.Figure("ثبت‌شده به دست کارشناسان", Fa.num(recorded.count(p.from(), p.to()))));
        String query = query(p);
        templates.render(ctx, "insights.jte", new InsightsViews.Page(SessionRoutes.header(StaffAccess.current(ctx)),
                p.sinceText(), p.untilText(), figures,
                SvgCharts.columns("پرسش‌ها در هر هفته", bars(withEmptyWeeks(weeks), true)),
                SvgCharts.columns("پرسش‌ها در هر ماه", bars(months, false)),
                SvgCharts.rows("پرسش‌ها به تفکیک مجرا", top(channels, 10)),
                SvgCharts.rows("پرسش‌ها به تفکیک استان", top(provinces, 12)),
                rows(r, Verdict.MISSING, query), rows(r, Verdict.WEAK, query), rowsOf(r.rising(), r, query),
                rowsOf(r.groups().stream().filter(g -> g.channels().containsKey(Channel.SITE_SEARCH.id())
                        && g.match().best().isEmpty()).limit(SHOWN).toList(), r, query),
                "/insights/gaps.csv?" + query, "/api/gaps?" + query, r.groups().isEmpty(), flagged()));
    }

    /** Articles with open flags, the most reported first; open flags are shown whatever the period. */
    private List<InsightsViews.FlagCount> flagged() {
        var kb = knowledge.current();
        return flags.openCounts().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(e -> new InsightsViews.FlagCount(kb.articles().find(e.getKey()).map(Article::title)
                        .orElse(e.getKey()), "/editor/articles/" + e.getKey() + "#flags", Fa.num(e.getValue())))
                .toList();
    }

    private void csv(Context ctx) {
        GapReport r = report(ctx);
        StringWriter out = new StringWriter();
        try {
            GapCsv.write(r, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"pasokh-gaps-" + r.from() + "-" + r.to() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(out.toString());
    }

    /**
     * A Markdown skeleton from a group's questions, for an editor to copy into a new article. The group is looked
     * up in the period of the page its link is on ({@code since}, {@code until}): a group is named by its most
     * asked wording, and over another period another wording may lead it. A link without a period (or from a
     * page of another day) is looked up over the last two years.
     */
    private void draft(Context ctx) {
        String id = ctx.pathParam("id");
        Period p = period(ctx);
        GapGroup g = find(gaps.report(p.from(), p.to(), PAGE_GROUPS), id)
                .or(() -> find(gaps.report(LocalDate.now(clock).minusYears(2), LocalDate.now(clock), 5000), id))
                .orElseThrow(() -> new NotFound("گروهی با این شناسه در گزارش دو سال اخیر نیست."));
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: ").append(yaml(g.representative())).append("\n");
        md.append("category: \n");
        md.append("audience: [citizen, agent]\n");
        md.append("summary: \n");
        md.append("questions:\n");
        for (String q : g.questions().stream().limit(10).toList()) md.append("  - ").append(yaml(q)).append("\n");
        md.append("legal: []\nsources: []\n");
        md.append("updated: ").append(JalaliDate.of(LocalDate.now(clock))).append("\n");
        md.append("status: draft\n---\n\n## پاسخ کوتاه\n\n\n## شرایط\n\n\n## مدارک و مراحل\n\n");
        templates.render(ctx, "insightsDraft.jte", new InsightsViews.Draft(
                SessionRoutes.header(StaffAccess.current(ctx)), g.representative(), md.toString(),
                "/insights?" + query(p)));
    }

    private static String query(Period p) {
        return "since=" + enc(p.sinceText()) + "&until=" + enc(p.untilText());
    }

    private static Optional<GapGroup> find(GapReport r, String id) {
        return r.groups().stream().filter(x -> x.id().equals(id)).findFirst();
    }

    private List<InsightsViews.GroupRow> rows(GapReport r, Verdict verdict, String query) {
        return rowsOf(r.groups().stream().filter(g -> g.verdict() == verdict).limit(SHOWN).toList(), r, query);
    }

    private List<InsightsViews.GroupRow> rowsOf(List<GapGroup> groups, GapReport r, String query) {
        List<InsightsViews.GroupRow> out = new ArrayList<>();
        var kb = knowledge.current();
        for (GapGroup g : groups) {
            Optional<String> title = g.match().best().flatMap(s -> kb.articles().findPublished(s)).map(Article::title);
            String evidence = g.match().best().isEmpty() ? "هیچ مقاله‌ای پیدا نشد"
                    : "پوشش " + Fa.num(Math.round(g.match().coverage() * 100)) + "٪ واژه‌ها؛ امتیاز "
                    + Fa.num(Math.round(g.match().score()))
                    + (g.match().missingTerms().isEmpty() ? "" : "؛ نیامده: " + String.join("، ",
                    g.match().missingTerms().stream().limit(4).toList()))
                    + named(g, kb);
            out.add(new InsightsViews.GroupRow(r.groups().indexOf(g) + 1, g.id(), g.representative(), Fa.num(g.size()),
                    g.verdict().label(), g.verdict().id(),
                    g.channels().entrySet().stream().map(e -> label(e.getKey()) + " " + Fa.num(e.getValue()))
                            .collect(Collectors.joining("، ")),
                    title.orElse(""), g.match().best().map(Article::urlOf).orElse(""), evidence,
                    trend(g.trend()), Fa.date(g.lastSeen()), "/insights/groups/" + g.id() + "/draft?" + query));
        }
        return out;
    }

    /**
     * The articles the group's questions name (an agent's record says which article answered the caller), with
     * the versions agents had open.
     */
    private static String named(GapGroup g, Snapshot kb) {
        if (g.articlesNamed().isEmpty()) return "";
        return "؛ پاسخ ثبت‌شده: " + g.articlesNamed().stream().limit(3).map(n -> "«"
                + kb.articles().find(n.slug()).map(Article::title).orElse(n.slug()) + "» (" + Fa.num(n.questions())
                + " پرسش" + (n.versions().isEmpty() ? "" : "، نسخهٔ " + n.versions().stream()
                .map(v -> v == 0 ? "اولیه" : Fa.num(v)).collect(Collectors.joining(" و "))) + ")")
                .collect(Collectors.joining("، "));
    }

    private static String trend(double t) {
        if (t >= 1.5) return "↑ " + Fa.digits(String.format(java.util.Locale.ROOT, "%.1f", t)).replace('.', '٫') + " برابر";
        if (t <= 0.67) return "↓ کاهش";
        return "ثابت";
    }

    /**
     * A week without questions is a bar of nought, not a gap: otherwise the time axis would close up and a quiet
     * fortnight would look like a steady line.
     */
    private static Map<String, Long> withEmptyWeeks(Map<String, Long> weeks) {
        if (weeks.isEmpty()) return weeks;
        Map<String, Long> all = new java.util.TreeMap<>(weeks);
        long first = JalaliDate.parseFlexible(((java.util.TreeMap<String, Long>) all).firstKey()).orElseThrow().toEpochDay();
        long last = JalaliDate.parseFlexible(((java.util.TreeMap<String, Long>) all).lastKey()).orElseThrow().toEpochDay();
        for (long d = first; d <= last; d += 7) all.putIfAbsent(pasokh.questions.JalaliPeriods.week(d), 0L);
        return all;
    }

    private static List<SvgCharts.Bar> bars(Map<String, Long> periods, boolean weeks) {
        List<SvgCharts.Bar> bars = new ArrayList<>();
        periods.forEach((k, v) -> bars.add(new SvgCharts.Bar(Fa.digits(weeks ? k.substring(5).replace('-', '/')
                : k.replace('-', '/')), v)));
        return bars;
    }

    private static Map<String, Long> top(Map<String, Long> counts, int n) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static String label(String channelId) {
        return Channel.byId(channelId).map(Channel::label).orElse(channelId);
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "—" : Fa.num(Math.round(100.0 * part / whole)) + "٪ (" + Fa.num(part) + ")";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A YAML scalar in double quotes, so a colon or a leading dash in a question cannot change the structure. */
    private static String yaml(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
