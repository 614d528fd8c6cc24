package pasokh.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the public API, field for field as ARCHITECTURE.md promises. Records rather than
 * ad-hoc maps, so a renamed field is a compile error here and not a silent break for API users.
 */
final class ApiViews {

    private ApiViews() {}

    record SearchResponse(String query, long total, int page, int size, List<Hit> hits,
                          Map<String, List<Facet>> facets, String didYouMean, String rewrittenQuery) {}

    record Hit(String slug, String title, String category, String summary, String snippet, String url, float score) {}

    record Facet(String value, String label, long count) {}

    record SuggestResponse(List<SuggestionItem> suggestions) {}

    record SuggestionItem(String text, String slug, String url) {}

    /** {@code number} and {@code sms} are null when the article has none; {@code sms} has its link filled in. */
    record ArticleResponse(String slug, String title, String category, String summary, List<String> questions,
                           List<String> legal, String updated, String html, String url, Integer number,
                           List<String> keyPoints, String sms) {}

    record CategoryItem(String id, String label, long count) {}

    /** {@code problems} is left out while there are none, so a healthy answer stays {"status":"ok","articles":N}. */
    record Health(String status, int articles, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> problems) {}

    record Error(String error) {}

    record FeedbackAccepted(String status) {}
}
