package pasokh.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlagTargetTest {

    @Test
    void theFourPartsAreReadAndShownInPersian() {
        assertEquals("کل مقاله", FlagTarget.parse("article").orElseThrow().persian());
        assertEquals("خلاصه", FlagTarget.parse(" summary ").orElseThrow().persian());
        FlagTarget point = FlagTarget.parse("key_point:2").orElseThrow();
        assertEquals("نکتهٔ کلیدی ۲", point.persian());
        assertEquals("key_point:2", point.id());
        FlagTarget paragraph = FlagTarget.parse("paragraph:۱۲").orElseThrow();
        assertEquals("paragraph:12", paragraph.id(), "Persian digits are read, Latin ones stored");
        assertEquals("بند ۱۲", paragraph.persian());
    }

    @Test
    void aPartWithoutItsNumberOrWithOneItCannotHaveIsNotATarget() {
        for (String wrong : List.of("", "body", "Article", "article:1", "summary:2", "key_point", "key_point:",
                "key_point:0", "paragraph:-1", "paragraph:1.5", "paragraph:12345", "paragraph: 3", "title")) {
            assertEquals(Optional.empty(), FlagTarget.parse(wrong), wrong);
        }
        assertEquals(Optional.empty(), FlagTarget.parse(null));
    }
}
