package pasokh.search;

import java.util.Optional;

/**
 * A validated search request. {@code asTyped} searches the text exactly as typed, without reading it as
 * Finglish or a keyboard-layout slip (the «search for what I typed» link). The web layer checks the bounds and says
 * what is wrong in the user's language; this record only guards against programming errors.
 */
public record SearchQuery(String text, Optional<String> category, int page, int size, boolean asTyped) {

    /** A normal search, where the text may be read as Finglish or a keyboard-layout slip. */
    public SearchQuery(String text, Optional<String> category, int page, int size) {
        this(text, category, page, size, false);
    }

    public SearchQuery {
        if (page < 1) throw new IllegalArgumentException("page starts at 1");
        if (size < 1) throw new IllegalArgumentException("size must be positive");
        text = text == null ? "" : text;
    }

    public int offset() {
        return (page - 1) * size;
    }
}
