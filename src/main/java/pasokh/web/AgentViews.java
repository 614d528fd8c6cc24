package pasokh.web;

import java.util.List;

/** What the agents' console pages show: plain values, in Persian, ready for the templates. */
public final class AgentViews {

    private AgentViews() {}

    public record Result(String slug, String title, String category, String summary, String cardHref, String number) {}

    public record Results(String query, List<Result> results, String status) {}

    public record Link(String slug, String title, String href) {}

    /**
     * @param answer   what «کپی پاسخ» puts on the clipboard: the summary, the key conditions and the link
     * @param sms      the SMS with its link filled in, or "" when the article has none
     * @param targets  what a «گزارش ایراد» may be about: the whole article, its summary, each key point
     */
    /** @param number «پاسخ شمارهٔ ۲۳۴», or "" for an article without one */
    public record Card(String slug, String title, String number, String category, String updated, String summary,
                       List<String> keyPoints, List<String> legal, String sms, String smsCount, String url,
                       String fullUrl, List<Link> related, String answer, List<Target> targets) {}

    public record Target(String id, String label) {}

    public record Change(String slug, String title, String on, String parts, String added, String removed,
                         String cardHref) {}

    public record Channel(String id, String label, boolean selected) {}

    public record ConsolePage(StaffViews.Header header, Results results, Card card, List<Change> changes,
                              String changesSummary, List<Channel> channels) {}
}
