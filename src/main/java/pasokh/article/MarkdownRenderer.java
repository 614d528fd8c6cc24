package pasokh.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Article Markdown to HTML that is safe to serve: raw HTML in the Markdown is shown as text, only
 * {@link LinkPolicy allowed} links survive, headings get ids so agents can link to a section.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final Parser linkParser;
    private final HtmlRenderer htmlRenderer;

    public MarkdownRenderer() {
        List<Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        // spans cost time and memory on every parse: only the checker, which reports lines, asks for them
        this.linkParser = Parser.builder().extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        this.htmlRenderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new LinkPolicy())
                .attributeProviderFactory(context -> new Attributes())
                .build();
    }

    /** Persian editors number steps «۱. …»; CommonMark only knows ASCII digits, so those would run together. */
    private static final Pattern PERSIAN_LIST_ITEM = Pattern.compile("(?m)^(\\s{0,3})([۰-۹]{1,9})([.)]) ");

    /** A link or image the body's Markdown makes, with the line of the body (from 0) it is written on. */
    record BodyLink(String destination, boolean image, int line) {}

    /** Every link and image as the renderer will see it: reference-style, autolinked and angle-bracketed too. */
    List<BodyLink> links(String markdown) {
        List<BodyLink> links = new ArrayList<>();
        linkParser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(new BodyLink(link.getDestination(), false, lineOf(link)));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                links.add(new BodyLink(image.getDestination(), true, lineOf(image)));
                visitChildren(image);
            }
        });
        return links;
    }

    /** Links the autolink extension adds carry no source span of their own: their paragraph's is used. */
    private static int lineOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.getSourceSpans().isEmpty()) return n.getSourceSpans().getFirst().getLineIndex();
        }
        return 0;
    }

    public SafeHtml toHtml(String markdown) {
        return new SafeHtml(htmlRenderer.render(parse(markdown)));
    }

    private Node parse(String markdown) {
        Matcher m = PERSIAN_LIST_ITEM.matcher(markdown);
        StringBuilder sb = new StringBuilder(markdown.length());
        while (m.find()) {
            m.appendReplacement(sb,
                    Matcher.quoteReplacement(m.group(1) + PersianDigits.toLatin(m.group(2)) + m.group(3) + " "));
        }
        m.appendTail(sb);
        return parser.parse(sb.toString());
    }

    /**
     * The words a reader sees, without Markdown syntax or link addresses: what the search index and
     * snippets use. Blocks end with a line break so sentences of different paragraphs never run together.
     */
    public String toPlainText(String markdown) {
        StringBuilder sb = new StringBuilder(markdown.length());
        parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            /** Links to other articles carry their titles: words about another answer, not this one. */
            @Override
            public void visit(Link link) {
                if (!LinkPolicy.isArticleLink(link.getDestination())) visitChildren(link);
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                sb.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                sb.append('\n');
            }

            @Override
            public void visit(Paragraph paragraph) {
                block(paragraph);
            }

            @Override
            public void visit(Heading heading) {
                block(heading);
            }

            @Override
            public void visit(ListItem item) {
                block(item);
            }

            @Override
            public void visit(CustomNode node) {
                visitChildren(node);
                sb.append(' '); // table cells
            }

            @Override
            public void visit(CustomBlock block) {
                block(block);
            }

            private void block(Node node) {
                visitChildren(node);
                if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '\n') sb.append('\n');
            }
        });
        return sb.toString().strip();
    }

    /** Heading ids and link attributes. A new one per render, so heading ids are unique per page. */
    private static final class Attributes implements AttributeProvider {
        private final Map<String, Integer> usedIds = new HashMap<>();

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading heading) {
                attributes.put("id", uniqueId(headingText(heading)));
            } else if (node instanceof Link link) {
                if (LinkPolicy.classify(link.getDestination()) != LinkPolicy.Target.SITE) {
                    attributes.put("rel", "noopener noreferrer nofollow");
                } else {
                    attributes.remove("rel"); // our own pages: no nofollow
                }
            }
        }

        private String uniqueId(String text) {
            String base = text.strip().replaceAll("[\\s\\u200c]+", "-").replaceAll("[^\\p{L}\\p{N}-]", "");
            if (base.isEmpty()) base = "section";
            int n = usedIds.merge(base, 1, Integer::sum);
            return n == 1 ? base : base + "-" + n;
        }

        private static String headingText(Heading heading) {
            StringBuilder sb = new StringBuilder();
            heading.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    sb.append(text.getLiteral());
                }
            });
            return sb.toString();
        }
    }
}
