package pasokh.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import pasokh.analysis.PersianAnalysis;
import pasokh.analysis.PrefixCompleter;
import pasokh.analysis.WordCounts;
import pasokh.article.Article;
import pasokh.article.ArticleNumbers;
import pasokh.article.ArticleSet;
import pasokh.article.ArticleStore;
import pasokh.article.MarkdownRenderer;
import pasokh.article.Problem;
import pasokh.search.ArticleSearcher;
import pasokh.search.Fingerprint;
import pasokh.search.IndexStore;
import pasokh.search.IndexedArticle;
import pasokh.search.PasokhQueryPlanner;

/**
 * Builds the next snapshot: from scratch (at start, or when index-config/ changed), or from the previous one
 * and the article files that changed, re-reading and re-indexing only those (and the few articles whose
 * index terms a vocabulary change moves).
 */
final class SnapshotBuilder {

    /** Beyond this share of the articles, re-indexing everything is simpler than patching. */
    private static final double MAX_SHARE_PATCHED = 0.2;

    private final Path articlesFolder;
    private final MarkdownRenderer markdown;

    SnapshotBuilder(Path articlesFolder, MarkdownRenderer markdown) {
        this.articlesFolder = articlesFolder;
        this.markdown = markdown;
    }

    /** What changed between two snapshots, for the log. */
    record Change(int changed, int removed, int reanalysed, boolean full) {}

    record Built(Snapshot snapshot, Change change) {}

    /**
     * Reads every article with {@code config}; {@code previous} (null at start) lends broken files their last good
     * version.
     */
    Built full(long generation, KnowledgeConfig config, Snapshot previous, IndexStore index) throws IOException {
        ArticleStore store = config.articleStore(articlesFolder);
        Map<Path, FileState> files = new TreeMap<>();
        for (Path file : store.files()) files.put(file, state(store.read(file), previous));
        ArticleSet set = assemble(store, files);
        Map<String, IndexedArticle> published = indexed(set, previous);
        List<IndexedArticle> all = List.copyOf(published.values());
        PersianAnalysis analysis = PersianAnalysis.of(config.wordLists(),
                PersianAnalysis.countWords(config.wordLists(), IndexedArticle.textsOf(all)));
        String fingerprint = Fingerprint.of(published.values(), config.folder());
        var reader = index.reuse(fingerprint, all.size());
        boolean reused = reader.isPresent();
        var open = reused ? reader.get() : index.replaceAll(all, analysis.indexing(), fingerprint);
        Snapshot snapshot = snapshot(generation, config, set, files, published, analysis, open, fingerprint);
        return new Built(snapshot, new Change(reused ? 0 : all.size(), 0, 0, !reused));
    }

    /** The previous snapshot with {@code paths} (files or folders, changed, added or deleted) read again. */
    Built changed(long generation, Snapshot previous, Collection<Path> paths, IndexStore index) throws IOException {
        KnowledgeConfig config = previous.config();
        ArticleStore store = config.articleStore(articlesFolder);
        Map<Path, FileState> files = new TreeMap<>(previous.files());
        for (Path file : affectedFiles(paths, files.keySet(), store)) {
            // a symbolic link is read even when it leads to no file here: reading it is what reports it
            if (!Files.isRegularFile(file) && !Files.isSymbolicLink(file)) {
                files.remove(file);
                continue;
            }
            ArticleStore.FileRead read = store.read(file);
            FileState before = files.get(file);
            if (before != null && before.digest().equals(read.digest())) continue; // touched, not changed
            files.put(file, state(read, previous));
        }
        ArticleSet set = assemble(store, files);
        Map<String, IndexedArticle> published = indexed(set, previous);

        Set<String> removed = new TreeSet<>(previous.published().keySet());
        removed.removeAll(published.keySet());
        List<IndexedArticle> upserts = new ArrayList<>();
        List<IndexedArticle> replaced = new ArrayList<>();
        for (IndexedArticle a : published.values()) {
            IndexedArticle before = previous.published().get(a.slug());
            if (before == a) continue;
            upserts.add(a);
            if (before != null) replaced.add(before);
        }
        for (String slug : removed) replaced.add(previous.published().get(slug));

        var lists = config.wordLists();
        WordCounts counts = previous.analysis().wordCounts().change(
                PersianAnalysis.countWords(lists, IndexedArticle.textsOf(replaced)),
                PersianAnalysis.countWords(lists, IndexedArticle.textsOf(upserts)));
        PersianAnalysis analysis = PersianAnalysis.after(previous.analysis(), lists, counts);
        String fingerprint = Fingerprint.of(published.values(), config.folder());

        Set<String> reanalysed = reanalysed(previous, analysis);
        reanalysed.removeAll(removed);
        upserts.forEach(a -> reanalysed.remove(a.slug()));
        if (upserts.size() + reanalysed.size() > Math.max(10, published.size() * MAX_SHARE_PATCHED)) {
            var reader = index.replaceAll(List.copyOf(published.values()), analysis.indexing(), fingerprint);
            Snapshot snapshot = snapshot(generation, config, set, files, published, analysis, reader, fingerprint);
            return new Built(snapshot, new Change(upserts.size(), removed.size(), reanalysed.size(), true));
        }
        for (String slug : reanalysed) upserts.add(published.get(slug));
        var reader = index.update(upserts, removed, analysis.indexing(), fingerprint);
        Snapshot snapshot = snapshot(generation, config, set, files, published, analysis, reader, fingerprint);
        return new Built(snapshot,
                new Change(upserts.size() - reanalysed.size(), removed.size(), reanalysed.size(), false));
    }

