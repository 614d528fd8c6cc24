package pasokh.bench;

import java.util.List;
import java.util.SplittableRandom;
import pasokh.article.PersianDigits;

/**
 * Fills the {slot}s of a lexicon pattern with random picks: a city, an occupation, a synthetic word, a
 * year or an amount in Persian digits. All randomness comes from the one generator passed in, so the
 * same seed fills the same patterns the same way.
 */
final class PatternFiller {

    private final SyntheticLexicon lexicon;
    private final SyntheticWords words;
    private final SplittableRandom random;

    PatternFiller(SyntheticLexicon lexicon, SyntheticWords words, SplittableRandom random) {
        this.lexicon = lexicon;
        this.words = words;
        this.random = random;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    SplittableRandom random() {
        return random;
    }

    /** A sentence of the lexicon with its slots filled. */
    String sentence() {
        return fill(pick(lexicon.sentences()), "");
    }

    /** Fills every slot; {@code {topic}} and {@code {q}} become {@code topic}. */
    String fill(String pattern, String topic) {
        StringBuilder out = new StringBuilder(pattern.length() + 64);
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (close < 0) {
                out.append(pattern, i, pattern.length());
                break;
            }
            out.append(pattern, i, open);
            out.append(slot(pattern.substring(open + 1, close), topic));
            i = close + 1;
        }
        return out.toString();
    }

    private String slot(String name, String topic) {
        return switch (name) {
            case "city" -> pick(lexicon.cities());
            case "province" -> pick(lexicon.provinces());
            case "job" -> pick(lexicon.jobs());
            case "org" -> pick(lexicon.organisations());
            case "word" -> words.draw(random);
            case "year" -> PersianDigits.of(1385 + random.nextInt(21));
            case "count" -> PersianDigits.of(2 + random.nextInt(399));
            case "amount" -> amount();
            case "topic", "q" -> topic;
            default -> throw new IllegalStateException(SyntheticLexicon.RESOURCE + ": unknown slot {" + name + "}");
        };
    }

    /** A rial amount as articles print them: ۱۲٬۳۴۵٬۰۰۰, grouped with the Persian thousands separator. */
    private String amount() {
        long rials = (1 + random.nextInt(9_999)) * 1_000L * (random.nextBoolean() ? 1 : 10);
        String digits = Long.toString(rials);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) grouped.append('٬');
            grouped.append(digits.charAt(i));
        }
        return PersianDigits.of(grouped.toString());
    }
}
