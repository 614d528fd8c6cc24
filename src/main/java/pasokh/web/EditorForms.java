package pasokh.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pasokh.article.Article;
import pasokh.article.Audience;
import pasokh.article.Categories;
import pasokh.article.FrontMatterWriter;
import pasokh.editor.Preview;

/** The editor's form and the article's Markdown, each made from the other. */
final class EditorForms {

    private static final List<String> LIST_FIELDS = List.of("questions", "legal", "sources", "key_points", "tags");
    private static final List<String> VALUE_FIELDS = List.of("title", "category", "number", "summary", "sms",
            "updated", "review_by", "owner", "status", "order", "historical");

    /** The id of each field's input in the form, so a problem can point at (and describe) it. */
    static final Map<String, String> INPUT_IDS = Map.ofEntries(Map.entry("title", "f-title"),
            Map.entry("category", "f-category"), Map.entry("number", "f-number"), Map.entry("audience", "f-audience"),
            Map.entry("summary", "f-summary"),
            Map.entry("sms", "f-sms"), Map.entry("questions", "f-questions"), Map.entry("legal", "f-legal"),
            Map.entry("sources", "f-sources"), Map.entry("updated", "f-updated"), Map.entry("review_by", "f-review"),
            Map.entry("owner", "f-owner"), Map.entry("status", "f-status"), Map.entry("key_points", "f-key"),
            Map.entry("tags", "f-tags"), Map.entry("order", "f-order"), Map.entry("historical", "f-historical"),
            Map.entry("body", "f-body"));

    private EditorForms() {}

    /**
     * The form for a text that reads as an article; for a new one that does not yet, empty inputs but for the
     * defaults (audience, status, {@code updated}, today, and {@code number}, the next free one).
     */
    static EditorViews.Form form(Preview preview, Categories categories, String newUpdated, String newNumber) {
        Optional<Article> a = preview.article();
        List<String> audience = a.map(x -> x.audience().stream().map(Audience::id).toList())
                .orElse(List.of("citizen", "agent"));
        String category = a.map(Article::category).orElse("");
        return new EditorViews.Form(a.map(Article::title).orElse(""),
                categories.all().stream().map(c -> new EditorViews.Option(c.id(), c.label(), c.id().equals(category)))
                        .toList(),
                a.isPresent() ? a.get().number().stream().mapToObj(String::valueOf).findFirst().orElse("")
                        : newNumber,
                Arrays.stream(Audience.values()).map(x -> new EditorViews.Option(x.id(), x.label(),
                        audience.contains(x.id()))).toList(),
                a.map(Article::summary).orElse(""), a.flatMap(Article::sms).orElse(""),
                lines(a.map(Article::questions)), lines(a.map(Article::legal)), lines(a.map(Article::sources)),
                a.map(x -> pasokh.article.JalaliDate.of(x.updated()).toString()).orElse(newUpdated),
                a.flatMap(Article::reviewBy).map(d -> pasokh.article.JalaliDate.of(d).toString()).orElse(""),
                a.flatMap(Article::owner).orElse(""), a.map(Article::isPublished).orElse(true),
                lines(a.map(Article::keyPoints)), lines(a.map(Article::tags)),
                a.flatMap(x -> x.order().isPresent() ? Optional.of(String.valueOf(x.order().getAsInt())) : Optional.empty())
                        .orElse(""),
                a.map(Article::historical).orElse(false), a.map(Article::body).orElse(""));
    }

    /**
     * The form as it was posted: after a refused save or a preview the inputs hold what the editor typed, even
     * when it does not read as an article (an emptied title), rather than turning into the raw Markdown.
     */
    static EditorViews.Form posted(Context ctx, Categories categories) {
        String category = param(ctx, "category");
        List<String> audience = ctx.formParams("audience");
        return new EditorViews.Form(param(ctx, "title"),
                categories.all().stream().map(c -> new EditorViews.Option(c.id(), c.label(), c.id().equals(category)))
                        .toList(),
                param(ctx, "number"),
                Arrays.stream(Audience.values()).map(x -> new EditorViews.Option(x.id(), x.label(),
                        audience.contains(x.id()))).toList(),
                param(ctx, "summary"), param(ctx, "sms"), param(ctx, "questions"), param(ctx, "legal"),
                param(ctx, "sources"), param(ctx, "updated"), param(ctx, "review_by"), param(ctx, "owner"),
                !"draft".equals(ctx.formParam("status")), param(ctx, "key_points"), param(ctx, "tags"),
                param(ctx, "order"), ctx.formParam("historical") != null, param(ctx, "body"));
    }

    private static String param(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").replace("\r\n", "\n");
    }

    /** The Markdown the form's fields make, in the README's field order. */
    static String source(Context ctx) {
        Map<String, String> values = new HashMap<>();
        for (String f : VALUE_FIELDS) values.put(f, Optional.ofNullable(ctx.formParam(f)).orElse(""));
        values.put("status", "draft".equals(ctx.formParam("status")) ? "draft" : "published");
        values.put("historical", ctx.formParam("historical") != null ? "true" : "");
        Map<String, List<String>> lists = new HashMap<>();
        for (String f : LIST_FIELDS) {
            lists.put(f, Optional.ofNullable(ctx.formParam(f)).orElse("").replace("\r\n", "\n").lines().toList());
        }
        lists.put("audience", ctx.formParams("audience"));
        return FrontMatterWriter.write(new FrontMatterWriter.Fields(values, lists,
                Optional.ofNullable(ctx.formParam("body")).orElse("")));
    }

    private static String lines(Optional<List<String>> items) {
        return String.join("\n", items.orElse(List.of()));
    }
}
