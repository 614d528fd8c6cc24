package pasokh.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Site addresses, built in one place so links and routes agree. */
final class Urls {

    private Urls() {}

    static String category(String id) {
        return "/categories/" + id;
    }

    static String search(String query, Optional<String> category, int page) {
        return search(query, category, page, false);
    }

    static String search(String query, Optional<String> category, int page, boolean asTyped) {
        StringBuilder sb = new StringBuilder("/search?q=").append(encode(query));
        category.ifPresent(c -> sb.append("&category=").append(encode(c)));
        if (page > 1) sb.append("&page=").append(page);
        if (asTyped) sb.append("&astyped=1");
        return sb.toString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
