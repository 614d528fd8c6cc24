package pasokh.editor;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import pasokh.Portal;
import pasokh.PortalPaths;
import pasokh.account.Actor;
import pasokh.account.AuditLog;
import pasokh.article.MarkdownRenderer;
import pasokh.knowledge.KnowledgeBase;
import pasokh.store.AuditRepository;
import pasokh.store.Database;
import pasokh.store.PhrasingDecisionRepository;
import pasokh.store.QuestionRepository;
import pasokh.store.RevisionRepository;

/**
 * The README's measurement of proposed phrasings, in two steps around {@code pasokh import-questions} (a tool,
 * not a test; see "Proposed phrasings" in the README for the whole procedure):
 *
 * <pre>
 * calls JUDGMENTS TIMES FILE   each judged query as TIMES call-centre rows naming its judged article, as CSV
 * accept ARTICLES CONFIG DATA  accepts every proposal as an editor, then publishes every article it changed
 * list ARTICLES CONFIG DATA    times the list (three times: the first reads the file cold) and prints its head
 * </pre>
 */
public final class PhrasingTrial {

    private static final Actor EDITOR = new Actor("phrasing-trial-editor", "local");
    private static final Actor PUBLISHER = new Actor("phrasing-trial-publisher", "local");

    private PhrasingTrial() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("calls")) {
            calls(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
        } else if (args.length == 4 && args[0].equals("accept")) {
            accept(new PortalPaths(Path.of(args[1]), Path.of(args[2]), Path.of(args[3])));
        } else if (args.length == 4 && args[0].equals("list")) {
            list(new PortalPaths(Path.of(args[1]), Path.of(args[2]), Path.of(args[3])));
        } else {
            System.err.println("Usage: PhrasingTrial calls JUDGMENTS TIMES FILE | accept|list ARTICLES CONFIG DATA");
            System.exit(2);
        }
    }

    /** A CRM export of the judged queries: {@code times} calls each, a minute apart, the first judged article named. */
    static void calls(Path judgments, int times, Path target) throws IOException {
        List<String> lines = Files.readAllLines(judgments, StandardCharsets.UTF_8);
        LocalDateTime at = LocalDateTime.of(2026, 11, 1, 8, 0);
        int rows = 0;
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write("time,channel,text,article\n");
            for (String line : lines) {
                String[] cols = line.split("\t", -1);
                if (cols.length != 3 || line.startsWith("query\t") || line.startsWith("#") || line.isBlank()) continue;
                String article = cols[1].split(",")[0].strip();
                for (int i = 0; i < times; i++) {
                    at = at.plusMinutes(1);
                    out.write(at + ",1420," + quoted(cols[0]) + "," + article + "\n");
                    rows++;
                }
            }
        }
        System.out.println("wrote " + rows + " rows to " + target);
    }

    private static String quoted(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    /** Only the list, read-only: no portal is started, so no retention runs on the data. */
    static void list(PortalPaths paths) throws IOException {
        try (KnowledgeBase knowledge = KnowledgeBase.open(paths, new MarkdownRenderer(), KnowledgeBase.Storage.MEMORY)) {
            Database db = Database.open(paths.data());
            AuditLog audit = new AuditLog(new AuditRepository(db), Clock.systemUTC());
            ProposedPhrasings phrasings = new ProposedPhrasings(new QuestionRepository(db),
                    new PhrasingDecisionRepository(db), new EditorService(new RevisionRepository(db), knowledge, audit,
                    Clock.systemUTC()), knowledge, PhrasingSettings.load(paths.config()), audit, Clock.systemUTC());
            System.out.println(new QuestionRepository(db).count() + " questions stored");
            List<Proposal> proposals = List.of();
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                proposals = phrasings.list();
                System.out.printf("listed %d proposals in %d ms%n", proposals.size(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            proposals.stream().limit(10).forEach(p -> System.out.println(p.count() + "\t" + p.slug() + "\t" + p.text()));
        }
    }

    /** Every proposal accepted (in the order the list shows them), then each changed article published. */
    static void accept(PortalPaths paths) throws IOException {
        try (Portal portal = Portal.start(paths, KnowledgeBase.Storage.MEMORY)) {
            long started = System.nanoTime();
            List<Proposal> proposals = portal.phrasings().list();
            System.out.printf("listed %d proposals in %d ms%n", proposals.size(), (System.nanoTime() - started) / 1_000_000);
            Map<String, Long> changed = new LinkedHashMap<>();
            int refused = 0;
            for (Proposal p : proposals) {
                try {
                    changed.put(p.slug(), portal.phrasings().accept(p.text(), p.slug(), EDITOR));
                } catch (EditorException e) {
                    refused++;
                    System.out.println("not accepted: «" + p.text() + "» for " + p.slug() + ": " + e.getMessage());
                }
            }
            changed.forEach((slug, version) -> portal.editor().publish(slug, version, PUBLISHER));
            System.out.println(proposals.size() + " proposals; " + (proposals.size() - refused) + " accepted into "
                    + changed.size() + " articles, published; " + refused + " not accepted");
            System.out.println("left proposed: " + portal.phrasings().list().stream()
                    .map(p -> "«" + p.text() + "» " + p.slug()).collect(Collectors.joining(", ")));
        }
    }
}
