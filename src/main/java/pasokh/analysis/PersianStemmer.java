package pasokh.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A light, corpus-aware stemmer for folded Persian tokens.
 *
 * <p>Two kinds of rules. <em>Sure</em> rules always apply: the plural/possessive «ها» family, «ترین»,
 * and a final silent «ه» (so «بیمه», colloquial «بیمم» and «بیمه‌ام» meet). <em>Ambiguous</em> rules — «ان»,
 * «ات», «گان», «ی», possessive «م/ت/ش», spoken «مو/شو/تو» — apply only when what remains is a stem the
 * knowledge base itself uses (whether or not the longer form occurs too): «کارگران» becomes «کارگر» because articles
 * say «کارگر», while «سازمان» and «درمان» stay whole because nothing says «سازم» or «درم». Editors' protected words
 * are never touched.
 */
public final class PersianStemmer {

    private static final List<String> SURE_SUFFIXES = List.of(
            "هایشان", "هایتان", "هایمان", "هایش", "هایت", "هایم", "هایی", "های", "ها", "ترین");
    /** Longest first; each with what replaces it. */
    private static final List<Map.Entry<String, String>> AMBIGUOUS_SUFFIXES = List.of(
            // spoken possessive + object marker: «کارگاهمونو» (کارگاه ما را), «حقوقشونو», «بیمه‌امو»
            Map.entry("مونو", ""),
            Map.entry("تونو", ""),
            Map.entry("شونو", ""),
            Map.entry("مون", ""),
            Map.entry("تون", ""),
            Map.entry("شون", ""),
            Map.entry("امو", ""),
            Map.entry("گان", "ه"),
            Map.entry("یان", ""),
            Map.entry("مان", ""),
            Map.entry("تان", ""),
            Map.entry("شان", ""),
            Map.entry("مو", ""),
            Map.entry("شو", ""),
            Map.entry("تو", ""),
            Map.entry("ان", ""),
            Map.entry("ات", ""),
            Map.entry("ام", ""),
            Map.entry("اش", ""),
            Map.entry("یی", ""),
            Map.entry("ای", ""),
            Map.entry("ی", ""),
            Map.entry("م", ""),
            Map.entry("ت", ""),
            Map.entry("ش", ""));
    private static final int MIN_STEM = 2;
    private static final int MIN_STEM_FOR_SILENT_H = 3;

    private final Set<String> protectedWords;
    private final Predicate<String> knownStem;

    /**
     * @param knownStem whether a sure-rule stem occurs in the knowledge base; {@code s -> false} disables the
     *                  ambiguous rules (as while the vocabulary itself is being collected)
     */
    public PersianStemmer(Set<String> protectedWords, Predicate<String> knownStem) {
        this.protectedWords = protectedWords;
        this.knownStem = knownStem;
    }

    public String stem(String token) {
        if (protectedWords.contains(token)) return token;
        for (String suffix : SURE_SUFFIXES) {
            if (token.length() - suffix.length() >= MIN_STEM && token.endsWith(suffix)) {
                String known = known(token.substring(0, token.length() - suffix.length()));
                if (known != null) return known;
                break;
            }
        }
        for (Map.Entry<String, String> rule : AMBIGUOUS_SUFFIXES) {
            String suffix = rule.getKey();
            if (token.length() - suffix.length() >= MIN_STEM && token.endsWith(suffix)) {
                String known = known(token.substring(0, token.length() - suffix.length()) + rule.getValue());
                if (known != null) return known;
            }
        }
        return sureStem(token);
    }

    /**
     * What a base left by a suffix rule stands for, if the knowledge base knows it: the base itself, or the
     * base with the silent «ه» that spoken forms drop before a suffix («بیمش» = بیمه + ش, «کارگاها» =
     * کارگاه + ها). Null when neither is known.
     */
    private String known(String base) {
        if (base.length() < MIN_STEM) return null;
        for (String candidate : new String[] {base, base + "ه"}) {
            if (protectedWords.contains(candidate)) return candidate;
            String stem = sureStem(candidate);
            if (stem.length() >= MIN_STEM && knownStem.test(stem)) return stem;
        }
        return null;
    }

    /**
     * The stems the ambiguous rules could leave of this token, each with the suffix that was removed: the
     * vocabulary uses them to learn stems no article writes bare (two forms «کارگران», «کارگری» point to
     * «کارگر»).
     */
    public List<Map.Entry<String, String>> candidateStems(String token) {
        if (protectedWords.contains(token)) return List.of();
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Map.Entry<String, String> rule : AMBIGUOUS_SUFFIXES) {
            String suffix = rule.getKey();
            if (token.length() - suffix.length() >= MIN_STEM && token.endsWith(suffix)) {
                String candidate = sureStem(token.substring(0, token.length() - suffix.length()) + rule.getValue());
                if (candidate.length() >= MIN_STEM) out.add(Map.entry(suffix, candidate));
            }
        }
        return out;
    }

    /** Only the rules that never need the vocabulary. */
    public String sureStem(String token) {
        if (protectedWords.contains(token)) return token;
        String t = token;
        for (String suffix : SURE_SUFFIXES) {
            if (t.length() - suffix.length() >= MIN_STEM && t.endsWith(suffix)) {
                t = t.substring(0, t.length() - suffix.length());
                break;
            }
        }
        if (t.length() > MIN_STEM_FOR_SILENT_H && t.endsWith("ه") && !protectedWords.contains(t)) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
