package pasokh.web;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Supplier;
import pasokh.article.PersianDigits;
import pasokh.knowledge.Snapshot;
import pasokh.search.RankingConfig;
import pasokh.search.QueryText;
import pasokh.search.SearchQuery;

/**
 * Reads and checks search parameters. Every way a parameter can be wrong gets its own Persian message;
 * nothing a client sends reaches a service unchecked.
 */
final class RequestParams {

    private final Supplier<Snapshot> knowledge;

    /** Limits and categories come from the snapshot being served: an editor may change them while it runs. */
    RequestParams(Supplier<Snapshot> knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * Refuses a query string with broken percent-encoding ({@code %E0%A4%A}, {@code %zz}) or bytes that are
     * not UTF-8, encoded ({@code %FF%FE}) or raw, instead of guessing what was meant: a clear 400 beats a
     * search for mojibake. Jetty reads a raw request line as UTF-8 and puts U+FFFD where a byte was not;
     * browsers percent-encode, so a raw U+FFFD in the query string can only be such a byte.
     */
    static void requireDecodableQueryString(Context ctx) {
        String raw = ctx.queryString();
        if (raw == null) return;
        if (raw.indexOf('\uFFFD') >= 0 || !Utf8Text.percentDecodesAsUtf8(raw)) {
            throw new BadRequest("نشانی درخواست درست کدگذاری نشده است (percent-encoding نامعتبر).");
        }
    }

    /** The raw value, or empty; a query string the server cannot decode is a 400, not a 500. */
    static Optional<String> param(Context ctx, String name) {
        try {
            return Optional.ofNullable(ctx.queryParam(name));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("نشانی درخواست درست کدگذاری نشده است (percent-encoding نامعتبر).");
        }
    }

    String queryText(Context ctx) {
        return QueryText.clean(typedText(ctx));
    }

    /**
     * The {@code q} parameter as typed, length-checked but not cleaned: for suggestions, a trailing space says the
     * last word is finished.
     */
    String typedText(Context ctx) {
        String q = param(ctx, "q").orElse("");
        RankingConfig ranking = knowledge.get().ranking();
        if (q.length() > ranking.maxQueryLength()) {
            throw new BadRequest("متن جستجو بیش از " + Fa.num(ranking.maxQueryLength())
                    + " نویسه است؛ لطفاً پرسش را کوتاه‌تر بنویسید.");
        }
        return q;
    }

    Optional<String> category(Context ctx) {
        Optional<String> category = param(ctx, "category").map(String::strip).filter(s -> !s.isEmpty());
        category.ifPresent(c -> {
            if (!knowledge.get().categories().contains(c)) throw new BadRequest("دسته‌ای با شناسه «" + shorten(c)
                    + "» وجود ندارد.");
        });
        return category;
    }

    int page(Context ctx) {
        return wholeNumber(ctx, "page", 1, 1, 1000);
    }

    int size(Context ctx) {
        RankingConfig ranking = knowledge.get().ranking();
        return wholeNumber(ctx, "size", ranking.defaultPageSize(), 1, ranking.maxPageSize());
    }

    SearchQuery searchQuery(Context ctx) {
        return new SearchQuery(queryText(ctx), category(ctx), page(ctx), size(ctx), asTyped(ctx));
    }

    /** {@code astyped=1}: search exactly what was typed, as the «search for … instead» link asks. */
    static boolean asTyped(Context ctx) {
        String v = param(ctx, "astyped").orElse("");
        return v.equals("1") || v.equalsIgnoreCase("true");
    }

    private static int wholeNumber(Context ctx, String name, int fallback, int min, int max) {
        Optional<String> raw = param(ctx, name).map(String::strip).filter(s -> !s.isEmpty());
        if (raw.isEmpty()) return fallback;
        int value;
        try {
            value = Integer.parseInt(PersianDigits.toLatin(raw.get()));
        } catch (NumberFormatException e) {
            throw new BadRequest("پارامتر " + name + " باید عدد صحیح باشد.");
        }
        if (value < min || value > max) {
            throw new BadRequest("پارامتر " + name + " باید بین " + Fa.num(min) + " و " + Fa.num(max) + " باشد.");
        }
        return value;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
