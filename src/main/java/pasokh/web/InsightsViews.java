package pasokh.web;

import java.util.List;

/** What the insights templates show. */
public final class InsightsViews {

    private InsightsViews() {}

    public record GroupRow(int rank, String id, String representative, String size, String verdict, String verdictId,
                           String channels, String bestTitle, String bestHref, String evidence, String trend,
                           String lastSeen, String draftHref) {}

    public record Figure(String label, String value) {}

    public record Page(StaffViews.Header header, String since, String until, List<Figure> figures,
                       String weeklyChart, String monthlyChart, String channelChart, String provinceChart,
                       List<GroupRow> missing, List<GroupRow> weak, List<GroupRow> rising, List<GroupRow> zeroResults,
                       String csvHref, String jsonHref, boolean empty, List<FlagCount> flagged) {}

    /** An article with open flags: {@code href} is its edit page, where editors read and resolve them. */
    public record FlagCount(String title, String href, String count) {}

    /** @param backHref the report the draft was opened from, with its period */
    public record Draft(StaffViews.Header header, String representative, String markdown, String backHref) {}
}
