package pasokh.questions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import pasokh.analysis.PersianAnalysis;

/**
 * A question read by the chain the articles are indexed with: spoken forms, Arabic letters, missing
 * half-spaces and affixes come out as the articles' terms, so that «بيمه بيكاري ميخوام» and «بیمه بیکاری
 * می‌خواهم» are one text. Not the query reader: it splits words the articles do not know into ones they do
 * («یارانه» into «یا را نه»), which helps a search find something but would merge unrelated questions here.
 * Stopwords, lone letters and placeholders carry no topic and are left out.
 */
public record QuestionText(String normal, List<String> terms) {

    /**
     * The analysed form a wording is stored under when it is imported (scrubbed, on one line, then read): what
     * an article's question is compared with, to tell whether callers' wording is already among them.
     */
    public static String normalOf(PersianAnalysis analysis, String wording) {
        return read(analysis, RowChecker.oneLine(PersonalData.scrub(wording))).normal();
    }

    /** Whether scrubbing put a placeholder (‹موبایل›, ‹شماره›…) in the text: no wording to show readers. */
    public static boolean hasPlaceholder(String scrubbed) {
        return scrubbed.indexOf('‹') >= 0;
    }

    static QuestionText read(PersianAnalysis analysis, String scrubbed) {
        List<String> terms = new ArrayList<>();
        for (String term : analysis.indexTerms(scrubbed.replaceAll("‹[^›]*›", " "))) {
            if (term.length() < 2 || analysis.isStopword(term)) continue;
            if (terms.isEmpty() || !terms.getLast().equals(term)) terms.add(term);
        }
        return new QuestionText(String.join(" ", terms), terms);
    }

    /** The MinHash signature of {@link #shingles}, as stored beside the text for grouping. */
    byte[] signature() {
        return MinHash.toBytes(MinHash.of(shingles()));
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Single terms and neighbouring pairs: word order counts a little, the words themselves most. */
    Set<String> shingles() {
        Set<String> out = new LinkedHashSet<>(terms);
        for (int i = 0; i + 1 < terms.size(); i++) out.add(terms.get(i) + " " + terms.get(i + 1));
        return out;
    }
}
