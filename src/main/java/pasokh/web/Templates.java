package pasokh.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the precompiled jte templates (compiled at build time by the jte Maven plugin, so the server
 * needs no compiler and a template error is a build error, not a runtime one).
 */
final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code name} with one parameter {@code page} and writes it as the response. */
    void render(Context ctx, String name, Object page) {
        // A Map (not Map.of) so jte picks the map overload: the one-object overload would bind the
        // model to the first parameter by position and fail at run time.
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        StringOutput output = new StringOutput();
        engine.render(name, params, output);
        ctx.contentType("text/html; charset=utf-8").result(output.toString());
    }
}
