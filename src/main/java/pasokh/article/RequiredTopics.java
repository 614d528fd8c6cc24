package pasokh.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * index-config/required-topics.txt: the topics the knowledge base must answer, each with its category.
 * `check` reports every topic without an article, so a deleted or misnamed file cannot go unnoticed.
 */
public record RequiredTopics(Path file, List<Topic> topics) {

    public static final String FILE_NAME = "required-topics.txt";

    public record Topic(String category, String slug, int line) {}

    public static RequiredTopics none() {
        return new RequiredTopics(Path.of(FILE_NAME), List.of());
    }

    /** No file means no required topics (a scratch knowledge base); a malformed line is an error. */
    public static RequiredTopics load(Path configDir) throws IOException {
        Path file = configDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return new RequiredTopics(file, List.of());
        List<Topic> topics = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+");
            if (parts.length != 2 || !ArticleParser.SLUG.matcher(parts[1]).matches()) {
                throw new IOException(file + ":" + (i + 1) + ": expected '<category> <slug>', got: " + line);
            }
            topics.add(new Topic(parts[0], parts[1], i + 1));
        }
        return new RequiredTopics(file, List.copyOf(topics));
    }
}
