package pasokh.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import pasokh.Portal;
import pasokh.PortalPaths;
import pasokh.article.JalaliDate;
import pasokh.article.PersianDigits;
import pasokh.questions.ImportSummary;
import pasokh.questions.QuestionImporter;
import pasokh.store.QuestionRepository;

/**
 * A small call-centre log for the insights tests, written as the office exports it (time, channel, text,
 * province) and imported as {@code pasokh import-questions} does: questions the articles answer
 * (unemployment insurance, the pension), a matter no article answers (renewing a passport), personal numbers in
 * the texts, and old rows outside the default period of 91 days. The articles are the shipped ones
 * ({@link #portal}). The tests' clock stands at 1405-09-14 (Saturday 5 December 2026), the start of a Jalali
 * week.
 */
final class InsightsData {

    /** The texts written with a personal number in them; none of these may be shown, in any spelling. */
    static final List<String> PERSONAL_NUMBERS = List.of("0012345678", "09123456789", "۰۹۳۵۷۶۵۴۳۲۱",
            "6037-9971-2345-6789", "ali.rezaei@example.com", "021-88776655", "۰۰۸-۷۶۵۴۳۲-۱");

    /** The words of the question no article answers; each of its wordings has them. */
    static final String UNANSWERED_WORDS = "تمدید گذرنامه";
    static final String UNEMPLOYMENT_WORDS = "بیمه بیکاری";

    record Row(LocalDate day, String channel, String text, String province) {
        String csv() {
            return day + "T10:30," + channel + ",\"" + text.replace("\"", "\"\"") + "\"," + province;
        }
    }

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    /** The rows of the log, in the order written. */
    static final List<Row> ROWS = rows();

    private InsightsData() {}

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<String> channels = List.of("1420", "sms", "پورتال", "حضوری", "تلفن");
        List<String> provinces = List.of("تهران", "اصفهان", "فارس", "خراسان رضوی");
        List<LocalDate> days = List.of(day(11, 8), day(11, 15), day(11, 22), day(11, 29), day(12, 3));
        // unemployment insurance: 24 wordings of one question, more than the 20 a group lists
        List<String> openings = List.of("", "سلام ", "با سلام ", "ببخشید ", "سلام وقت بخیر ", "لطفا بفرمایید ");
        List<String> endings = List.of("؟", "؟؟", " ممنون", "؟ متشکرم");
        int i = 0;
        for (String opening : openings) {
            for (String ending : endings) {
                String text = opening + "شرایط دریافت بیمه بیکاری چیست" + ending;
                if (i == 5) text = "شماره من 09123456789 است؛ شرایط دریافت بیمه بیکاری چیست؟";
                if (i == 11) text = "کد ملی 0012345678 شرایط دریافت بیمه بیکاری چیست؟";
                rows.add(new Row(days.get(i % days.size()), channels.get(i % channels.size()), text,
                        provinces.get(i % provinces.size())));
                i++;
            }
        }
        for (int k = 0; k < 6; k++) {
            rows.add(new Row(days.get(1 + k % 3), channels.get(k % 2), "نحوه محاسبه مستمری بازنشستگی چگونه است؟",
                    provinces.get(k % 2)));
        }
        List<String> passport = List.of("کد ملی ۰۰۸-۷۶۵۴۳۲-۱ زمان تمدید گذرنامه در دفاتر پلیس چقدر است؟",
                "تمدید گذرنامه در دفاتر پلیس چقدر طول می‌کشد؟ موبایلم ۰۹۳۵۷۶۵۴۳۲۱ است",
                "کارت 6037-9971-2345-6789 برای هزینه تمدید گذرنامه در دفاتر پلیس",
                "تمدید گذرنامه در دفاتر پلیس چقدر طول می‌کشد؟ ایمیل ali.rezaei@example.com",
                "تمدید گذرنامه در دفاتر پلیس چقدر طول می‌کشد؟",
                "تمدید گذرنامه در دفاتر پلیس چقدر طول می‌کشد؟ تلفن 021-88776655",
                "تمدید گذرنامه در دفاتر پلیس چقدر طول می‌کشد؟");
        List<LocalDate> passportDays = List.of(day(11, 22), day(11, 29), day(12, 3), day(12, 3), day(12, 4),
                day(11, 29), day(11, 22));
        for (int k = 0; k < passport.size(); k++) {
            rows.add(new Row(passportDays.get(k), channels.get((k + 1) % channels.size()), passport.get(k),
                    provinces.get((k + 2) % provinces.size())));
        }
        // before the default period of 91 days: a wording of the passport question asked more, long ago, than
        // any wording of it is now (over two years another wording leads the group)
        for (int k = 0; k < 8; k++) {
            rows.add(new Row(LocalDate.of(2026, 3, 10 + k), "1420", "مدت زمان تمدید گذرنامه در دفاتر پلیس چقدر طول می‌کشد؟",
                    "تهران"));
        }
        rows.add(new Row(LocalDate.of(2026, 6, 1), "1420", "شرایط دریافت بیمه بیکاری چیست؟", "تهران"));
        rows.add(new Row(LocalDate.of(2026, 6, 10), "sms", "شرایط دریافت بیمه بیکاری چیست؟", "فارس"));
        return List.copyOf(rows);
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    /**
     * A portal over the shipped articles and settings, on the tests' clock. The verdict thresholds are calibrated
     * on the shipped articles (index-config/gaps.properties): over {@link WebFixture}'s three articles every
     * search score is lower, and a question an article answers word for word still comes out «بی‌پاسخ».
     */
    static Portal portal(Path data, Clock clock) throws IOException {
        return Portal.start(new PortalPaths(Path.of("articles"), Path.of("index-config"), data), clock);
    }

