package pasokh.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.testing.ArticleText;
import pasokh.testing.ScratchKnowledgeBase;

class ArticleIndexTest {

    @TempDir
    Path dir;

    @Test
    void theIndexIsRebuiltOnlyWhenArticlesOrConfigChange() throws Exception {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "one", "مستمری بازنشستگی", "خلاصه", ArticleText.questions("مستمری"), "متن");
        String fingerprint;
        try (Portal p = Portal.start(kb.paths())) {
            fingerprint = Fingerprint.of(p.articles().published(), kb.config());
        }

        try (Portal p = Portal.start(kb.paths())) {
            assertEquals(fingerprint, Fingerprint.of(p.articles().published(), kb.config()));
            assertEquals(1, p.search().search(new SearchQuery("مستمری", Optional.empty(), 1, 10)).total(), "reused index still answers");
        }

        kb.article("retirement", "two", "مستمری بازماندگان", "خلاصه", ArticleText.questions("بازماندگان"), "متن");
        try (Portal p = Portal.start(kb.paths())) {
            assertFalse(fingerprint.equals(Fingerprint.of(p.articles().published(), kb.config())));
            assertEquals(2, p.search().search(new SearchQuery("مستمری", Optional.empty(), 1, 10)).total(), "new article is found after restart");
        }
        Files.writeString(kb.config().resolve("synonyms.txt"), "# changed\n");
        try (Portal p = Portal.start(kb.paths())) {
            assertFalse(fingerprint.equals(Fingerprint.of(p.articles().published(), kb.config())), "config is part of the fingerprint");
        }
    }

    @Test
    void syncReportsWhetherItRebuilt() throws Exception {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "one", "مستمری بازنشستگی", "خلاصه", ArticleText.questions("مستمری"), "متن");
        try (Portal p = Portal.start(kb.paths());
             ArticleIndex index = ArticleIndex.open(dir.resolve("second-index"), new org.apache.lucene.analysis.fa.PersianAnalyzer(), p.markdown())) {
            String fp = Fingerprint.of(p.articles().published(), kb.config());
            assertTrue(index.sync(p.articles().published(), fp), "first sync builds");
            assertFalse(index.sync(p.articles().published(), fp), "same fingerprint: nothing to do");
            assertTrue(index.sync(p.articles().published(), fp + "x"), "different fingerprint: rebuild");
        }
    }
}
