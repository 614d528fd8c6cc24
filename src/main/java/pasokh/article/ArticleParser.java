package pasokh.article;

import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Turns one article file into an {@link Article}, collecting every problem with its line instead of
 * stopping at the first, so an editor fixes a file in one pass.
 *
 * <p>The YAML is read as a node tree (never as Java objects) so values stay the strings the editor
 * wrote — YAML 1.1 would otherwise turn {@code 2024-08-02} into a timestamp and {@code no} into false —
 * and every key keeps its line number.
 */
public final class ArticleParser {

    public static final int SUMMARY_MAX_LENGTH = 200;
    public static final int MIN_QUESTIONS = 6;
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final Set<String> REQUIRED = Set.of(
            "title", "category", "audience", "summary", "questions", "legal", "sources", "updated", "status");
    private static final Set<String> OPTIONAL = Set.of("number", "sms", "review_by", "key_points", "tags", "order",
            "historical", "owner");
    private static final int MAX_FRONT_MATTER_CHARS = 64_000;
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    private final Categories categories;
    private final String publicUrl;

    public ArticleParser(Categories categories, String publicUrl) {
        this.categories = categories;
        this.publicUrl = publicUrl;
    }

    /**
     * @param path   the path shown in problems (relative to the working directory when possible)
     * @param folder the category folder the file sits in
     */
    public ParseResult parse(Path path, String folder, String text) {
        Problems problems = new Problems(path);
        String fileName = path.getFileName().toString();
        String slug = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
        if (!SLUG.matcher(slug).matches()) {
            problems.error(1, "file name '" + fileName + "' is not a valid slug: use lowercase latin letters, digits"
                    + " and '-' (e.g. pension-calculation.md)");
        }
        Optional<FrontMatter> split = FrontMatter.split(text);
        if (split.isEmpty()) {
            problems.error(1, text.stripLeading().startsWith("---")
                    ? "front matter is not closed: add a line '---' after the last field"
                    : "missing front matter: the file must start with a line '---', then the fields, then '---'");
            return problems.result(null);
        }
        FrontMatter fm = split.get();
        if (fm.yaml().length() > MAX_FRONT_MATTER_CHARS) {
            problems.error(1, "front matter is larger than " + MAX_FRONT_MATTER_CHARS + " characters");
            return problems.result(null);
        }
        Map<String, NodeTuple> fields = readFields(fm.yaml(), problems);
        if (fields == null) return problems.result(null);

        checkBidiControls(fm.yaml(), fields, problems);
        Fields f = new Fields(fields, problems);
        for (String key : fields.keySet()) {
            if (!REQUIRED.contains(key) && !OPTIONAL.contains(key)) {
                problems.error(f.line(key), "unknown field '" + key + "' (allowed: title, category, number,"
                        + " audience, summary, questions, legal, sources, updated, status, sms, review_by, key_points,"
                        + " tags, order, owner, historical)");
            }
        }
        for (String key : REQUIRED) {
            if (!fields.containsKey(key)) problems.error(1, "missing required field '" + key + "'");
        }

        String title = f.text("title", true).orElse(null);
        String category = f.text("category", true).orElse(null);
        if (category != null) {
            if (!categories.contains(category)) {
                problems.error(f.line("category"),
                        "unknown category '" + category + "' (known: " + categories.ids() + ")");
            } else if (!category.equals(folder)) {
                problems.error(f.line("category"),
                        "category '" + category + "' does not match the folder '" + folder + "' the file is in");
            }
        }
        OptionalInt number = f.wholeNumberUpTo("number", Article.MAX_NUMBER);
        if (!fields.containsKey("number")) problems.editorial(1,
                "no 'number': give the article its answer number, which callers say on the phone"
                        + " (the editor's new-article form offers the next free one)");
        List<Audience> audience = readAudience(f, problems);
        String summary = f.text("summary", true).orElse(null);
        if (summary != null && summary.length() > SUMMARY_MAX_LENGTH) {
            problems.error(f.line("summary"), "summary is " + summary.length() + " characters; at most "
                    + SUMMARY_MAX_LENGTH + " (one or two sentences)");
        }
        Optional<String> sms = f.text("sms", false);
        sms.ifPresent(s -> checkSms(s, slug, f.line("sms"), problems));
        if (sms.isEmpty()) problems.editorial(1, "no 'sms': agents need a text (with {link}) to send to callers");
        else if (!sms.get().contains(SmsText.PLACEHOLDER)) problems.editorial(f.line("sms"),
                "sms has no {link}: callers need the article's address");
        List<String> questions = f.list("questions");
        if (fields.containsKey("questions") && questions.size() < MIN_QUESTIONS) {
            problems.editorial(f.line("questions"), "only " + questions.size() + " question(s); write at least "
                    + MIN_QUESTIONS + " ways people ask this");
        }
        List<String> legal = f.list("legal");
        List<String> sources = f.list("sources");
        for (int i = 0; i < sources.size(); i++) {
            if (!isWebUrl(sources.get(i))) {
                problems.error(f.itemLine("sources", i), "source '" + sources.get(i) + "' is not an http(s) URL");
            }
        }
        Optional<LocalDate> updated = f.date("updated");
        Optional<LocalDate> reviewBy = f.date("review_by");
        if (!fields.containsKey("review_by")) problems.editorial(1,
                "no 'review_by': set the date by which an editor re-checks this article");
        if (updated.isPresent() && reviewBy.isPresent() && !reviewBy.get().isAfter(updated.get())) {
            problems.editorial(f.line("review_by"), "review_by must be after updated");
        }
        ArticleStatus status = f.text("status", true).map(s -> ArticleStatus.fromId(s).orElseGet(() -> {
            problems.error(f.line("status"), "status must be 'published' or 'draft', not '" + s + "'");
            return null;
        })).orElse(null);
        List<String> keyPoints = f.list("key_points");
        List<String> tags = f.list("tags");
        OptionalInt order = f.positiveInt("order");
        boolean historical = f.bool("historical", false);
        // the editor who re-checks the article by review_by: a user name, as the editor's list counts them
        Optional<String> owner = f.text("owner", false).map(o -> o.strip().toLowerCase(java.util.Locale.ROOT));

        if (fm.body().isBlank()) {
            problems.error(fm.bodyLine(),
                    "the article has no body: write the answer in Markdown after the front matter");
        }
        checkArabicLetters(text, problems);
        checkBidiControlsInBody(fm, problems);
        checkLinks(fm, problems);

        if (problems.hasErrors()) return problems.result(null);
        Article article = new Article(slug, category, number, title, audience, summary, sms, questions, legal,
                sources, updated.orElseThrow(), reviewBy, status, keyPoints, tags, order, historical, owner, fm.body(),
                fm.bodyLine(), path);
        return problems.result(article);
    }

