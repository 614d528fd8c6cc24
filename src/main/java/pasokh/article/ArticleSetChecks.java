package pasokh.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/** Rules that need the whole knowledge base: unique slugs, questions and numbers, links that resolve. */
final class ArticleSetChecks {

    private ArticleSetChecks() {}

    static ArticleSet check(List<Article> candidates, List<Problem> problems, RequiredTopics required) {
        List<Article> articles = new ArrayList<>();
        Map<String, Article> bySlug = new HashMap<>();
        for (Article a : candidates) {
            Article first = bySlug.putIfAbsent(a.slug(), a);
            if (first != null) {
                problems.add(Problem.error(a.source(), 1,
                        "duplicate slug '" + a.slug() + "': also used by " + first.source()));
            } else {
                articles.add(a);
            }
        }
        Map<String, Article> questionOwner = new HashMap<>();
        for (Article a : articles) {
            Set<String> own = new HashSet<>();
            for (String q : a.questions()) {
                String key = questionKey(q);
                if (!own.add(key)) {
                    problems.add(listedTwice(a, q));
                    continue;
                }
                Article other = questionOwner.putIfAbsent(key, a);
                if (other != null) problems.add(alsoIn(a, q, other));
            }
        }
        Map<Integer, Article> numberOwner = new HashMap<>();
        for (Article a : articles) {
            if (a.number().isEmpty()) continue;
            Article other = numberOwner.putIfAbsent(a.number().getAsInt(), a);
            if (other != null) {
                problems.add(Problem.editorial(a.source(), FieldLine.of(a, "number"), "number " + a.number().getAsInt()
                        + " is also used by " + other.source() + ": each article has its own number, never reused"));
            }
        }
        for (Article a : articles) {
            // most bodies link to no article: only those that do are split into lines
            if (!a.body().contains(LINK_START)) continue;
            String[] lines = a.body().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = Article.INTERNAL_LINK.matcher(lines[i]);
                while (m.find()) {
                    String target = m.group(1);
                    if (!bySlug.containsKey(target)) {
                        problems.add(Problem.editorial(a.source(), a.bodyLine() + i,
                                "link to /articles/" + target + " leads nowhere: no article has that slug"));
                    }
                }
            }
        }
        for (RequiredTopics.Topic topic : required.topics()) {
            Article a = bySlug.get(topic.slug());
            if (a == null) {
                problems.add(Problem.editorial(required.file(), topic.line(), "topic '" + topic.slug()
                        + "' has no article: write articles/" + topic.category() + "/" + topic.slug() + ".md"));
            } else if (!a.category().equals(topic.category())) {
                problems.add(Problem.editorial(a.source(), 1, "topic '" + topic.slug() + "' belongs in category '"
                        + topic.category() + "' (" + required.file() + ":" + topic.line() + ")"));
            }
        }
        return new ArticleSet(articles, problems);
    }

    /**
     * The question rules for one article not yet in the set (an editor's draft): its own repeats, and questions
     * another article of the set already has.
     */
    static List<Problem> questionClashes(Article candidate, List<Article> others) {
        Map<String, Article> owners = new HashMap<>();
        for (Article o : others) {
            if (o.slug().equals(candidate.slug())) continue;
            for (String q : o.questions()) owners.putIfAbsent(questionKey(q), o);
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> own = new HashSet<>();
        for (String q : candidate.questions()) {
            String key = questionKey(q);
            if (!own.add(key)) problems.add(listedTwice(candidate, q));
            else if (owners.containsKey(key)) problems.add(alsoIn(candidate, q, owners.get(key)));
        }
        return problems;
    }

    /** Another article of {@code others} (not the candidate's namesake) that has the candidate's number. */
    static Optional<Article> numberOwner(Article candidate, List<Article> others) {
        if (candidate.number().isEmpty()) return Optional.empty();
        return others.stream().filter(o -> !o.slug().equals(candidate.slug()) && o.number().equals(candidate.number()))
                .findFirst();
    }

    private static Problem listedTwice(Article a, String question) {
        return Problem.editorial(a.source(), 1, "question «" + question + "» is listed twice");
    }

    private static Problem alsoIn(Article a, String question, Article other) {
        return Problem.editorial(a.source(), 1, "question «" + question + "» is also in " + other.source()
                + ": each question belongs to one article");
    }

    private static final String LINK_START = "/articles/";
    private static final String IGNORED_IN_QUESTIONS = "؟?!.،";

    /**
     * Questions count as the same when they differ only in spacing, Arabic letters or a question mark. One
     * pass over the characters: it runs for every question of every article at each change.
     */
    private static String questionKey(String question) {
        StringBuilder sb = new StringBuilder(question.length());
        boolean space = false;
        for (int i = 0; i < question.length(); i++) {
            char c = question.charAt(i);
            if (c == 'ي') c = 'ی';
            else if (c == 'ك') c = 'ک';
            if (IGNORED_IN_QUESTIONS.indexOf(c) >= 0) continue;
            if (c == '\u200c' || Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && !sb.isEmpty()) sb.append(' ');
            space = false;
            sb.append(c);
        }
        return sb.toString();
    }
}
