package pasokh.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article body cut where a reader would cut it: an introduction, then {@code ## } sections, each a
 * list of blocks (paragraphs, lists, tables) separated by blank lines. Variants are put together from
 * these pieces of several articles.
 */
record MarkdownSections(List<String> intro, List<Section> sections) {

    /** A {@code ## heading} and the blocks under it. */
    record Section(String heading, List<String> blocks) {

        /** The closing list of links to other articles, which belongs at the end of a body. */
        boolean isRelatedLinks() {
            return heading.contains("مرتبط");
        }
    }

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n+");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(\\s*/articles/([^)\\s#?]*)[^)]*\\)");

    static MarkdownSections of(String body) {
        List<String> intro = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<String> current = intro;
        for (String block : BLANK_LINES.split(body.strip())) {
            if (block.isBlank()) continue;
            if (block.startsWith("## ") && !block.contains("\n")) {
                current = new ArrayList<>();
                sections.add(new Section(block, current));
            } else {
                current.add(block);
            }
        }
        return new MarkdownSections(List.copyOf(intro), sections.stream()
                .map(s -> new Section(s.heading(), List.copyOf(s.blocks()))).toList());
    }

    /** Plain prose, where a generated sentence can be added without breaking a list or a table. */
    static boolean isParagraph(String block) {
        char first = block.charAt(0);
        return first != '|' && first != '-' && first != '*' && first != '#' && first != '>'
                && !Character.isDigit(first) && !block.contains("\n");
    }

    /** Links to articles that do not exist become their plain label, so a variant has no dead links. */
    static String keepLinksTo(Set<String> slugs, String block) {
        Matcher m = LINK.matcher(block);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = slugs.contains(m.group(2)) ? m.group() : m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
