package pasokh.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import pasokh.account.Actor;
import pasokh.flags.ArticleFlags;
import pasokh.flags.Flag;
import pasokh.flags.InvalidFlagException;
import pasokh.questions.InvalidRecordException;
import pasokh.questions.RecordedQuestions;

/**
 * The agents' JSON API under {@code /api/agent}, which the console at {@code /agent} calls during a call:
 * «ثبت پرسش» ({@code POST /api/agent/questions}) and «گزارش ایراد» ({@code POST /api/agent/flags}). A body that
 * is not a JSON object, or a field of the wrong type, is a 400; a value the services refuse is a 422.
 */
final class AgentApiRoutes {

    private final RecordedQuestions questions;
    private final ArticleFlags flags;
    private final StaffAccess access;

    AgentApiRoutes(RecordedQuestions questions, ArticleFlags flags, StaffAccess access) {
        this.questions = questions;
        this.flags = flags;
        this.access = access;
    }

    /** @param slug null without an article; {@code version} then null too */
    record RecordedView(long id, String text, String channel, String slug, Long version) {}

    record FlaggedView(long id) {}

    void register(RoutesConfig routes) {
        access.routes(routes)
                .post("/api/agent/questions", this::recordQuestion)
                .post("/api/agent/flags", this::flag);
    }

    private void recordQuestion(Context ctx) {
        JsonNode body = JsonBodies.object(ctx);
        String text = text(body, "text");
        String channel = text(body, "channel");
        String slug = text(body, "slug");
        RecordedQuestions.Recorded r;
        try {
            r = questions.record(text, channel, slug, actor(ctx));
        } catch (InvalidRecordException e) {
            refuse(ctx, e.getMessage());
            return;
        }
        ctx.status(HttpStatus.CREATED);
        ApiRoutes.json(ctx, new RecordedView(r.id(), r.text(), r.channel().id(), r.slug().orElse(null),
                r.version().isPresent() ? r.version().getAsLong() : null));
    }

    private void flag(Context ctx) {
        JsonNode body = JsonBodies.object(ctx);
        String slug = text(body, "slug");
        String target = text(body, "target");
        String text = text(body, "text");
        Flag f;
        try {
            f = flags.flag(slug, target, text, actor(ctx));
        } catch (InvalidFlagException e) {
            refuse(ctx, e.getMessage());
            return;
        }
        ctx.status(HttpStatus.CREATED);
        ApiRoutes.json(ctx, new FlaggedView(f.id()));
    }

    /** A field that is text, or absent or null (null then); any other JSON type is a malformed request. */
    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual()) throw new BadRequest("فیلد " + field + " باید متن باشد.");
        return value.asText();
    }

    private static void refuse(Context ctx, String message) {
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        ApiRoutes.json(ctx, new ApiViews.Error(message));
    }

    private static Actor actor(Context ctx) {
        return new Actor(StaffAccess.current(ctx).user(), ctx.ip());
    }
}
