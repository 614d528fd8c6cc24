package pasokh.questions;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import pasokh.Portal;
import pasokh.PortalPaths;
import pasokh.article.MarkdownRenderer;
import pasokh.knowledge.KnowledgeBase;
import pasokh.search.SearchService;
import pasokh.store.Database;
import pasokh.store.QuestionRepository;

/**
 * The content-gap machinery as the commands wire it: a knowledge base with its index in memory (the shipped
 * articles and settings, or a scratch one), the site's search, and a question database in a folder of the
 * test's choosing. One knowledge base may serve many databases.
 */
final class GapFixture implements AutoCloseable {

    static final Path SHIPPED_ARTICLES = Path.of("articles");
    static final Path SHIPPED_CONFIG = Path.of("index-config");

    final KnowledgeBase kb;
    final ArticleMatcher matcher;
    final Path config;

    private GapFixture(KnowledgeBase kb, Path config) {
        this.kb = kb;
        this.config = config;
        this.matcher = new ArticleMatcher(kb, new SearchService(kb));
    }

    /** The shipped articles and index-config (the data folder is not touched by an in-memory index). */
    static GapFixture shipped(Path scratch) throws IOException {
        return over(new PortalPaths(SHIPPED_ARTICLES, SHIPPED_CONFIG, scratch));
    }

    static GapFixture over(PortalPaths paths) throws IOException {
        return new GapFixture(KnowledgeBase.open(paths, new MarkdownRenderer(), KnowledgeBase.Storage.MEMORY),
                paths.config());
    }

    /** A question database in {@code data}. */
    Store store(Path data) throws IOException {
        return new Store(new QuestionRepository(Database.open(data)));
    }

    GapThresholds thresholds() throws IOException {
        return GapThresholds.load(config);
    }

    record Imported(ImportSummary summary, List<ImportProblem> problems) {

        List<String> problemTexts() {
            return problems.stream().map(ImportProblem::toString).toList();
        }
    }

    final class Store {

        final QuestionRepository repository;

        Store(QuestionRepository repository) {
            this.repository = repository;
        }

        Imported importFiles(QuestionImporter.Options options, Path... files) throws IOException {
            List<ImportProblem> problems = new ArrayList<>();
            ImportSummary s = new QuestionImporter(repository, () -> kb.current().analysis(), Portal.READERS_ZONE)
                    .importFiles(List.of(files), options, QuestionImporter.Progress.NONE, problems::add);
            return new Imported(s, problems);
        }

        Imported importFiles(Path... files) throws IOException {
            return importFiles(QuestionImporter.Options.DETECT, files);
        }

        GapAnalysis analysis(Clock clock) throws IOException {
            return new GapAnalysis(repository, matcher, thresholds(), clock);
        }

        /** The analysed texts stored, one per distinct normal form. */
        List<String> normals() {
            List<String> out = new ArrayList<>();
            repository.forEachText(t -> out.add(t.normal()));
            return out.stream().sorted().toList();
        }

        List<String> samples() {
            List<String> out = new ArrayList<>();
            repository.forEachText(t -> out.add(t.sample()));
            return out.stream().sorted().toList();
        }
    }

    @Override
    public void close() throws IOException {
        kb.close();
    }
}
