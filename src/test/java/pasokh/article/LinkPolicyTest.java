package pasokh.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pasokh.article.LinkPolicy.Target;

class LinkPolicyTest {

    private static void assertTarget(Target expected, String... urls) {
        for (String url : urls) assertEquals(expected, LinkPolicy.classify(url), url);
    }

    @Test
    void pathsQueriesAndFragmentsAreOurs() {
        assertTarget(Target.SITE, "/articles/pension-calculation", "/static/logo.png", "#مدارک", "?q=بیمه",
                "pension-calculation", "/articles/a\\b");
    }

    @Test
    void allowedSchemesAndDoubleSlashesLeadElsewhere() {
        assertTarget(Target.EXTERNAL, "https://www.tamin.ir/", "HTTP://example.com", "mailto:info@tamin.ir",
                "//evil.example", "///evil.example", " //evil.example", "https:\\\\evil.example");
    }

    @Test
    void aBackslashAmongTheLeadingSlashesIsRefused() {
        // browsers read '\' as '/' in http(s) links: each of these opens evil.example, though most look like paths
        assertTarget(Target.REFUSED, "/\\evil.example", "\\\\evil.example", "/\\/evil.example", "\\/evil.example",
                "//\\evil.example", "/\t\\evil.example", "/\\articles/pension-calculation");
    }

    @Test
    void otherSchemesAndBidiControlsAreRefused() {
        assertTarget(Target.REFUSED, "javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,x", "tel:1420",
                "https://www.tamin.ir/\u202Eexe.evil", null);
    }

    @Test
    void onlyOurOwnArticlePagesAreArticleLinks() {
        assertTrue(LinkPolicy.isArticleLink("/articles/pension-calculation"));
        assertFalse(LinkPolicy.isArticleLink("/\\articles/pension-calculation"));
        assertFalse(LinkPolicy.isArticleLink("//articles/pension-calculation"));
        assertFalse(LinkPolicy.isArticleLink("https://evil.example/articles/pension-calculation"));
        assertFalse(LinkPolicy.isArticleLink(null));
    }

    @Test
    void theCheckerSaysWhyALinkIsDropped() {
        assertTrue(LinkPolicy.whyRefused("/\\evil.example", false).contains("browsers read '\\' as '/'"));
        assertTrue(LinkPolicy.whyRefused("javascript:alert(1)", false).contains("only http, https, mailto"));
        assertTrue(LinkPolicy.whyRefused("https://tracker.example/p.gif", true).contains("only images on this site"));
        assertEquals(null, LinkPolicy.whyRefused("//evil.example", false), "an honest link elsewhere is kept");
        assertEquals(null, LinkPolicy.whyRefused("/articles/x", false));
    }
}
