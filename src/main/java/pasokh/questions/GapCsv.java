package pasokh.questions;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The report as CSV for a spreadsheet: one row per group, UTF-8 with a BOM so that Excel reads the Persian. */
public final class GapCsv {

    private GapCsv() {}

    /**
     * Callers' texts are data, not formulas: a cell Excel would evaluate (it starts with =, +, -, @, a tab or a
     * carriage return) is prefixed with an apostrophe, as OWASP advises against CSV injection.
     */
    static String cell(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) return "'" + text;
        return text;
    }

    public static void write(GapReport report, Writer out) throws IOException {
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("rank", "id", "verdict",
                "size", "trend", "best_article", "score", "coverage", "channels", "first_seen", "last_seen",
                "representative", "questions", "articles_named").get())) {
            int rank = 0;
            for (GapGroup g : report.groups()) {
                csv.printRecord(++rank, g.id(), g.verdict().id(), g.size(), String.format("%.2f", g.trend()),
                        g.match().best().orElse(""), String.format("%.2f", g.match().score()),
                        String.format("%.2f", g.match().coverage()),
                        g.channels().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                                .collect(Collectors.joining(" ")),
                        g.firstSeen(), g.lastSeen(), cell(g.representative()),
                        cell(String.join(" | ", g.questions())), g.articlesNamed().stream()
                                .map(n -> n.slug() + ":" + n.questions()).collect(Collectors.joining(" ")));
            }
        }
    }
}
