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
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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

    private static void readCsv(String name, Reader reader, char delimiter, Consumer<LogRow> rows,
                                Consumer<ImportProblem> problems) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setIgnoreSurroundingSpaces(true)
                .setAllowDuplicateHeaderNames(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<Integer, Column> columns = columns(name, parser.getHeaderNames());
            long nextLine = parser.getCurrentLineNumber() + 1;
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) break;
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException broken) {
                    // a quote left open swallows the rest of the file: nothing after it can be read reliably
                    problems.accept(new ImportProblem(name, nextLine,
                            "the CSV cannot be read from here on (an unclosed quote?); the rest of the file was skipped"));
                    return;
                }
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                Map<Column, String> fields = new EnumMap<>(Column.class);
                for (var e : columns.entrySet()) {
                    if (e.getKey() < record.size()) fields.put(e.getValue(), record.get(e.getKey()));
                }
                if (missingRequired(fields)) {
                    problems.accept(new ImportProblem(name, line, "the row has " + record.size()
                            + " field(s); the header has " + parser.getHeaderNames().size()));
                    continue;
                }
                rows.accept(new LogRow(name, line, fields));
            }
        }
    }

    private static boolean missingRequired(Map<Column, String> fields) {
        for (Column c : Column.values()) if (c.required && !fields.containsKey(c)) return true;
        return false;
    }

    private static Map<Integer, Column> columns(String name, java.util.List<String> headers) throws IOException {
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
