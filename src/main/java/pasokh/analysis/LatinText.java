package pasokh.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether text in Latin letters is worth reading as Persian. Finglish («bime bikari») and Persian typed on an
 * English layout («fdli fd;hvd») are. Code or markup («&lt;script&gt;», «' OR 1=1 --»), English («login error»)
 * and a letter or two («q=a») are not: read as Persian they make up a query nobody asked («hello» -> «حل او»).
 */
final class LatinText {

    /**
     * English means more than half of the words. A Finglish question carries its meaning in Persian words and
     * borrows an English word or two at most («download app tamin man» is half English), while an English
     * question keeps a clear majority even with a name in it («how to reset my tamin password»: 3 of 4).
     */
    private static final double ENGLISH_SHARE = 0.5;

    /** Shorter words say nothing either way: «to», «in», «do», «ba» are as often Persian as English. */
    private static final int MIN_LETTERS = 3;

    private static final int CI = Pattern.CASE_INSENSITIVE;

    private static final List<Pattern> CODE_SHAPES = List.of(
            // HTML or XML: a tag or closing tag, a comment or declaration (<!--, <?xml, <%), an entity
            Pattern.compile("</?[a-z][a-z0-9-]*(?:[\\s/>]|$)|<[!?%]|&(?:lt|gt|amp|quot|apos|nbsp|#\\d+|#x[0-9a-f]+);",
                    CI),
            // an event handler attribute or an address that runs script: onerror=, javascript:, data:text/html
            Pattern.compile("\\bon[a-z]{3,}\\s*=|\\b(?:javascript|vbscript):|\\bdata:[a-z]+/", CI),
            // script: alert(1), document.cookie, console.log(x), f(), x => y
            Pattern.compile("\\b(?:alert|prompt|confirm|eval|fetch|atob|settimeout|setinterval|require)\\("
                    + "|\\b(?:document|window|console|localstorage|sessionstorage|navigator)\\.[a-z]"
                    + "|\\b[a-z_][\\w$]*\\.[a-z_][\\w$]*\\(|\\b[a-z_][\\w$]*\\(\\s*\\)|=>", CI),
            // SQL injection: a quote closed into a condition or a comment, a tautology, a statement
            Pattern.compile("['\"]\\s*(?:or|and)\\s+\\S+?\\s*(?:=|<|>|\\blike\\b)|['\"]\\s*;?\\s*(?:--|#|/\\*)"
                    + "|\\b(?:or|and)\\s+['\"]?(\\w+)['\"]?\\s*=\\s*['\"]?\\1\\b"
                    + "|\\bunion\\s+(?:all\\s+)?select\\b|\\bselect\\s+(?:\\*|[\\w.]+\\s*,)"
                    + "|\\b(?:insert\\s+into|delete\\s+from|drop\\s+(?:table|database)|truncate\\s+table"
                    + "|alter\\s+table|information_schema|xp_cmdshell|waitfor\\s+delay|pg_sleep)\\b"
                    + "|\\bsleep\\(\\s*\\d", CI),
            // an address or a file path: http://, ldap://, www., /etc/passwd, etc/passwd, ../, C:\, %2e
            Pattern.compile("\\b[a-z][a-z0-9+.-]*://|\\bwww\\.[a-z0-9-]|(?:^|\\s)/[\\w.*~-]|\\.\\.[/\\\\]"
                    + "|\\b(?:etc|usr|bin|var|proc|system32|cgi-bin|wp-admin)/|\\b[a-z]:\\\\"
                    + "|%(?:00|0a|0d|2e|2f|5c|3c|3e|22|27|3d)", CI),
            // template and expression languages: {{7*7}}, ${jndi:...}, #{...}, {% ... %}, <%= %>, $(...)
            Pattern.compile("\\{\\{|\\}\\}|[$#]\\{|\\{%|%\\}|<%|%>|\\$\\("),
            // Lucene syntax (case matters: only TO in capitals makes a range): *:*, title:foo, [a TO z], x~2, x^3
            Pattern.compile("\\*:\\*|\\b[A-Za-z_][\\w.]*:(?!//)[^\\s:]|[\\[{]\\s*\\S+\\s+TO\\s+\\S+\\s*[\\]}]"
                    + "|(?<=\\S)~\\d*(?=\\s|$)|[^\\s^]\\^\\d"),
            // a query string or an attribute: q=a, id=1, src=x
            Pattern.compile("\\b[A-Za-z_][\\w.-]*=[^\\s=]"));

    private static final Pattern BOOLEAN_OPERATOR = Pattern.compile("(?:^|\\s)(?:AND|OR|NOT)(?=\\s|\\(|$)|&&|\\|\\|");
    private static final Pattern LOWERCASE_OR_SYNTAX = Pattern.compile("[a-z()\"*:]");

    /** Lucene's operator characters, less the keys that type Persian letters (a «[» alone may be a «ج»). */
    private static final String OPERATORS = "+-&|!(){}^\"~*?:/";

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;']+$");
    private static final Pattern PLAIN_WORD = Pattern.compile("[a-z]+(?:'[a-z]+)?");

    private LatinText() {}

    /**
     * Whether the text is code or markup rather than words: HTML, script, SQL injection, an address or path,
     * template syntax, Lucene syntax. The keys «; ' , [ ] \» do not count by themselves: on a Persian keyboard
     * they are letters, so «fdli fd;hvd» and «;hv'v [ndn» are words typed on the wrong layout.
     */
    static boolean isCodeOrMarkup(String query) {
        if (!mightBeCode(query)) return booleanOperators(query) || onlyOperators(query);
        for (Pattern shape : CODE_SHAPES) {
            if (shape.matcher(query).find()) return true;
        }
        return booleanOperators(query) || onlyOperators(query);
    }

    /** Characters and words every code shape above needs one of; plain words and layout slips have none. */
    private static final String CODE_CHARACTERS = "<>&=:/\\(){}$#%*~^\".";
    private static final List<String> CODE_WORDS = List.of("select", "insert", "delete", "drop", "truncate", "alter",
            "information_schema", "xp_", "waitfor", "pg_sleep", "'");

    /**
     * A cheap first look: whether the text has anything the code shapes could match. Most queries are plain
     * words, and running nine expressions over each of them was a fifth of reading a Finglish query.
     */
    private static boolean mightBeCode(String query) {
        for (int i = 0; i < query.length(); i++) {
            if (CODE_CHARACTERS.indexOf(query.charAt(i)) >= 0) return true;
        }
        if (query.contains(" TO ")) return true; // a Lucene range, [a TO z]
        String lower = query.toLowerCase(Locale.ROOT);
        for (String word : CODE_WORDS) {
            if (lower.contains(word)) return true;
        }
        return false;
    }

    /**
     * Whether no Latin word has three letters («a», «ok», «q=a», «pr»). A letter or two reads as some short
     * Persian word whatever was meant («q=a» -> «ه», «pr» -> «حق»), so a rescue would be a guess that throws the
     * typed text away. False when there is no Latin text at all.
     */
    static boolean tooShortToRead(String query) {
        List<String> words = latinWords(query);
        return !words.isEmpty() && words.stream().allMatch(w -> w.length() < MIN_LETTERS);
    }

    /** Whether most Latin words of three letters or more are English («hello world», «login error»). */
    static boolean looksEnglish(String query) {
        List<String> words = latinWords(query).stream().filter(w -> w.length() >= MIN_LETTERS).toList();
        return !words.isEmpty() && englishShare(words) > ENGLISH_SHARE;
    }

    /** The share of the words that are English, 0 for none. */
    static double englishShare(List<String> latinWords) {
        if (latinWords.isEmpty()) return 0;
        long english = latinWords.stream().filter(LatinText::isEnglishWord).count();
        return (double) english / latinWords.size();
    }

    /**
     * Whether a word is common English, in any case and with a regular ending («Passwords», «failed»). Words
     * that are also Finglish («man» من, «to» تو, «bad» بعد) are not: see {@code english-words.txt}.
     */
    static boolean isEnglishWord(String word) {
        // punctuation English puts after a word: «hello,», «users'»
        String w = TRAILING_PUNCTUATION.matcher(word.toLowerCase(Locale.ROOT)).replaceFirst("");
        return PLAIN_WORD.matcher(w).matches() && EnglishWords.contains(w);
    }

    /**
     * The typed words: runs of Latin letters and of the keys that type Persian letters, so a layout slip stays
     * one word («fd;hvd») while code falls apart («q=a» -> q, a; «es.tamin.ir» -> es, tamin, ir).
     */
    static List<String> latinWords(String query) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= query.length(); i++) {
            boolean inWord = i < query.length() && isTyped(query.charAt(i));
            if (inWord && start < 0) start = i;
            if (!inWord && start >= 0) {
                words.add(query.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** AND, OR, NOT between words: Lucene's, unless the whole text is in capitals («PASSWORD NOT WORKING»). */
    private static boolean booleanOperators(String query) {
        return BOOLEAN_OPERATOR.matcher(query).find() && LOWERCASE_OR_SYNTAX.matcher(query).find();
    }

    /** «*:*», «(((», «+-!&&||», «?*»: operator characters and no word to search. */
    private static boolean onlyOperators(String query) {
        boolean operator = false;
        for (char c : query.toCharArray()) {
            if (Character.isLetterOrDigit(c)) return false;
            if (OPERATORS.indexOf(c) >= 0) operator = true;
        }
        return operator;
    }

    private static boolean isTyped(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || KeyboardLayout.isPersianLetterKey(c);
    }
}