    /** Writes the log as a CSV file under {@code dir} and imports it into the portal; the report cache is emptied. */
    static void importInto(Portal portal, Path dir) throws IOException {
        Path csv = dir.resolve("crm-1405-09.csv");
        List<String> lines = new ArrayList<>();
        lines.add("time,channel,text,province");
        ROWS.forEach(r -> lines.add(r.csv()));
        Files.write(csv, lines, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        ImportSummary summary = new QuestionImporter(new QuestionRepository(portal.database()),
                () -> portal.knowledge().current().analysis(), Portal.READERS_ZONE)
                .importFiles(List.of(csv), QuestionImporter.Options.DETECT, QuestionImporter.Progress.NONE,
                        p -> problems.add(p.toString()));
        if (!problems.isEmpty() || summary.imported() != ROWS.size()) {
            throw new IllegalStateException("import: " + summary + " " + problems);
        }
        portal.gaps().forget();
    }

    /** The rows asked from {@code from} to {@code to}, both included. */
    static List<Row> between(LocalDate from, LocalDate to) {
        return ROWS.stream().filter(r -> !r.day().isBefore(from) && !r.day().isAfter(to)).toList();
    }

    /** The rows of the default period: the 91 days to today. */
    static List<Row> defaultPeriod() {
        return between(TODAY.minusDays(90), TODAY);
    }

    static long count(List<Row> rows, Predicate<Row> which) {
        return rows.stream().filter(which).count();
    }

    /** The Jalali weeks (from Saturday) the rows fall in, as {@code 1405-09-08}. */
    static Set<String> weeks(List<Row> rows) {
        Set<String> weeks = new TreeSet<>();
        for (Row r : rows) {
            LocalDate saturday = r.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            weeks.add(JalaliDate.of(saturday).toString());
        }
        return weeks;
    }

    /** The Jalali months the rows fall in, as {@code 1405-09}. */
    static Set<String> months(List<Row> rows) {
        Set<String> months = new TreeSet<>();
        for (Row r : rows) months.add(JalaliDate.of(r.day()).toString().substring(0, 7));
        return months;
    }

    /**
     * Every spelling in which a personal number of the log could be shown: as written, its digits alone, and those
     * digits in Persian and in Latin.
     */
    static List<String> personalSpellings() {
        List<String> out = new ArrayList<>();
        for (String n : PERSONAL_NUMBERS) {
            out.add(n);
            String digits = PersianDigits.toLatin(n).replaceAll("\\D", "");
            if (digits.length() >= 8) {
                out.add(digits);
                out.add(PersianDigits.of(digits));
                out.add(digits.substring(digits.length() - 7)); // the subscriber's part of a phone number
            }
        }
        out.add("ali.rezaei");
        out.add("example.com");
        return out;
    }

    /** The personal spellings {@code text} contains: an empty list when nothing leaked. */
    static List<String> leaks(String text) {
        return personalSpellings().stream().filter(text::contains).toList();
    }
}
