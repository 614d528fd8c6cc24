package pasokh.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import pasokh.article.Article;
import pasokh.article.ArticleParser;
import pasokh.article.Audience;
import pasokh.article.JalaliDate;
import pasokh.article.PersianDigits;
import pasokh.article.SmsText;

/**
 * Makes one variant of a shipped article: the same category, audience, legal basis and sources; a title,
 * summary and questions reworded around a place, an occupation or a year; a body recombined from the
 * source's sections and those of other articles of its category, with generated sentences in between.
 * Every rule the portal checks is kept: summary and SMS lengths, at least six questions that no other
 * article has, dates in order, links only to articles that exist.
 */
final class VariantBuilder {

    private static final String TOPIC = "\u0000";
    private static final String SMS_TAIL = " توضیح کامل: " + SmsText.PLACEHOLDER;
    private static final String RELATED_HEADING = "## مطالب مرتبط";

    private final SyntheticLexicon lexicon;
    private final PatternFiller filler;
    private final SplittableRandom random;
    private final QuestionRegistry questions;
    private final String publicUrl;
    private long fallbackSerial;

    /** @param publicUrl the address SMS links are filled with when their length is checked */
    VariantBuilder(SyntheticLexicon lexicon, PatternFiller filler, QuestionRegistry questions, String publicUrl) {
        this.lexicon = lexicon;
        this.filler = filler;
        this.random = filler.random();
        this.questions = questions;
        this.publicUrl = publicUrl;
    }

    /**
     * @param number   the variant's answer number, one no other article has
     * @param peers    the shipped articles of the source's category, whose sections may be borrowed
     * @param slugs    every slug written so far, the only link targets allowed
     * @param previous the last variant made of the same source, linked from this one
     */
    Draft build(Article source, String slug, int number, List<Article> peers, Set<String> slugs,
                Optional<Draft> previous) {
        JalaliDate updated = randomDate();
        JalaliDate reviewBy = JalaliDate.of(updated.toLocalDate().plusDays(120 + random.nextInt(420)));
        return new Draft(
                slug,
                source.category(),
                number,
                filler.fill(filler.pick(lexicon.titleForms()), source.title()),
                source.audience().stream().map(Audience::id).toList(),
                fitted(filler.pick(lexicon.summaryForms()), source.summary(), ArticleParser.SUMMARY_MAX_LENGTH),
                sms(source, slug),
                questions(source, peers),
                source.legal(),
                source.sources(),
                updated,
                reviewBy,
                keyPoints(source),
                tags(source),
                body(source, peers, slugs, previous));
    }

    private JalaliDate randomDate() {
        int year = 1403 + random.nextInt(3);
        int month = 1 + random.nextInt(year == 1405 ? 9 : 12);
        return new JalaliDate(year, month, 1 + random.nextInt(JalaliDate.monthLength(year, month)));
    }

    /** A pattern around a text, the text shortened at a word so the whole stays within {@code max}. */
    private String fitted(String pattern, String topic, int max) {
        String frame = filler.fill(pattern, TOPIC);
        int budget = max - (frame.length() - TOPIC.length());
        if (budget < 40) return fit(topic, max);
        return frame.replace(TOPIC, fit(topic, budget));
    }

    /**
     * The text cut to at most {@code max} characters: after its last whole sentence (ending in . or ؛), or
     * else clause (،), when that keeps at least half of it; else at a word, with an ellipsis.
     */
    static String fit(String text, int max) {
        if (text.length() <= max) return text;
        for (String ends : new String[] {".؛", "،"}) {
            for (int i = max - 2; i >= max / 2; i--) {
                if (ends.indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == ' ') {
                    return text.substring(0, i).strip() + ".";
                }
            }
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut <= 0) cut = max - 1;
        return text.substring(0, cut).strip() + "…";
    }

    /** The source's SMS when it still fits with the variant's longer link; else its gist, shortened. */
    private String sms(Article source, String slug) {
        Optional<String> own = source.sms().filter(s -> s.contains(SmsText.PLACEHOLDER));
        if (own.isPresent() && SmsText.expand(own.get(), publicUrl, slug).length() <= SmsText.MAX_LENGTH) {
            return own.get();
        }
        String gist = own.map(s -> s.replace(SmsText.PLACEHOLDER, "").replace("توضیح کامل:", "").strip())
                .orElse(source.title());
        int budget = SmsText.MAX_LENGTH - SmsText.expand(SMS_TAIL, publicUrl, slug).length();
        return fit(gist, budget) + SMS_TAIL;
    }