    private Snapshot snapshot(long generation, KnowledgeConfig config, ArticleSet set, Map<Path, FileState> files,
                              Map<String, IndexedArticle> published, PersianAnalysis analysis,
                              DirectoryReader reader, String fingerprint) throws IOException {
        ArticleNumbers numbers = ArticleNumbers.of(set.published());
        ArticleSearcher searcher = new ArticleSearcher(reader, published,
                PasokhQueryPlanner.factory(analysis, config.ranking()), config.ranking(), config.categories(),
                PrefixCompleter.of(analysis, askingTexts(set)), numbers);
        return new Snapshot(generation, config, set, files, published, numbers, analysis, searcher, fingerprint);
    }

    /** Titles and questions: how people ask, which is what completions are ranked by. */
    private static List<String> askingTexts(ArticleSet set) {
        List<String> texts = new ArrayList<>();
        for (Article a : set.published()) {
            texts.add(a.title());
            texts.addAll(a.questions());
        }
        return texts;
    }

    /**
     * The article files behind {@code paths}: a file itself, every article file in a folder that appeared,
     * and every known file under a folder that went away.
     */
    private static Set<Path> affectedFiles(Collection<Path> paths, Set<Path> known, ArticleStore store)
            throws IOException {
        Set<Path> files = new TreeSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                for (Path f : store.files()) if (f.startsWith(p)) files.add(f);
                for (Path f : known) if (f.startsWith(p)) files.add(f);
            } else if (ArticleStore.isArticleFileName(p)) {
                files.add(p);
            } else if (!Files.exists(p)) {
                for (Path f : known) if (f.startsWith(p)) files.add(f);
            }
        }
        return files;
    }

    /**
     * What a file now serves: its new article, or, when it turned broken, the article it served before, so
     * one bad save never takes an answer offline.
     */
    private static FileState state(ArticleStore.FileRead read, Snapshot previous) {
        if (read.hasErrors() && previous != null) {
            FileState before = previous.files().get(read.file());
            if (before != null && before.served().isPresent()) {
                return new FileState(read.file(), read.digest(), before.served(), read.problems(), true);
            }
        }
        return new FileState(read.file(), read.digest(), read.article(), read.problems(), false);
    }

    private static ArticleSet assemble(ArticleStore store, Map<Path, FileState> files) {
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (FileState f : files.values()) {
            f.served().ifPresent(articles::add);
            problems.addAll(f.problems());
        }
        return store.assemble(articles, problems);
    }

    /** The published articles ready to index; an article unchanged since {@code previous} is not rendered again. */
    private Map<String, IndexedArticle> indexed(ArticleSet set, Snapshot previous) {
        Map<String, IndexedArticle> out = new LinkedHashMap<>();
        for (Article a : set.published()) {
            IndexedArticle before = previous == null ? null : previous.published().get(a.slug());
            out.put(a.slug(), before != null && before.article().equals(a) ? before : IndexedArticle.of(a, markdown));
        }
        return out;
    }

    /**
     * The articles whose index terms the new vocabulary changes. The stemmer's ambiguous rules consult the
     * vocabulary («کارگران» -> «کارگر» because articles say «کارگر»), so a new or deleted article can move the
     * stem of a word in others; those few are analysed again, so every article is indexed as the new
     * vocabulary reads queries.
     */
    private static Set<String> reanalysed(Snapshot previous, PersianAnalysis next) throws IOException {
        PersianAnalysis before = previous.analysis();
        if (before.lexicon().stemsAlikeAs(next.lexicon())) return new HashSet<>();
        Set<String> movedTerms = new HashSet<>();
        for (String word : before.lexicon().surfaces()) {
            String old = before.termOf(word);
            if (!old.equals(next.termOf(word))) movedTerms.add(old);
        }
        return previous.searcher().slugsContainingAny(movedTerms);
    }
}
