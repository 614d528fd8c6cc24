package pasokh.editor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import pasokh.Portal;
import pasokh.PortalPaths;
import pasokh.account.Actor;
import pasokh.account.AuditLog;
import pasokh.article.AtomicFiles;
import pasokh.article.MarkdownRenderer;
import pasokh.knowledge.KnowledgeBase;
import pasokh.store.AuditRepository;
import pasokh.store.Database;
import pasokh.store.RevisionRepository;

/**
 * The process {@link KillDuringPublishTest} kills. Over the knowledge base given by its arguments
 * ({@code write|publish articles config data}) it puts the large texts of {@link KillTexts} into the articles
 * folder, one after another, until it is killed: {@code write} with {@link AtomicFiles#write} alone, as fast
 * as it goes; {@code publish} as an editor and a publisher do, each text saved as a new revision and
 * published through {@link EditorService}. It prints {@code writing} once its first text is in place, so
 * the parent knows the loop is running.
 */
public final class PublishingChild {

    private PublishingChild() {}

    public static void main(String[] args) throws Exception {
        boolean publish = args[0].equals("publish");
        PortalPaths paths = new PortalPaths(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        List<KillTexts.Target> targets = KillTexts.targets();
        EditorService editor = null;
        if (publish) {
            KnowledgeBase knowledge = KnowledgeBase.open(paths, new MarkdownRenderer(), KnowledgeBase.Storage.MEMORY);
            Database db = Database.open(paths.data());
            Clock clock = Clock.system(Portal.READERS_ZONE);
            editor = new EditorService(new RevisionRepository(db), knowledge,
                    new AuditLog(new AuditRepository(db), clock), clock);
        }
        Actor by = new Actor("kill-test", "local");
        boolean told = false;
        // each child starts at another article, so that over the kills every one of them is published
        for (long i = new java.util.Random().nextInt(targets.size() * 3); ; i++) {
            KillTexts.Target t = targets.get((int) (i % targets.size()));
            String text = t.variants().get((int) ((i / targets.size()) % t.variants().size()));
            if (publish) {
                EditorService.Current current = editor.current(t.slug()).orElseThrow();
                // each publish replaces the text readers see, wherever the last child was killed
                text = t.variants().get((t.variants().indexOf(current.source()) + 1) % t.variants().size());
                SaveOutcome saved = editor.save(t.slug(), text, current.version(), by);
                if (!(saved instanceof SaveOutcome.Saved s)) throw new IllegalStateException(t.slug() + ": " + saved);
                editor.publish(t.slug(), s.version(), by);
            } else {
                AtomicFiles.write(t.file(paths.articles()), text);
            }
            if (!told) {
                System.out.println("writing");
                System.out.flush();
                told = true;
            }
        }
    }
}
