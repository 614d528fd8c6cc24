package pasokh.article;

/**
 * HTML that is safe to put in a page as it is. Only {@link MarkdownRenderer} makes one, so templates can
 * trust this type and never need an "unsafe" escape hatch.
 */
public final class SafeHtml {

    private final String html;

    SafeHtml(String html) {
        this.html = html;
    }

    public String html() {
        return html;
    }

    @Override
    public String toString() {
        return html;
    }
}
