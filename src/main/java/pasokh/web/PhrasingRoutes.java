package pasokh.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.regex.Pattern;
import pasokh.account.Actor;
import pasokh.editor.EditorException;
import pasokh.editor.ProposedPhrasings;

/**
 * «پرسش‌های پیشنهادی»: accepting a proposed phrasing (it becomes one more of the article's questions, in a new
 * draft) or dismissing it, from the editors' list and through {@code /api/editor/phrasings}. The list itself is
 * shown by {@link EditorPageRoutes}.
 */
final class PhrasingRoutes {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** Far longer than any stored question (RowChecker keeps 1,000 characters): a wording, not an essay. */
    private static final int MAX_TEXT = 1_000;

    private final ProposedPhrasings phrasings;
    private final StaffAccess access;

    PhrasingRoutes(ProposedPhrasings phrasings, StaffAccess access) {
        this.phrasings = phrasings;
        this.access = access;
    }

    record PhrasingItem(String text, String slug, String title, long count) {}

    record PhrasingList(List<PhrasingItem> phrasings) {}

    record AcceptedView(long version) {}

    /** What a request names: the wording as it was proposed, and the article's slug. */
    private record Wording(String text, String slug) {}

    void register(RoutesConfig routes) {
        access.routes(routes)
                .get("/api/editor/phrasings", ctx -> ApiRoutes.json(ctx, new PhrasingList(phrasings.list().stream()
                        .map(p -> new PhrasingItem(p.text(), p.slug(), p.title(), p.count())).toList())))
                .post("/api/editor/phrasings/accept", ctx -> {
                    Wording w = fromJson(ctx);
                    ApiRoutes.json(ctx, new AcceptedView(phrasings.accept(w.text(), w.slug(), actor(ctx))));
                })
                .post("/api/editor/phrasings/dismiss", ctx -> {
                    Wording w = fromJson(ctx);
                    phrasings.dismiss(w.text(), w.slug(), actor(ctx));
                    ctx.status(HttpStatus.NO_CONTENT);
                })
                .post("/editor/phrasings/accept", ctx -> fromForm(ctx, true))
                .post("/editor/phrasings/dismiss", ctx -> fromForm(ctx, false));
    }

    /** The list's buttons: back to the list with what became of it. */
    private void fromForm(Context ctx, boolean accept) {
        Wording w = wording(ctx.formParam("text"), ctx.formParam("slug"));
        String done;
        try {
            if (accept) {
                phrasings.accept(w.text(), w.slug(), actor(ctx));
                done = "phrasing-accepted";
            } else {
                phrasings.dismiss(w.text(), w.slug(), actor(ctx));
                done = "phrasing-dismissed";
            }
        } catch (EditorException e) {
            // another editor decided it a moment ago: the list says so rather than an error page
            if (e.kind() != EditorException.Kind.NOT_PROPOSED) throw e;
            done = "phrasing-gone";
        }
        ctx.redirect("/editor?done=" + done, HttpStatus.SEE_OTHER);
    }

    private static Wording fromJson(Context ctx) {
        JsonNode body;
        try {
            body = JsonBodies.mapper().readTree(ctx.body());
        } catch (JacksonException e) {
            body = null;
        }
        if (body == null || !body.isObject() || !body.path("text").isTextual() || !body.path("slug").isTextual()) {
            throw new BadRequest("بدنه باید {\"text\": \"...\", \"slug\": \"...\"} باشد.");
        }
        return wording(body.get("text").asText(), body.get("slug").asText());
    }

    private static Wording wording(String text, String slug) {
        if (text == null || text.isBlank()) throw new BadRequest("متن پرسش پیشنهادی (text) نیامده است.");
        if (text.length() > MAX_TEXT) throw new BadRequest("متن پرسش بیش از اندازه بلند است.");
        if (slug == null || !SLUG.matcher(slug.strip()).matches()) {
            throw new BadRequest("نشانی مقاله (slug) فقط حروف کوچک لاتین، رقم و - دارد.");
        }
        return new Wording(text, slug.strip());
    }

    private static Actor actor(Context ctx) {
        return new Actor(StaffAccess.current(ctx).user(), ctx.ip());
    }
}