    private Map<String, NodeTuple> readFields(String yaml, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(10);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + FrontMatter.YAML_FIRST_LINE : 1;
            String context = "";
            if (e.getContextMark() != null && e.getContext() != null) {
                int contextLine = e.getContextMark().getLine() + FrontMatter.YAML_FIRST_LINE;
                if (contextLine != line) context = " (" + e.getContext() + " started on line " + contextLine + ")";
            }
            problems.error(line, "malformed YAML: " + firstLine(e.getProblem()) + context);
            return null;
        } catch (YAMLException e) {
            problems.error(1, "malformed YAML: " + firstLine(e.getMessage()));
            return null;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.error(FrontMatter.YAML_FIRST_LINE, "front matter must be 'field: value' lines");
            return null;
        }
        Map<String, NodeTuple> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                // compose() builds the node tree only; setAllowDuplicateKeys is checked later, by a constructor
                NodeTuple first = fields.putIfAbsent(key.getValue(), tuple);
                if (first != null) {
                    problems.error(Fields.lineOf(key), key.getValue() + " is given twice, on lines "
                            + Fields.lineOf(first.getKeyNode()) + " and " + Fields.lineOf(key) + ": keep one");
                }
            } else {
                problems.error(Fields.lineOf(tuple.getKeyNode()), "field names must be plain words");
            }
        }
        return fields;
    }

    private static List<Audience> readAudience(Fields f, Problems problems) {
        List<Audience> audience = new ArrayList<>();
        List<String> ids = f.textOrList("audience");
        for (String id : ids) {
            Audience.fromId(id).ifPresentOrElse(audience::add, () -> problems.error(f.line("audience"),
                    "unknown audience '" + id + "' (allowed: " + Audience.allIds() + ")"));
        }
        if (f.has("audience") && ids.isEmpty()) problems.error(f.line("audience"), "audience is empty");
        return audience;
    }

    private void checkSms(String sms, String slug, int line, Problems problems) {
        String expanded = SmsText.expand(sms, publicUrl, slug);
        if (expanded.length() > SmsText.MAX_LENGTH) {
            problems.error(line, "sms is " + expanded.length() + " characters with its link filled in; at most "
                    + SmsText.MAX_LENGTH + " (two Persian SMS segments)");
        }
    }

    private static void checkArabicLetters(String text, Problems problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf('ي') >= 0 || lines[i].indexOf('ك') >= 0) {
                problems.editorial(i + 1, "Arabic ي or ك: write Persian ی and ک");
            }
        }
    }

    /**
     * In the front matter a bidi control is an error: a title, summary or SMS is shown in result lists,
     * suggestions and text messages, far from any page an editor reads back. Found both as written and as a
     * YAML escape ("\u202E"), which no eye sees in the file either.
     */
    private static void checkBidiControls(String yaml, Map<String, NodeTuple> fields, Problems problems) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = BidiControls.indexIn(lines[i]);
            if (at < 0) continue;
            int line = i + FrontMatter.YAML_FIRST_LINE;
            problems.error(line, bidiMessage(fieldOnLine(fields, line), lines[i].charAt(at)));
        }
        for (Map.Entry<String, NodeTuple> field : fields.entrySet()) {
            for (ScalarNode scalar : scalars(field.getValue().getValueNode())) {
                int at = BidiControls.indexIn(scalar.getValue());
                if (at < 0 || writtenAsIs(lines, scalar)) continue;
                problems.error(Fields.lineOf(scalar),
                        bidiMessage("'" + field.getKey() + "' (written as an escape)", scalar.getValue().charAt(at)));
            }
        }
    }

    /**
     * In the body only editorial: the whole body is on the page an editor reviews, where a reordered sentence
     * shows, and a stray mark pasted from a word processor must not take an answer offline. Link addresses
     * holding one are refused by {@link LinkPolicy}, so a link never leads elsewhere than it reads.
     */
    private static void checkBidiControlsInBody(FrontMatter fm, Problems problems) {
        String[] lines = fm.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = BidiControls.indexIn(lines[i]);
            if (at >= 0) problems.editorial(fm.bodyLine() + i, bidiMessage("the body", lines[i].charAt(at)));
        }
    }

    /** The renderer turns a refused link into '#' without a word: the checker is where the editor hears why. */
    private static void checkLinks(FrontMatter fm, Problems problems) {
        for (MarkdownRenderer.BodyLink link : MARKDOWN.links(fm.body())) {
            String why = LinkPolicy.whyRefused(link.destination(), link.image());
            if (why != null) problems.editorial(fm.bodyLine() + link.line(), why);
        }
    }

    private static String bidiMessage(String where, char c) {
        return "invisible bidi control character " + BidiControls.describe(c) + " in " + where
                + ": it can make the text display differently from what it says; delete it";
    }

    /** The field a front-matter line belongs to: the last one whose name is on or above it. */
    private static String fieldOnLine(Map<String, NodeTuple> fields, int line) {
        String owner = "the front matter";
        int ownerLine = 0;
        for (Map.Entry<String, NodeTuple> field : fields.entrySet()) {
            int keyLine = Fields.lineOf(field.getValue().getKeyNode());
            if (keyLine <= line && keyLine > ownerLine) {
                owner = "'" + field.getKey() + "'";
                ownerLine = keyLine;
            }
        }
        return owner;
    }

    private static List<ScalarNode> scalars(Node node) {
        List<ScalarNode> out = new ArrayList<>();
        if (node instanceof ScalarNode scalar) {
            out.add(scalar);
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) out.addAll(scalars(item));
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                out.addAll(scalars(t.getKeyNode()));
                out.addAll(scalars(t.getValueNode()));
            }
        }
        return out;
    }

    /** Whether the scalar's own lines hold the character itself, already reported line by line. */
    private static boolean writtenAsIs(String[] lines, ScalarNode scalar) {
        int last = Math.min(scalar.getEndMark().getLine(), lines.length - 1);
        for (int i = scalar.getStartMark().getLine(); i <= last; i++) {
            if (BidiControls.in(lines[i])) return true;
        }
        return false;
    }

    private static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Collects the problems of one file. */
    static final class Problems {
        private final Path path;
        private final List<Problem> list = new ArrayList<>();

        Problems(Path path) { this.path = path; }

        void error(int line, String message) { list.add(Problem.error(path, line, message)); }

        void editorial(int line, String message) { list.add(Problem.editorial(path, line, message)); }

        boolean hasErrors() { return list.stream().anyMatch(Problem::isError); }

        ParseResult result(Article article) { return new ParseResult(Optional.ofNullable(article), list); }
    }
}