    private List<String> questions(Article source, List<Article> peers) {
        List<String> pool = shuffled(source.questions());
        for (Article peer : peers) {
            if (pool.size() >= ArticleParser.MIN_QUESTIONS) break;
            pool.addAll(peer.questions());
        }
        int wanted = Math.max(ArticleParser.MIN_QUESTIONS, Math.min(pool.size(), 6 + random.nextInt(5)));
        List<String> made = new ArrayList<>();
        for (int i = 0; made.size() < wanted; i++) {
            made.add(reworded(pool.get(i % pool.size())));
        }
        return made;
    }

    /** The question asked about a place, an occupation or a case; claimed so no other article gets it. */
    private String reworded(String question) {
        String base = question.strip().replaceAll("[؟?.!]+$", "").strip();
        for (int attempt = 0; attempt < 8; attempt++) {
            String candidate = filler.fill(filler.pick(lexicon.questionForms()), base);
            if (questions.claim(candidate)) return candidate;
        }
        while (true) {
            String candidate = base + " (پرسش " + PersianDigits.of(++fallbackSerial) + ")؟";
            if (questions.claim(candidate)) return candidate;
        }
    }

    private List<String> keyPoints(Article source) {
        List<String> points = new ArrayList<>();
        for (String point : source.keyPoints()) {
            if (points.isEmpty() || random.nextInt(10) < 7) points.add(point);
        }
        points.add(filler.sentence());
        return points;
    }

    private List<String> tags(Article source) {
        List<String> tags = new ArrayList<>(source.tags());
        String extra = random.nextBoolean() ? filler.pick(lexicon.cities()) : filler.pick(lexicon.jobs());
        if (!tags.contains(extra)) tags.add(extra);
        return tags;
    }

    private String body(Article source, List<Article> peers, Set<String> slugs, Optional<Draft> previous) {
        MarkdownSections own = MarkdownSections.of(source.body());
        List<String> blocks = new ArrayList<>();
        blocks.add(filler.sentence() + " " + filler.sentence());
        for (String block : own.intro()) adapt(block, slugs, blocks);
        Set<String> headings = new HashSet<>();
        List<String> related = new ArrayList<>();
        for (MarkdownSections.Section section : own.sections()) {
            if (section.isRelatedLinks()) {
                related.addAll(section.blocks());
                continue;
            }
            addSection(section, slugs, headings, blocks);
            if (random.nextInt(10) < 3) borrowSection(source, peers, slugs, headings, blocks);
        }
        blocks.add(RELATED_HEADING);
        for (String block : related) blocks.add(MarkdownSections.keepLinksTo(slugs, block));
        List<String> links = new ArrayList<>();
        links.add(link(source.title(), source.slug()));
        previous.ifPresent(p -> links.add(link(p.title(), p.slug())));
        blocks.add(String.join("\n", links));
        blocks.add(filler.sentence());
        return String.join("\n\n", blocks);
    }

    private void addSection(MarkdownSections.Section section, Set<String> slugs, Set<String> headings,
            List<String> blocks) {
        headings.add(section.heading());
        blocks.add(section.heading());
        for (String block : section.blocks()) adapt(block, slugs, blocks);
    }

    /** A section of another article of the category, as editors copy a shared explanation. */
    private void borrowSection(Article source, List<Article> peers, Set<String> slugs, Set<String> headings,
            List<String> blocks) {
        Article peer = filler.pick(peers);
        if (peer.slug().equals(source.slug())) return;
        List<MarkdownSections.Section> candidates = MarkdownSections.of(peer.body()).sections().stream()
                .filter(s -> !s.isRelatedLinks() && !headings.contains(s.heading()))
                .toList();
        if (!candidates.isEmpty()) addSection(filler.pick(candidates), slugs, headings, blocks);
    }

    /** A block as it was, dead links unlinked, prose sometimes followed by a generated sentence. */
    private void adapt(String block, Set<String> slugs, List<String> blocks) {
        String kept = MarkdownSections.keepLinksTo(slugs, block);
        if (MarkdownSections.isParagraph(kept) && random.nextBoolean()) kept = kept + " " + filler.sentence();
        blocks.add(kept);
        if (random.nextInt(10) < 3) blocks.add(filler.sentence());
    }

    private static String link(String title, String slug) {
        return "- [" + title.replace("[", "«").replace("]", "»") + "](" + Article.urlOf(slug) + ")";
    }

    private List<String> shuffled(List<String> items) {
        List<String> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            copy.set(j, copy.set(i, copy.get(j)));
        }
        return copy;
    }
}
