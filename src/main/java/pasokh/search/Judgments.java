package pasokh.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** eval/judgments.tsv: a query as people type it, the article(s) that answer it, and how it is typed. */
public final class Judgments {

    /** The judged set behind the build's floors and the README's figures; a string so options can default to it. */
    public static final String DEFAULT_FILE = "eval/judgments.tsv";

    public record Judgment(String query, List<String> relevant, String kind, int line) {}

    private Judgments() {}

    /** Reads the file; every malformed line is reported with its number, and none is silently skipped. */
    public static List<Judgment> read(Path file, Set<String> knownSlugs) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Judgment> judgments = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int n = i + 1;
            if (line.isBlank() || line.startsWith("#") || (n == 1 && line.startsWith("query\t"))) continue;
            String[] cols = line.split("\t", -1);
            if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank() || cols[2].isBlank()) {
                problems.add(file + ":" + n + ": expected 'query<TAB>slug[,slug]<TAB>class'");
                continue;
            }
            List<String> relevant = Arrays.stream(cols[1].split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            for (String slug : relevant) {
                if (!knownSlugs.contains(slug)) problems.add(file + ":" + n + ": no published article has the slug '"
                        + slug + "'");
            }
            judgments.add(new Judgment(cols[0], relevant, cols[2].strip(), n));
        }
        if (!problems.isEmpty()) throw new IOException(String.join("\n", problems));
        return judgments;
    }
}
