package pasokh.questions;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How often one distinct text was asked in the period: in all, per channel, province, day and named article, and
 * which versions of a named article agents had open.
 */
final class TextDemand {

    final long textId;
    long count;
    long firstDay = Long.MAX_VALUE;
    long lastDay = Long.MIN_VALUE;
    final Map<String, Long> channels = new HashMap<>();
    final Map<String, Long> provinces = new HashMap<>();
    final Map<String, Long> articles = new HashMap<>();
    final Map<String, Set<Long>> versions = new HashMap<>();
    final TreeMap<Long, Long> days = new TreeMap<>();

    TextDemand(long textId) {
        this.textId = textId;
    }

    /** @param version the version of {@code article} an agent had open; null when none recorded it */
    void add(long day, String channel, String province, String article, Long version, long n) {
        count += n;
        firstDay = Math.min(firstDay, day);
        lastDay = Math.max(lastDay, day);
        channels.merge(channel, n, Long::sum);
        if (!province.isEmpty()) provinces.merge(province, n, Long::sum);
        if (!article.isEmpty()) articles.merge(article, n, Long::sum);
        if (!article.isEmpty() && version != null) versions.computeIfAbsent(article, a -> new TreeSet<>()).add(version);
        days.merge(day, n, Long::sum);
    }

    void addAll(TextDemand other) {
        count += other.count;
        firstDay = Math.min(firstDay, other.firstDay);
        lastDay = Math.max(lastDay, other.lastDay);
        other.channels.forEach((k, v) -> channels.merge(k, v, Long::sum));
        other.provinces.forEach((k, v) -> provinces.merge(k, v, Long::sum));
        other.articles.forEach((k, v) -> articles.merge(k, v, Long::sum));
        other.versions.forEach((k, v) -> versions.computeIfAbsent(k, a -> new TreeSet<>()).addAll(v));
        other.days.forEach((k, v) -> days.merge(k, v, Long::sum));
    }
}
