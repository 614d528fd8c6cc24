package pasokh.bench;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/**
 * Writes log lines in one {@link LogFormat}: the byte-order mark, the header, then one row a line, quoted
 * as CSV or escaped as JSON. A Windows-1256 file gets what that code page can hold: Arabic ي for Persian ی,
 * Latin digits for Persian ones, as the old systems that export it write them
 * (Arabic ك too, though the code page has a Persian ک).
 */
final class LogFileWriter implements Closeable {

    private final LogFormat format;
    private final Path path;
    private final Writer out;
    /** For a code page: each char as it is written, or {@code \0} to leave it out. Null for Unicode. */
    private final char[] codePage;
    private final StringBuilder line = new StringBuilder(512);
    private long rows;
    private long faulty;

    LogFileWriter(LogFormat format, Path path) throws IOException {
        this.format = format;
        this.path = path;
        OutputStream raw = Files.newOutputStream(path);
        raw.write(format.bom);
        this.out = new BufferedWriter(new OutputStreamWriter(raw, format.charset), 1 << 16);
        this.codePage = format.charset.name().startsWith("UTF") ? null : codePage(format.charset.newEncoder());
        if (format.delimiter != '\0') {
            for (int i = 0; i < format.header.size(); i++) {
                if (i > 0) line.append(format.delimiter);
                csvField(encodable(format.header.get(i)));
            }
            endLine();
        }
    }

    /** @param variant picks among the spellings of a time or a channel this export uses */
    void write(LogLine l, int variant) throws IOException {
        rows++;
        if (l.fault() != LogLine.Fault.NONE) faulty++;
        int columns = format.fields.size();
        if (l.fault() == LogLine.Fault.CUT_SHORT && format.delimiter != '\0') columns--;
        if (format.delimiter == '\0') line.append('{');
        for (int i = 0; i < columns; i++) {
            String field = format.fields.get(i);
            String value = encodable(value(l, field, variant));
            if (format.delimiter == '\0') {
                if (i > 0) line.append(',');
                jsonString(field);
                line.append(':');
                jsonString(value);
            } else {
                if (i > 0) line.append(format.delimiter);
                csvField(value);
            }
        }
        if (format.delimiter == '\0') {
            line.append('}');
            if (l.fault() == LogLine.Fault.CUT_SHORT) line.setLength(line.length() / 2);
        }
        endLine();
    }

    /** After {@link #close()}, so the size is the whole file's. */
    SyntheticQuestionLog.LogFile report() throws IOException {
        return new SyntheticQuestionLog.LogFile(path, format.name(), rows, faulty, Files.size(path));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private String value(LogLine l, String field, int variant) {
        return switch (field) {
            case "id" -> l.id();
            case "time" -> l.fault() == LogLine.Fault.BAD_TIME ? format.badTime(variant) : format.time(l.time(), variant);
            case "channel" -> l.fault() == LogLine.Fault.UNKNOWN_CHANNEL ? format.unknownChannel(variant)
                    : format.channel(l.channel(), variant);
            case "province" -> l.province();
            case "outcome" -> l.outcome();
            case "article" -> l.article();
            case "text" -> l.fault() == LogLine.Fault.EMPTY_TEXT ? (variant % 2 == 0 ? "" : "   ") : l.text();
            default -> throw new IllegalStateException("no field " + field);
        };
    }

    private void endLine() throws IOException {
        line.append(format.delimiter == '\t' ? "\r\n" : "\n");
        out.append(line);
        line.setLength(0);
    }

    private void csvField(String value) {
        boolean quote = value.indexOf(format.delimiter) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (!quote) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') line.append('"');
            line.append(c);
        }
        line.append('"');
    }

    private void jsonString(String value) {
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20) line.append(String.format("\\u%04x", (int) c));
                    else line.append(c);
                }
            }
        }
        line.append('"');
    }

    private String encodable(String text) {
        if (codePage == null) return text;
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = codePage[text.charAt(i)];
            if (c != '\0') b.append(c);
        }
        return b.toString();
    }

    /** What an old exporter writes for a Persian letter or digit its code page lacks. */
    private static char codePage(char c) {
        return switch (c) {
            case 'ی' -> 'ي';
            case 'ک' -> 'ك';
            case 'ۀ' -> 'ه';
            default -> Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c;
        };
    }

    private static char[] codePage(CharsetEncoder encoder) {
        char[] map = new char[Character.MAX_VALUE + 1];
        for (int c = 1; c <= Character.MAX_VALUE; c++) {
            char written = codePage((char) c);
            if (!Character.isSurrogate(written) && !encoder.canEncode(written)) {
                // an Arabic presentation form (ﺳﻼﻡ) is written as its letter, as an exporter maps it
                String compatible = Normalizer.normalize(String.valueOf(written), Normalizer.Form.NFKC);
                if (compatible.length() == 1) written = codePage(compatible.charAt(0));
            }
            map[c] = Character.isSurrogate(written) || !encoder.canEncode(written) ? '\0' : written;
        }
        return map;
    }
}
