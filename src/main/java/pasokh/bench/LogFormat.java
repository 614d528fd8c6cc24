package pasokh.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import pasokh.article.JalaliDate;
import pasokh.questions.Channel;

/**
 * The exports a CRM log arrives in, each as the office's systems write it: the CRM's own UTF-8 CSV with a
 * BOM and ISO times; an older provincial system's Windows-1256 CSV with Persian headers, channel names and
 * Jalali times; Excel's "Unicode text" (tab-separated UTF-16LE with a BOM); and the portal's and SMS
 * gateway's JSON Lines with offset times.
 */
enum LogFormat {

    UTF8_CSV("crm-1420.csv", StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ',',
            List.of("id", "time", "channel", "province", "outcome", "article", "text"),
            List.of("id", "time", "channel", "province", "outcome", "article", "text")),
    CP1256_CSV("crm-provinces-1256.csv", Charset.forName("windows-1256"), new byte[0], ',',
            List.of("id", "time", "channel", "province", "outcome", "text"),
            List.of("شماره پیگیری", "تاریخ و ساعت", "کانال", "استان", "نتیجه", "متن")),
    UTF16_TSV("crm-excel-unicode.txt", StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, '\t',
            List.of("id", "time", "channel", "province", "article", "text"),
            List.of("ticket", "date", "channel", "province", "answer", "question")),
    JSON_LINES("portal-sms.jsonl", StandardCharsets.UTF_8, new byte[0], '\0',
            List.of("id", "time", "channel", "province", "outcome", "text"),
            List.of("id", "time", "channel", "province", "outcome", "text"));

    final String fileName;
    final Charset charset;
    final byte[] bom;
    /** {@code \0} for JSON Lines. */
    final char delimiter;
    /** What each column holds, in order: id, time, channel, province, outcome, article or text, always last. */
    final List<String> fields;
    /** The columns' names as this export writes them. */
    final List<String> header;

    LogFormat(String fileName, Charset charset, byte[] bom, char delimiter, List<String> fields, List<String> header) {
        this.fileName = fileName;
        this.charset = charset;
        this.bom = bom;
        this.delimiter = delimiter;
        this.fields = fields;
        this.header = header;
    }

    /** The time as this export writes it; {@code variant} picks among the spellings one system uses. */
    String time(LocalDateTime t, int variant) {
        return switch (this) {
            case UTF8_CSV -> String.format(Locale.ROOT, "%tF %<tT", t);
            case CP1256_CSV -> {
                JalaliDate d = JalaliDate.of(t.toLocalDate());
                yield variant % 3 == 0
                        ? String.format(Locale.ROOT, "%d-%02d-%02d %02d:%02d:%02d", d.year(), d.month(), d.day(),
                                t.getHour(), t.getMinute(), t.getSecond())
                        : String.format(Locale.ROOT, "%d/%02d/%02d %02d:%02d:%02d", d.year(), d.month(), d.day(),
                                t.getHour(), t.getMinute(), t.getSecond());
            }
            case UTF16_TSV -> String.format(Locale.ROOT, "%tFT%<tT", t);
            case JSON_LINES -> String.format(Locale.ROOT, "%tFT%<tT+03:30", t);
        };
    }

    /** A time an import must refuse, in this export's style. */
    String badTime(int variant) {
        List<String> bad = this == CP1256_CSV ? List.of("1404/13/05 10:00", "1404/02/32", "دیروز", "نامشخص")
                : List.of("2025-02-30 10:00", "31/12/2025", "yesterday", "N/A", "");
        return bad.get(variant % bad.size());
    }

    String channel(Channel c, int variant) {
        List<String> names = switch (this) {
            case UTF8_CSV -> switch (c) {
                case PHONE -> List.of("1420");
                case SMS -> List.of("sms", "SMS");
                case PORTAL -> List.of("portal", "web");
                case IN_PERSON -> List.of("in-person", "in person");
                default -> List.of("voicemail");
            };
            case CP1256_CSV -> switch (c) {
                case PHONE -> List.of("تلفن", "تلفنی", "۱۴۲۰");
                case SMS -> List.of("پیامک");
                case PORTAL -> List.of("پورتال", "سامانه");
                case IN_PERSON -> List.of("حضوری", "مراجعه حضوری");
                default -> List.of("پست صوتی");
            };
            case UTF16_TSV -> switch (c) {
                case PHONE -> List.of("Phone", "تلفن");
                case SMS -> List.of("SMS", "پیامک");
                case PORTAL -> List.of("Portal");
                case IN_PERSON -> List.of("In-Person", "حضوری");
                default -> List.of("Voicemail", "پیام صوتی");
            };
            case JSON_LINES -> List.of(c.id());
        };
        return names.get(variant % names.size());
    }

    String unknownChannel(int variant) {
        List<String> names = this == CP1256_CSV ? List.of("فکس", "تلگرام") : List.of("fax", "telegram", "whatsapp");
        return names.get(variant % names.size());
    }
}
