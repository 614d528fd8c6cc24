package pasokh.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import pasokh.article.Article;
import pasokh.questions.SiteDemand;
import pasokh.search.SearchQuery;
import pasokh.search.SearchResult;

/** Tells {@link SiteDemand} what readers searched for and opened; the server's own warm-up is not a reader. */
final class DemandEvents {

    /** Sent by {@link SearchWarmup}; honoured only over loopback, so nobody else can hide a search. */
    static final String WARMUP_HEADER = "X-Pasokh-Warmup";

    private final SiteDemand demand;

    DemandEvents(SiteDemand demand) {
        this.demand = demand;
    }

    /** The first page of a search only: paging through results is the same question. */
    void searched(Context ctx, SearchQuery query, SearchResult result) {
        if (query.page() != 1 || isWarmup(ctx)) return;
        demand.searched(ctx.ip(), query.text(), (int) Math.min(Integer.MAX_VALUE, result.total()),
                result.hits().stream().findFirst().map(h -> h.article().slug()));
    }

    void opened(Context ctx, Article article) {
        if (!isWarmup(ctx)) demand.opened(ctx.ip(), article.slug());
    }

    void notHelpful(Article article, String comment) {
        demand.notHelpful(article.slug(), article.title(), comment);
    }

    private static boolean isWarmup(Context ctx) {
        if (ctx.header(WARMUP_HEADER) == null) return false;
        try {
            return InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
