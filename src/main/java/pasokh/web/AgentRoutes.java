package pasokh.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import pasokh.article.Article;
import pasokh.article.SmsText;
import pasokh.editor.RecentChanges;
import pasokh.knowledge.KnowledgeBase;
import pasokh.knowledge.Snapshot;
import pasokh.questions.Channel;
import pasokh.search.SearchQuery;
import pasokh.search.SearchResult;
import pasokh.search.SearchService;

/**
 * The agents' console under {@code /agent}: one search box, the results, and the answer card beside them. The
 * page works without script (results are links, the card opens on its own address); agent.js swaps in the
 * {@code /agent/results} and {@code /agent/card/{slug}} fragments as the agent types and moves by keyboard.
 * Agents' searches are not the citizens' demand, so they are not recorded as site searches.
 */
final class AgentRoutes {

    private static final int RESULTS = 8;
    private static final int RELATED = 4;
    private static final int MAX_QUERY_CHARS = 200;
    private static final List<Channel> CHANNELS = List.of(Channel.PHONE, Channel.SMS, Channel.PORTAL,
            Channel.IN_PERSON, Channel.VOICEMAIL);

    private final KnowledgeBase knowledge;
    private final SearchService search;
    private final ArticleLinks links;
    private final RecentChanges changes;
    private final StaffAccess access;
    private final Templates templates;

    AgentRoutes(KnowledgeBase knowledge, SearchService search, ArticleLinks links, RecentChanges changes,
                StaffAccess access, Templates templates) {
        this.knowledge = knowledge;
        this.search = search;
        this.links = links;
        this.changes = changes;
        this.access = access;
        this.templates = templates;
    }

    void register(RoutesConfig routes) {
        access.routes(routes)
                .get("/agent", this::console)
                .get("/agent/results", ctx -> templates.render(ctx, "agentResults.jte", results(knowledge.current(),
                        query(ctx))))
                .get("/agent/card/{slug}", ctx -> templates.render(ctx, "agentCard.jte",
                        card(knowledge.current(), published(knowledge.current(), ctx.pathParam("slug")))));
    }

    private void console(Context ctx) {
        Snapshot kb = knowledge.current();
        String q = query(ctx);
        AgentViews.Card card = RequestParams.param(ctx, "open").map(slug -> card(kb, published(kb, slug))).orElse(null);
        List<RecentChanges.Change> recent = changes.lastDays(RecentChanges.DAYS);
        String summary = recent.isEmpty() ? "در " + Fa.num(RecentChanges.DAYS) + " روز گذشته مقاله‌ای تغییر نکرده است."
                : Fa.num(recent.size()) + " مقاله در " + Fa.num(RecentChanges.DAYS) + " روز گذشته منتشر شد یا تغییر کرد.";
        templates.render(ctx, "agent.jte", new AgentViews.ConsolePage(SessionRoutes.header(StaffAccess.current(ctx)),
                results(kb, q), card, recent.stream().map(AgentRoutes::change).toList(), summary,
                CHANNELS.stream().map(c -> new AgentViews.Channel(c.id(), c.label(), c == Channel.PHONE)).toList()));
    }

    private static String query(Context ctx) {
        String q = RequestParams.param(ctx, "q").map(String::strip).orElse("");
        return q.length() > MAX_QUERY_CHARS ? q.substring(0, MAX_QUERY_CHARS) : q;
    }

    private AgentViews.Results results(Snapshot kb, String q) {
        if (q.isEmpty()) return new AgentViews.Results("", List.of(), "");
        SearchResult r = search.search(new SearchQuery(q, Optional.empty(), 1, RESULTS));
        List<AgentViews.Result> rows = r.hits().stream().map(h -> h.article())
                .map(a -> new AgentViews.Result(a.slug(), a.title(), kb.categories().labelOf(a.category()), a.summary(),
                        "/agent?q=" + Urls.encode(q) + "&open=" + a.slug(), numberOf(a)))
                .toList();
        String status = rows.isEmpty() ? "پاسخی پیدا نشد؛ واژهٔ دیگری بنویسید یا پرسش را ثبت کنید."
                : Fa.num(r.total()) + " پاسخ" + (r.total() > rows.size() ? "؛ " + Fa.num(rows.size()) + " پاسخ نخست" : "")
                + r.didYouMean().map(d -> "؛ شاید منظور «" + d + "» بود").orElse("");
        return new AgentViews.Results(q, rows, status);
    }

    private static Article published(Snapshot kb, String slug) {
        return kb.articles().findPublished(slug).orElseThrow(() -> new NotFound("مقاله‌ای با این نشانی منتشر نشده است."));
    }

    private AgentViews.Card card(Snapshot kb, Article a) {
        String publicUrl = kb.site().publicUrl();
        String sms = a.sms().map(s -> SmsText.expand(s, publicUrl, a.slug())).orElse("");
        String fullUrl = publicUrl.replaceFirst("/+$", "") + a.url();
        StringBuilder answer = new StringBuilder(a.summary());
        // the number lets the caller come back to the same answer: «پاسخ شمارهٔ ۲۳۴» on the site or on 1420
        for (String point : a.keyPoints()) answer.append("\n- ").append(point);
        answer.append("\n").append(fullUrl);
        if (a.number().isPresent()) answer.append("\n").append(numberOf(a));
        List<AgentViews.Target> targets = new ArrayList<>();
        targets.add(new AgentViews.Target("article", "کل مقاله"));
        targets.add(new AgentViews.Target("summary", "خلاصه"));
        for (int i = 0; i < a.keyPoints().size(); i++) {
            targets.add(new AgentViews.Target("key_point:" + (i + 1), "نکتهٔ " + Fa.num(i + 1)));
        }
        return new AgentViews.Card(a.slug(), a.title(), numberOf(a), kb.categories().labelOf(a.category()), Fa.date(a.updated()),
                a.summary(), a.keyPoints(), a.legal(), sms, smsCount(sms), a.url(), fullUrl,
                links.related(kb, a, RELATED).stream().map(l -> new AgentViews.Link(l.slug(), l.title(),
                        "/agent?open=" + l.slug())).toList(),
                answer.toString(), targets);
    }

    private static String numberOf(Article a) {
        return a.number().isPresent() ? "پاسخ شمارهٔ " + Fa.num(a.number().getAsInt()) : "";
    }

    /** «۱۲۰ نویسه، ۲ پیامک»: agent.js keeps the same count as the agent edits the text. */
    static String smsCount(String sms) {
        SmsText.Count c = SmsText.count(sms);
        return Fa.num(c.characters()) + " نویسه، " + Fa.num(c.segments()) + " پیامک";
    }

    private static AgentViews.Change change(RecentChanges.Change c) {
        Article a = c.article();
        String parts = c.detailsKnown()
                ? "تغییر در: " + c.parts().stream().map(RecentChanges.Part::label).collect(Collectors.joining("، "))
                : "به‌روز شد؛ جزئیات تغییر پیش از راه‌اندازی سامانهٔ نسخه‌ها ثبت نشده است.";
        return new AgentViews.Change(a.slug(), a.title(), Fa.date(c.on()), parts,
                c.added().isEmpty() ? "" : "عددهای تازه: " + Fa.digits(String.join("، ", c.added())),
                c.removed().isEmpty() ? "" : "عددهای کنار رفته: " + Fa.digits(String.join("، ", c.removed())),
                "/agent?open=" + a.slug());
    }
}
