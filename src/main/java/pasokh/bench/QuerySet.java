package pasokh.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The queries a benchmark sends: the distinct first columns of one or more judgment files, in file order,
 * each kept where it first appears. Distinct because the eval files repeat a query under several articles
 * or classes, and a repeat would measure the same work twice; the order is fixed so runs compare.
 */
public final class QuerySet {

    private final List<String> queries;

    private QuerySet(List<String> queries) {
        this.queries = List.copyOf(queries);
    }

    /** These texts, stripped, without blanks and repeats. */
    public static QuerySet of(List<String> texts) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String text : texts) {
            String query = text.strip();
            if (!query.isEmpty()) distinct.add(query);
        }
        if (distinct.isEmpty()) throw new IllegalArgumentException("no queries to send");
        return new QuerySet(new ArrayList<>(distinct));
    }

    /**
     * The first column (query TAB slugs TAB class) of every line of these files, skipping blank lines,
     * {@code #} comments and a {@code query...} header on line 1. Slugs are not checked: a benchmark against
     * a synthetic base or another server needs only the texts.
     */
    public static QuerySet read(List<Path> files) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            int before = texts.size();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#") || (i == 0 && line.startsWith("query\t"))) continue;
                int tab = line.indexOf('\t');
                texts.add(tab < 0 ? line : line.substring(0, tab));
            }
            if (texts.size() == before) throw new IOException(file + ": no queries in it");
        }
        return of(texts);
    }

    public List<String> queries() {
        return queries;
    }

    public int size() {
        return queries.size();
    }

    /** One {@code /api/search?q=...} request path per query, in order, ready for {@link LoadSettings}. */
    public List<String> searchPaths() {
        return queries.stream().map(QuerySet::searchPath).toList();
    }

    /**
     * What the search box sends while each query is typed: {@code /api/suggest?q=...} for the query cut after 40%
     * and after 70% of its letters (mid-word as often as not), so every path is distinct.
     */
    public List<String> suggestPaths() {
        List<String> paths = new ArrayList<>(queries.size() * 2);
        for (String query : queries) {
            for (double share : new double[] {0.4, 0.7}) {
                int length = Math.max(2, (int) Math.round(query.length() * share));
                String typed = query.substring(0, Math.min(length, query.length()));
                paths.add("/api/suggest?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        return paths.stream().distinct().toList();
    }

    /** UTF-8 percent-encoding; a space is {@code %20}, which every server reads, unlike {@code +} in some. */
    public static String searchPath(String query) {
        return "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The queries of each bucket, in order; every bucket is present, perhaps empty. */
    public Map<WordBucket, List<String>> byWords() {
        Map<WordBucket, List<String>> buckets = new EnumMap<>(WordBucket.class);
        for (WordBucket bucket : WordBucket.values()) buckets.put(bucket, new ArrayList<>());
        for (String query : queries) buckets.get(WordBucket.of(query)).add(query);
        buckets.replaceAll((bucket, list) -> List.copyOf(list));
        return WordBucket.copyOf(buckets);
    }
}
