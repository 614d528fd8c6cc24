package pasokh.questions;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Reads one log file, CSV (comma, semicolon or tab; the delimiter found from the header line unless forced)
 * or JSON Lines (a {@code .jsonl}/{@code .ndjson} name, or a first character {@code {}), in its detected or
 * forced encoding, and hands on each row with its line number. A row it cannot read is a problem, not an
 * end: the next row is read.
 */
final class LogFileReader {

    /** What the user forced; null fields are detected. */
    record Options(Charset encoding, Character delimiter) {
        static final Options DETECT = new Options(null, null);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Options options;

    LogFileReader(Options options) {
        this.options = options;
    }

    /**
     * @throws IOException when the file cannot be read at all, or its header names no time, channel or text
     *                     column (nothing in it could be imported)
     */
    void read(Path file, Consumer<LogRow> rows, Consumer<ImportProblem> problems, LongConsumer bytesRead)
            throws IOException {
        TextEncoding encoding = options.encoding() == null ? TextEncoding.detect(file)
                : TextEncoding.forced(file, options.encoding());
        String name = file.toString();
        try (InputStream raw = new CountingInput(Files.newInputStream(file), bytesRead)) {
            raw.skipNBytes(encoding.bomLength());
            BufferedReader reader = new BufferedReader(new InputStreamReader(raw, encoding.charset()), 1 << 16);
            reader.mark(1 << 16);
            String first = firstNonBlankLine(reader);
            reader.reset();
            if (first == null) throw new IOException(name + ": the file is empty");
            if (isJsonLines(file, first)) {
                readJsonLines(name, reader, rows, problems);
            } else {
                readCsv(name, reader, delimiter(first), rows, problems);
            }
        }
    }

    private static String firstNonBlankLine(BufferedReader reader) throws IOException {
        for (int i = 0; i < 50; i++) {
            String line = reader.readLine();
            if (line == null) return null;
            if (!line.isBlank()) return line;
        }
        return null;
    }

    private static boolean isJsonLines(Path file, String first) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || first.stripLeading().startsWith("{");
    }

    /** The most frequent of tab, semicolon and comma outside quotes in the header line; comma on a tie. */
    private char delimiter(String header) {
        if (options.delimiter() != null) return options.delimiter();
        int tabs = 0, semicolons = 0, commas = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') quoted = !quoted;
            if (quoted) continue;
            if (c == '\t') tabs++;
            else if (c == ';' || c == '؛') semicolons++;
            else if (c == ',' || c == '،') commas++;
        }
        if (tabs > semicolons && tabs > commas) return '\t';
        if (semicolons > commas) return ';';
        return ',';
    }

    /** A quote left open is given up on after this much: the row is skipped and reading goes on after its line. */
    private static final int MAX_RECORD_LINES = 200;
    private static final int MAX_RECORD_CHARS = 16 * RowChecker.MAX_TEXT;

    /**
     * CSV as spreadsheets write it (RFC 4180: a field in double quotes may hold the delimiter, line ends and
     * doubled quotes; spaces around a field do not count). Each row keeps the line it starts on; blank lines are
     * skipped. A quote that is never closed costs its own row only: the next line is read as the next row.
     */
    private static void readCsv(String name, BufferedReader reader, char delimiter, Consumer<LogRow> rows,
                                Consumer<ImportProblem> problems) throws IOException {
        ArrayDeque<String> pushedBack = new ArrayDeque<>();
        long[] lineNumber = {0};
        Supplier<String> next = () -> {
            lineNumber[0]++;
            if (!pushedBack.isEmpty()) return pushedBack.pollFirst();
            try {
                return reader.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        List<String> headers = null;
        Map<Integer, Column> columns = null;
        try {
            String first;
            while ((first = next.get()) != null) {
                if (first.isBlank()) continue;
                long line = lineNumber[0];
                List<String> fields = fields(first, delimiter, true);
                List<String> more = List.of();
                StringBuilder text = null;
                while (fields == null && more.size() < MAX_RECORD_LINES) {
                    String continued = next.get();
                    if (continued == null) break;
                    if (text == null) {
                        text = new StringBuilder(first);
                        more = new ArrayList<>();
                    }
                    more.add(continued);
                    text.append('\n').append(continued);
                    if (text.length() > MAX_RECORD_CHARS) break;
                    fields = fields(text.toString(), delimiter, false);
                }
                if (fields == null || fields == MISPAIRED) {
                    problems.accept(new ImportProblem(name, line,
                            "a quote opened in this row is not closed; the row was skipped"));
                    // the lines read looking for the closing quote are rows of their own
                    for (int i = more.size() - 1; i >= 0; i--) pushedBack.addFirst(more.get(i));
                    lineNumber[0] = line;
                    continue;
                }
                if (columns == null) {
                    headers = fields;
                    columns = columns(name, headers);
                    continue;
                }
                Map<Column, String> values = new EnumMap<>(Column.class);
                for (var e : columns.entrySet()) {
                    if (e.getKey() < fields.size()) values.put(e.getValue(), fields.get(e.getKey()));
                }
                if (missingRequired(values)) {
                    problems.accept(new ImportProblem(name, line, "the row has " + fields.size()
                            + " field(s); the header has " + headers.size()));
                    continue;
                }
                rows.accept(new LogRow(name, line, values));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (columns == null) throw new IOException(name + ": the file has no header row");
    }

    /** What {@link #fields} says of a row whose quotes pair up only with text that is not a field's end. */
    private static final List<String> MISPAIRED = new ArrayList<>();

    /**
     * The fields of one row, or null when its text ends inside a quoted field (the row goes on on the next line).
     * Text between a closing quote and the delimiter is kept on a row of one line ({@code "a" b} is {@code a b});
     * on a row of several lines it means the quote that opened it was never closed and a later row's opening
     * quote was taken for its end: {@link #MISPAIRED}, unless {@code lenient}.
     */
    static List<String> fields(String text, char delimiter, boolean lenient) {
        List<String> fields = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (true) {
            int j = i;
            while (j < n && text.charAt(j) != delimiter && Character.isWhitespace(text.charAt(j))) j++;
            if (j < n && text.charAt(j) == '"') {
                StringBuilder field = new StringBuilder();
                j++;
                while (true) {
                    int quote = text.indexOf('"', j);
                    if (quote < 0) return null;
                    field.append(text, j, quote);
                    if (quote + 1 < n && text.charAt(quote + 1) == '"') {
                        field.append('"');
                        j = quote + 2;
                        continue;
                    }
                    j = quote + 1;
                    break;
                }
                // text after the closing quote, up to the delimiter, is kept rather than refused: «"a" b» is «a b»
                int end = text.indexOf(delimiter, j);
                String after = text.substring(j, end < 0 ? n : end).stripTrailing();
                if (!after.isEmpty() && !lenient) return MISPAIRED;
                field.append(after);
                fields.add(field.toString());
                if (end < 0) return fields;
                i = end + 1;
            } else {
                int end = text.indexOf(delimiter, j);
                int stop = end < 0 ? n : end;
                while (stop > j && Character.isWhitespace(text.charAt(stop - 1))) stop--;
                fields.add(text.substring(j, stop));
                if (end < 0) return fields;
                i = end + 1;
            }
        }
    }

    private static boolean missingRequired(Map<Column, String> fields) {
        for (Column c : Column.values()) if (c.required && !fields.containsKey(c)) return true;
        return false;
    }

    private static Map<Integer, Column> columns(String name, List<String> headers) throws IOException {
        Map<Integer, Column> columns = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            Optional<Column> c = Column.byHeader(headers.get(i));
            if (c.isPresent() && !columns.containsValue(c.get())) columns.put(i, c.get());
        }
        for (Column c : Column.values()) {
            if (c.required && !columns.containsValue(c)) {
                throw new IOException(name + ":1: the header has no '" + c.header() + "' column (it has: "
                        + String.join(", ", headers.stream().map(h -> "'" + PersonalData.scrub(h) + "'").toList())
                        + "); needed: time, channel, text (Persian names such as زمان، کانال، متن work too)");
            }
        }
        return columns;
    }

    private static void readJsonLines(String name, BufferedReader reader, Consumer<LogRow> rows,
                                      Consumer<ImportProblem> problems) throws IOException {
        String text;
        long line = 0;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.isBlank()) continue;
            Map<String, String> values;
            try {
                values = jsonObject(text);
            } catch (JacksonException e) {
                problems.accept(new ImportProblem(name, line, "not valid JSON"));
                continue;
            }
            if (values == null) {
                problems.accept(new ImportProblem(name, line, "not a JSON object"));
                continue;
            }
            Map<Column, String> fields = new EnumMap<>(Column.class);
            for (var e : values.entrySet()) {
                Optional<Column> c = Column.byHeader(e.getKey());
                if (c.isPresent() && !fields.containsKey(c.get())) fields.put(c.get(), e.getValue());
            }
            rows.accept(new LogRow(name, line, fields));
        }
    }

    /**
     * The object's non-null values by key, in the order written (a key written twice keeps its last value),
     * a nested value as its JSON; null when the line is valid JSON but not an object. Read as a stream of
     * tokens: a tree per line was most of the reading's garbage at a million lines.
     */
    private static Map<String, String> jsonObject(String text) throws IOException {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                // an array, a number: read whole only to tell valid JSON from broken
                JSON.readTree(text);
                return null;
            }
            Map<String, String> values = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    values.remove(key);
                } else if (value == JsonToken.VALUE_STRING) {
                    values.put(key, parser.getText());
                } else {
                    JsonNode node = parser.readValueAsTree();
                    values.put(key, node.isValueNode() ? node.asText() : node.toString());
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) throw new JsonParseException(parser, "not an object");
            return values;
        }
    }
}
