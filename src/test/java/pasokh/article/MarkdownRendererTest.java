package pasokh.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String html(String markdown) {
        return renderer.toHtml(markdown).html();
    }

    @Test
    void rawHtmlIsShownAsTextNotRun() {
        String html = html("سلام <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "<iframe src=\"https://evil.example\"></iframe>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<iframe"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void dangerousLinkSchemesAreNeutralised() {
        for (String target : new String[] {"javascript:alert(1)", "JaVaScRiPt:alert(1)",
                "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "java&#x09;script:alert(1)",
                "file:///etc/passwd", "https://www.tamin.ir/\u202Eexe.evil"}) {
            String html = html("[کلیک](" + target + ")");
            assertTrue(html.contains("href=\"#\""), target + " -> " + html);
        }
        String image = html("![x](javascript:alert(1))");
        assertFalse(image.contains("javascript"), image);
        assertTrue(html("![x](https://tracker.example/p.gif)").contains("src=\"#\""),
                "only our own images (the CSP allows no other)");
        assertTrue(html("![x](/static/logo.png)").contains("src=\"/static/logo.png\""));
        assertFalse(html("[مرتبط](/articles/x)").contains("nofollow"), "our own pages are followed");
    }

    @Test
    void slashesMixedWithBackslashesAreNotOurPages() {
        // Markdown keeps '\e' as written, turns '\\' into one backslash and '\/' into '/'
        assertTrue(html("[x](/\\evil.example)").contains("href=\"#\""), html("[x](/\\evil.example)"));
        assertTrue(html("[x](\\\\\\\\evil.example)").contains("href=\"#\""), html("[x](\\\\\\\\evil.example)"));
        assertTrue(html("[x](\\\\evil.example)").contains("href=\"\\evil.example\""),
                "one backslash is one slash: a path of ours");
        String doubleSlash = html("[x](/\\/evil.example)");
        assertTrue(doubleSlash.contains("href=\"//evil.example\"") && doubleSlash.contains("nofollow"), doubleSlash);
        assertTrue(html("[x](//evil.example)").contains("nofollow"));
        assertTrue(html("![x](/\\evil.example/p.gif)").contains("src=\"#\""));
        assertTrue(renderer.toPlainText("[عنوان دیگر](/\\articles/x)").contains("عنوان دیگر"),
                "not an article link, so its words stay");
    }

    @Test
    void theCheckerSeesEveryLinkWithItsLine() {
        var links = renderer.links("متن\n\n[یک](/articles/a) و www.tamin.ir\n\n[دو][r]\n\n[r]: /\\evil.example\n");
        assertEquals(List.of(new MarkdownRenderer.BodyLink("/articles/a", false, 2),
                new MarkdownRenderer.BodyLink("http://www.tamin.ir", false, 2),
                new MarkdownRenderer.BodyLink("/\\evil.example", false, 4)), links);
    }

    @Test
    void ordinaryLinksSurvive() {
        assertTrue(html("[سایت](https://www.tamin.ir/)").contains("href=\"https://www.tamin.ir/\""));
        assertTrue(html("[ایمیل](mailto:info@tamin.ir)").contains("href=\"mailto:info@tamin.ir\""));
        assertTrue(html("[مرتبط](/articles/pension-calculation)").contains("href=\"/articles/pension-calculation\""));
        assertTrue(html("[خارجی](https://example.com)").contains("rel=\"noopener noreferrer nofollow\""));
    }

    @Test
    void headingsGetIdsAndTablesRender() {
        String html = html("## مدارک لازم\n\n## مدارک لازم\n\n| ستون | مقدار |\n|---|---|\n| الف | ۱ |\n");
        assertTrue(html.contains("<h2 id=\"مدارک-لازم\">"), html);
        assertTrue(html.contains("<h2 id=\"مدارک-لازم-2\">"), html);
        assertTrue(html.contains("<table>"), html);
    }

    @Test
    void stepsNumberedWithPersianDigitsBecomeAList() {
        String html = html("مراحل:\n\n۱. ورود به سامانه\n۲. ثبت درخواست\n۱۰. پیگیری");
        assertTrue(html.contains("<ol>") && html.contains("<li>ورود به سامانه</li>")
                && html.contains("<li>پیگیری</li>"), html);
    }

    @Test
    void plainTextDropsMarkdownSyntax() {
        String text = renderer.toPlainText("## عنوان\n\n**مهم:** [پیوند](https://x.ir) متن");
        assertFalse(text.contains("**"), text);
        assertFalse(text.contains("##"), text);
        assertTrue(text.contains("مهم:"), text);
        assertFalse(text.contains("https://x.ir"), "link addresses are not words readers see: " + text);
        assertTrue(text.contains("پیوند"), text);
        String table = renderer.toPlainText("| ستون | مقدار |\n|---|---|\n| الف | ۱ |\n\nپاراگراف یک.\n\nپاراگراف دو.");
        assertTrue(table.contains("الف") && table.contains("۱"), table);
        assertTrue(table.contains("یک.\nپاراگراف دو"), "paragraphs stay apart: " + table);
    }
}
